import { Body1, Link, Title2 } from '@fluentui/react-components';
import { usePageTitle } from '../common/usePageTitle';
import { useT } from '../i18n/useT';

/** An address the router does not know. */
export function NotFoundPage() {
  const { t } = useT();
  usePageTitle(t('tab.notFound.title'));
  return (
    <section>
      <Title2 as="h1">{t('tab.notFound.title')}</Title2>
      <Body1 as="p">{t('tab.notFound.body')}</Body1>
      <Link href="#/">{t('tab.wizard.backToHome')}</Link>
    </section>
  );
}
