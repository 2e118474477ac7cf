import { useEffect } from 'react';
import { useT } from '../i18n/useT';

/** Names the browser tab (and what screen readers announce on arrival) after the screen. */
export function usePageTitle(page: string | undefined): void {
  const { t } = useT();
  useEffect(() => {
    document.title = page ? t('tab.pageTitle', { page }) : t('app.name');
  }, [page, t]);
}
