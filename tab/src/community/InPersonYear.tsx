import type { CommunityView } from '@elan/core/contract';
import { MessageBar, MessageBarBody, Subtitle1 } from '@fluentui/react-components';
import { usePageStyles } from '../common/pageStyles';
import { useT } from '../i18n/useT';

/** The community home's line on this year's in-person meetings (held, still scheduled) against workshop 3's minimum. */
export function InPersonYear({ community }: { community: CommunityView }) {
  const { t } = useT();
  const page = usePageStyles();
  const year = community.inPerson;
  if (!year) return null;
  return (
    <section className={page.card} aria-labelledby="home-in-person" data-testid="in-person-year">
      <Subtitle1 as="h2" id="home-in-person" className={page.sectionTitle}>
        {t('tab.home.inPerson')}
      </Subtitle1>
      <p>{t('doc.rituals.inPersonYear', { year: year.year, held: year.held, scheduled: year.scheduled, minimum: year.minimum })}</p>
      {year.short && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('doc.rituals.inPersonShort', { year: year.year })}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
