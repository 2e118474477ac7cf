import { Button } from '@fluentui/react-components';
import { ChevronLeftRegular, ChevronRightRegular } from '@fluentui/react-icons';
import type { T } from '../../i18n/types';

/**
 * Previous / next under a long list shown a page at a time, with "page p of n, items a–b of c" read out as it
 * changes. Renders nothing while everything fits on one page.
 */
export function Pager({
  t,
  className,
  list,
  page,
  size,
  count,
  onPage,
}: {
  t: T;
  className: string;
  /** The name of the list, for the navigation's label. */
  list: string;
  /** The page shown, from 0. */
  page: number;
  /** How many items a page shows, out of `count`. */
  size: number;
  count: number;
  onPage(page: number): void;
}) {
  const pages = Math.max(1, Math.ceil(count / size));
  if (pages <= 1) return null;
  const first = page * size;
  const shown = Math.min(size, count - first);
  return (
    <nav className={className} aria-label={t('tab.pager.label', { list })}>
      <Button size="small" icon={<ChevronLeftRegular />} disabled={page === 0} onClick={() => onPage(page - 1)}>
        {t('tab.pager.previous')}
      </Button>
      <span aria-live="polite">{t('tab.pager.status', { page: page + 1, pages, from: first + 1, to: first + shown, count })}</span>
      <Button
        size="small"
        icon={<ChevronRightRegular />}
        iconPosition="after"
        disabled={page >= pages - 1}
        onClick={() => onPage(page + 1)}
      >
        {t('tab.pager.next')}
      </Button>
    </nav>
  );
}
