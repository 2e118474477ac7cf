import type { MySelfReviewsView } from '@elan/core/selfReview/selfReviewCommands';
import {
  maxSelfReviewNote,
  type SelfReviewAnswers,
  type SelfReviewItem,
  type SelfReviewLevel,
  selfReviewItems,
  selfReviewLevels,
} from '@elan/core/selfReview/selfReviewItems';
import {
  Body1,
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { type FormEvent, useState } from 'react';
import { announce } from '../common/announcer';
import { failureMessage } from '../common/failureMessage';
import { useT } from '../i18n/useT';
import { useSession } from '../session/SessionContext';
import { saveLatestSelfReview } from './selfReviewEndpoints';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: '12px' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '12px' },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '12px' },
  muted: { margin: 0, color: tokens.colorNeutralForeground3 },
});

type Save = { name: 'idle' } | { name: 'saving' } | { name: 'saved' } | { name: 'failed'; error: unknown };

/**
 * The self-review of the latest finished meeting, from the tab: the card's items and private note, prefilled with
 * the review already saved for that meeting (from the card or here), saved over it.
 */
export function SelfReviewForm({
  communityId,
  view,
  onSaved,
}: {
  communityId: string;
  view: MySelfReviewsView & { latestMeeting: NonNullable<MySelfReviewsView['latestMeeting']> };
  onSaved: (view: MySelfReviewsView) => void;
}) {
  const { t } = useT();
  const { api } = useSession();
  const styles = useStyles();
  const meeting = view.latestMeeting;
  const existing = view.reviews.find((r) => r.meetingKey === meeting.key);
  const [answers, setAnswers] = useState<SelfReviewAnswers>(existing?.answers ?? {});
  const [note, setNote] = useState(existing?.note ?? '');
  const [save, setSave] = useState<Save>({ name: 'idle' });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSave({ name: 'saving' });
    try {
      const saved = await saveLatestSelfReview(api, communityId, { answers, ...(note.trim() ? { note } : {}) });
      setSave({ name: 'saved' });
      announce(t('selfReview.tab.saved'));
      onSaved(saved);
    } catch (error) {
      setSave({ name: 'failed', error });
    }
  }

  const choose = (item: SelfReviewItem, level: SelfReviewLevel) => {
    setAnswers((a) => ({ ...a, [item]: level }));
    if (save.name !== 'saving') setSave({ name: 'idle' });
  };

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} data-testid="self-review-form">
      <Body1 as="p" className={styles.muted}>
        {t('selfReview.tab.form.intro')}
      </Body1>
      <ul className={styles.list}>
        {selfReviewItems.map((item) => (
          <li key={item} data-item={item}>
            <Field label={t(`selfReview.item.${item}`)}>
              <RadioGroup
                layout="horizontal"
                value={answers[item] ?? ''}
                onChange={(_e, data) => choose(item, data.value as SelfReviewLevel)}
              >
                {selfReviewLevels.map((level) => (
                  <Radio key={level} value={level} label={t(`checklist.level.${level}`)} />
                ))}
              </RadioGroup>
            </Field>
          </li>
        ))}
      </ul>
      <Field label={t('selfReview.note')}>
        <Textarea
          value={note}
          maxLength={maxSelfReviewNote}
          placeholder={t('selfReview.note.placeholder')}
          onChange={(_e, data) => setNote(data.value)}
        />
      </Field>
      <div className={styles.actions}>
        <Button
          type="submit"
          appearance="primary"
          icon={save.name === 'saving' ? <Spinner size="tiny" /> : <SaveRegular />}
          disabled={save.name === 'saving'}
        >
          {save.name === 'saving' ? t('selfReview.tab.saving') : t('selfReview.submit')}
        </Button>
        <span role="status" className={styles.muted} data-testid="self-review-status">
          {save.name === 'saved' ? t('selfReview.tab.saved') : ''}
        </span>
      </div>
      {save.name === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{failureMessage(save.error, t)}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
