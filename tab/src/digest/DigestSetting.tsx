import type { CommunityView } from '@elan/core/contract';
import type { DigestPreference } from '@elan/core/digest/digestPreference';
import { isoWeekdays } from '@elan/core/digest/digestPreference';
import { can } from '@elan/core/policies/can';
import {
  Body1,
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Switch,
  tokens,
} from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { type FormEvent, useCallback, useState } from 'react';
import { ApiFailure } from '../api/failure';
import { failureMessage } from '../common/failureMessage';
import { TitledSection } from '../common/TitledSection';
import { useLoad } from '../common/useLoad';
import { useT } from '../i18n/useT';
import { useSession } from '../session/SessionContext';
import { getMyDigest, setMyDigest } from './digestEndpoints';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: '12px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '12px' },
  field: { minWidth: '10em' },
  save: { alignSelf: 'flex-start' },
  muted: { margin: 0, color: tokens.colorNeutralForeground3 },
});

type Save = { name: 'idle' } | { name: 'saving' } | { name: 'saved' } | { name: 'failed'; error: unknown };

/** The form itself, once my setting is read. */
function DigestForm({ communityId, initial }: { communityId: string; initial: DigestPreference }) {
  const { t, locale } = useT();
  const { api } = useSession();
  const styles = useStyles();
  const [draft, setDraft] = useState<DigestPreference>(initial);
  const [save, setSave] = useState<Save>({ name: 'idle' });
  const change = (next: Partial<DigestPreference>) => {
    setDraft((d) => ({ ...d, ...next }));
    if (save.name !== 'saving') setSave({ name: 'idle' });
  };
  const fieldError = (field: string) =>
    save.name === 'failed' && save.error instanceof ApiFailure && save.error.status === 400
      ? save.error.details.find((d) => d.path === field)?.message
      : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSave({ name: 'saving' });
    try {
      const saved = await setMyDigest(api, communityId, { ...draft, locale });
      setDraft({ enabled: saved.enabled, weekday: saved.weekday, time: saved.time });
      setSave({ name: 'saved' });
    } catch (error) {
      setSave({ name: 'failed', error });
    }
  }

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate data-testid="digest-setting">
      <Switch checked={draft.enabled} label={t('digest.setting.enabled')} onChange={(_e, d) => change({ enabled: d.checked })} />
      <div className={styles.row}>
        <Field className={styles.field} label={t('digest.setting.weekday')} validationMessage={fieldError('weekday')}>
          <Select value={String(draft.weekday)} disabled={!draft.enabled} onChange={(_e, d) => change({ weekday: Number(d.value) })}>
            {isoWeekdays.map((n) => (
              <option key={n} value={n}>
                {t(`digest.weekday.${n}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={styles.field} label={t('digest.setting.time')} validationMessage={fieldError('time')}>
          <Input type="time" value={draft.time} disabled={!draft.enabled} onChange={(_e, d) => change({ time: d.value })} />
        </Field>
      </div>
      <Button
        className={styles.save}
        type="submit"
        disabledFocusable={save.name === 'saving'}
        icon={save.name === 'saving' ? <Spinner size="tiny" /> : <SaveRegular />}
      >
        {t('digest.setting.save')}
      </Button>
      {/* Always mounted, so screen readers hear the confirmation when it appears. */}
      <div role="status" data-testid="digest-status">
        {save.name === 'saved' ? t('digest.setting.saved') : ''}
      </div>
      {save.name === 'failed' && !(save.error instanceof ApiFailure && save.error.status === 400) && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{failureMessage(save.error, t)}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}

/** The community home's "weekly digest" setting, for facilitators: on or off, and which day and time. */
export function DigestSetting({ community }: { community: CommunityView }) {
  const { t } = useT();
  const { api } = useSession();
  const styles = useStyles();
  const id = community.id;
  const allowed = can(community.role, 'digest.receive');
  const [load, retry] = useLoad(useCallback(() => (allowed ? getMyDigest(api, id) : Promise.resolve(null)), [api, id, allowed]));
  if (!allowed) return null;

  return (
    <TitledSection headingId="home-digest" title={t('digest.setting.title')} testId="home-digest">
      <Body1 as="p" className={styles.muted}>
        {t('digest.setting.intro')}
      </Body1>
      {load.status === 'loading' && <Spinner size="small" label={t('digest.setting.loading')} />}
      {load.status === 'error' && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            {t('digest.setting.error')} {failureMessage(load.error, t)}
          </MessageBarBody>
          <Button size="small" onClick={retry}>
            {t('app.retry')}
          </Button>
        </MessageBar>
      )}
      {load.status === 'ready' && load.data && (
        <DigestForm communityId={id} initial={{ enabled: load.data.enabled, weekday: load.data.weekday, time: load.data.time }} />
      )}
    </TitledSection>
  );
}
