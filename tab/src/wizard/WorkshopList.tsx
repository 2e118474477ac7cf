import type { WorkshopSummary } from '@elan/core/contract';
import { ChevronRightRegular } from '@fluentui/react-icons';
import { usePageStyles } from '../common/pageStyles';
import { useT } from '../i18n/useT';
import { routeHash } from '../routing/routes';
import { StateBadge } from './StateBadge';

/** The six workshops in order, each a link to its page with its state. */
export function WorkshopList({ communityId, workshops }: { communityId: string; workshops: WorkshopSummary[] }) {
  const { t } = useT();
  const styles = usePageStyles();
  return (
    <ol className={styles.list} data-testid="workshop-list">
      {[...workshops]
        .sort((a, b) => a.n - b.n)
        .map((w) => (
          <li key={w.n}>
            <a className={styles.rowLink} href={routeHash({ name: 'workshop', communityId, n: w.n })}>
              <span className={styles.rowMain}>
                <span className={styles.rowMeta}>{t('tab.wizard.workshopNumber', { n: w.n })}</span>
                <span className={styles.rowTitle}>{t(`workshop.${w.n}.title`)}</span>
              </span>
              <StateBadge state={w.state} adoptedBy={w.adoptedBy} />
              <ChevronRightRegular aria-hidden />
            </a>
          </li>
        ))}
    </ol>
  );
}
