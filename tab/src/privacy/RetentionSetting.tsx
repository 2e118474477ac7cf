import { Body1, Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { type FormEvent, useState } from 'react';
import { useT } from '../i18n/useT';
import { useSession } from '../session/SessionContext';
import { explainPrivacyFailure, fieldFailure } from './explainFailure';
import { type RetentionView, updateRetention } from './privacyEndpoints';
import { formatDay, parseRetentionMonths, retentionRange } from './privacyRules';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: '12px' },
  field: { maxWidth: '24em' },
  save: { alignSelf: 'flex-start' },
  summary: { margin: 0 },
});

type Save = { name: 'idle' } | { name: 'saving' } | { name: 'saved'; months: number } | { name: 'failed'; error: unknown };

/** How long the community is kept after its last activity, when it would be erased, and a field to change it. */
export function RetentionSetting({ communityId, retention }: { communityId: string; retention: RetentionView }) {
  const { t, locale } = useT();
  const { api } = useSession();
  const styles = useStyles();
  const [current, setCurrent] = useState(retention);
  const [value, setValue] = useState(String(retention.retentionMonths));
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const [save, setSave] = useState<Save>({ name: 'idle' });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const months = parseRetentionMonths(value);
    if (months === undefined) {
      setFieldError(t('privacyTab.retention.invalid', retentionRange));
      setSave({ name: 'idle' });
      return;
    }
    setFieldError(undefined);
    setSave({ name: 'saving' });
    try {
      const saved = await updateRetention(api, communityId, months);
      setCurrent(saved);
      setValue(String(saved.retentionMonths));
      setSave({ name: 'saved', months: saved.retentionMonths });
    } catch (error) {
      const problem = fieldFailure(error, 'retentionMonths');
      if (problem) {
        setFieldError(problem);
        setSave({ name: 'idle' });
      } else setSave({ name: 'failed', error });
    }
  }

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate data-testid="retention">
      <Body1 as="p" className={styles.summary} data-testid="retention-summary">
        {t('privacyTab.retention.summary', {
          months: current.retentionMonths,
          last: formatDay(current.lastActivityAt, locale),
          due: formatDay(current.erasureDueAt, locale),
        })}
      </Body1>
      <Field
        className={styles.field}
        label={t('privacyTab.retention.months')}
        hint={t('privacyTab.retention.hint', retentionRange)}
        validationMessage={fieldError}
      >
        <Input
          type="number"
          inputMode="numeric"
          min={retentionRange.min}
          max={retentionRange.max}
          step={1}
          value={value}
          onChange={(_e, d) => {
            setValue(d.value);
            if (save.name === 'saved') setSave({ name: 'idle' });
          }}
        />
      </Field>
      <Button
        className={styles.save}
        type="submit"
        disabledFocusable={save.name === 'saving'}
        icon={save.name === 'saving' ? <Spinner size="tiny" /> : <SaveRegular />}
      >
        {save.name === 'saving' ? t('privacyTab.retention.saving') : t('privacyTab.retention.save')}
      </Button>
      {/* Always mounted, so screen readers hear the confirmation when it appears. */}
      <div role="status" data-testid="retention-status">
        {save.name === 'saved' ? t('privacyTab.retention.saved', { months: save.months }) : ''}
      </div>
      {save.name === 'failed' && (
        <MessageBar intent="error" layout="multiline" role="alert" data-testid="retention-error">
          <MessageBarBody>{explainPrivacyFailure(save.error, t)}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
