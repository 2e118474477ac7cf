import type { ChecklistView } from '@elan/core/checklist/checklistCommands';
import {
  type CompetenceAnswers,
  type CompetenceLevel,
  competenceItems,
  competenceLevels,
  competenceProgress,
  competenceSuggestions,
} from '@elan/core/checklist/competenceChecklist';
import {
  Body1,
  Button,
  Field,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { ArrowLeftRegular, SaveRegular } from '@fluentui/react-icons';
import { type FormEvent, useCallback, useState } from 'react';
import { announce } from '../common/announcer';
import { ErrorState } from '../common/ErrorState';
import { failureMessage } from '../common/failureMessage';
import { LoadingState } from '../common/LoadingState';
import { usePageStyles } from '../common/pageStyles';
import { TitledSection } from '../common/TitledSection';
import { useLoad } from '../common/useLoad';
import { usePageTitle } from '../common/usePageTitle';
import { formatInstant } from '../i18n/formatDate';
import { useT } from '../i18n/useT';
import { routeHash } from '../routing/routes';
import { useSession } from '../session/SessionContext';
import { getMyChecklist, saveMyChecklist } from './checklistEndpoints';
import { MySelfReviews } from '../selfReview/MySelfReviews';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: '20px' },
  form: { display: 'flex', flexDirection: 'column', gap: '16px' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '12px' },
  suggestion: { margin: 0, display: 'flex', flexDirection: 'column', gap: '4px' },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '12px' },
  muted: { margin: 0, color: tokens.colorNeutralForeground3 },
});

type Save = { name: 'idle' } | { name: 'saving' } | { name: 'saved'; at: string } | { name: 'failed'; error: unknown };

/** `#/c/{id}/profile`: my competence checklist as a facilitator (preparation phase), seen by me alone. */
export default function ChecklistPage({ communityId }: { communityId: string }) {
  const { t } = useT();
  const { api } = useSession();
  const page = usePageStyles();
  const [loaded, retry] = useLoad(useCallback(() => getMyChecklist(api, communityId), [api, communityId]));
  usePageTitle(t('checklist.title'));
  return (
    <>
      <Link href={routeHash({ name: 'community', communityId })} className={page.back}>
        <ArrowLeftRegular aria-hidden />
        {t('checklist.back')}
      </Link>
      <div className={page.head}>
        <Title2 as="h1" className={page.title}>
          {t('checklist.title')}
        </Title2>
        <Body1 as="p" className={page.muted} style={{ margin: 0 }}>
          {t('checklist.intro')}
        </Body1>
      </div>
      {loaded.status === 'loading' && <LoadingState />}
      {loaded.status === 'error' && <ErrorState error={loaded.error} onRetry={retry} />}
      {loaded.status === 'ready' && <Checklist communityId={communityId} initial={loaded.data} />}
    </>
  );
}

function Checklist({ communityId, initial }: { communityId: string; initial: ChecklistView }) {
  const { t, locale } = useT();
  const { api } = useSession();
  const page = usePageStyles();
  const styles = useStyles();
  const [answers, setAnswers] = useState<CompetenceAnswers>(initial.answers);
  const [save, setSave] = useState<Save>(initial.updatedAt ? { name: 'saved', at: initial.updatedAt } : { name: 'idle' });
  const progress = competenceProgress(answers);
  // Suggestions follow the answers on screen, so choosing "not yet" shows at once what helps.
  const suggestions = competenceSuggestions(answers);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSave({ name: 'saving' });
    try {
      const saved = await saveMyChecklist(api, communityId, answers);
      setSave({ name: 'saved', at: saved.updatedAt ?? new Date().toISOString() });
      announce(t('checklist.saved'));
    } catch (error) {
      setSave({ name: 'failed', error });
    }
  }

  const choose = (item: (typeof competenceItems)[number]['id'], level: CompetenceLevel) => {
    setAnswers((a) => ({ ...a, [item]: level }));
    if (save.name !== 'saving') setSave({ name: 'idle' });
  };

  return (
    <div className={styles.page}>
      <form className={page.card} onSubmit={(e) => void submit(e)} data-testid="checklist-form">
        <div className={styles.form}>
          <Body1 as="p" className={styles.muted} data-testid="checklist-progress">
            {t('checklist.progress', progress)}
          </Body1>
          <ul className={styles.list}>
            {competenceItems.map((item) => (
              <li key={item.id} data-item={item.id}>
                <Field label={t(`checklist.item.${item.id}`)}>
                  <RadioGroup
                    layout="horizontal"
                    value={answers[item.id] ?? ''}
                    onChange={(_e, data) => choose(item.id, data.value as CompetenceLevel)}
                  >
                    {competenceLevels.map((level) => (
                      <Radio key={level} value={level} label={t(`checklist.level.${level}`)} />
                    ))}
                  </RadioGroup>
                </Field>
              </li>
            ))}
          </ul>
          <div className={styles.actions}>
            <Button
              type="submit"
              appearance="primary"
              icon={save.name === 'saving' ? <Spinner size="tiny" /> : <SaveRegular />}
              disabled={save.name === 'saving'}
            >
              {save.name === 'saving' ? t('checklist.saving') : t('checklist.save')}
            </Button>
            <span role="status" className={styles.muted} data-testid="checklist-status">
              {save.name === 'saved' ? t('checklist.savedAt', { date: formatInstant(locale, save.at, 'dateTime') }) : ''}
            </span>
          </div>
          {save.name === 'failed' && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{failureMessage(save.error, t)}</MessageBarBody>
            </MessageBar>
          )}
        </div>
      </form>
      <TitledSection
        headingId="checklist-suggestions"
        title={t('checklist.suggestions')}
        className={page.card}
        testId="checklist-suggestions"
      >
        {suggestions.length === 0 ? (
          <Body1 as="p" className={styles.muted}>
            {t('checklist.suggestions.none')}
          </Body1>
        ) : (
          <ul className={styles.list}>
            {suggestions.map((s) => (
              <li key={s.item} className={styles.suggestion} data-suggestion={s.item}>
                <Body1>{t(`checklist.suggest.${s.item}`)}</Body1>
                <Link href={routeHash({ name: 'workshop', communityId, n: s.workshop })}>
                  {t('checklist.openWorkshop', { n: s.workshop })}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </TitledSection>
      {/* The self-reviews after meetings: as private as the checklist, on the same page. */}
      <MySelfReviews communityId={communityId} />
    </div>
  );
}
