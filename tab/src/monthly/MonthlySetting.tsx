import type { CommunityView } from '@elan/core/contract';
import { can } from '@elan/core/policies/can';
import { Body1, Button, makeStyles, MessageBar, MessageBarBody, Spinner, Switch, tokens } from '@fluentui/react-components';
import { useCallback, useRef, useState } from 'react';
import { failureMessage } from '../common/failureMessage';
import { TitledSection } from '../common/TitledSection';
import { useLoad } from '../common/useLoad';
import { useT } from '../i18n/useT';
import { useSession } from '../session/SessionContext';
import { getMyMonthly, setMyMonthly } from './monthlyEndpoints';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: '8px' },
  muted: { margin: 0, color: tokens.colorNeutralForeground3 },
});

type Save = { name: 'idle' } | { name: 'saving' } | { name: 'saved' } | { name: 'failed'; error: unknown };

/** The switch itself, once my setting is read: each change is saved at once. */
function MonthlyToggle({ communityId, initial }: { communityId: string; initial: boolean }) {
  const { t, locale } = useT();
  const { api } = useSession();
  const styles = useStyles();
  const [enabled, setEnabled] = useState(initial);
  const [save, setSave] = useState<Save>({ name: 'idle' });
  // Only the latest change's answer counts: quick on-off-on clicks end on what was clicked last.
  const latest = useRef(0);
  const saved = useRef(initial);

  async function change(next: boolean) {
    const attempt = ++latest.current;
    setEnabled(next);
    setSave({ name: 'saving' });
    try {
      const stored = await setMyMonthly(api, communityId, { enabled: next, locale });
      if (attempt !== latest.current) return;
      saved.current = stored.enabled;
      setEnabled(stored.enabled);
      setSave({ name: 'saved' });
    } catch (error) {
      if (attempt !== latest.current) return;
      // The switch shows what is stored, not what failed to be.
      setEnabled(saved.current);
      setSave({ name: 'failed', error });
    }
  }

  return (
    <div className={styles.form} data-testid="monthly-setting">
      <Switch checked={enabled} label={t('monthly.setting.enabled')} onChange={(_e, d) => void change(d.checked)} />
      {/* Always mounted, so screen readers hear the confirmation when it appears. */}
      <div role="status" data-testid="monthly-status">
        {save.name === 'saving' ? t('monthly.setting.saving') : save.name === 'saved' ? t('monthly.setting.saved') : ''}
      </div>
      {save.name === 'failed' && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            {t('monthly.setting.error')} {failureMessage(save.error, t)}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

/** The community home's "monthly summary" setting, for members and facilitators: one switch, off until turned on. */
export function MonthlySetting({ community }: { community: CommunityView }) {
  const { t } = useT();
  const { api } = useSession();
  const styles = useStyles();
  const id = community.id;
  const allowed = can(community.role, 'monthly.receive');
  const [load, retry] = useLoad(useCallback(() => (allowed ? getMyMonthly(api, id) : Promise.resolve(null)), [api, id, allowed]));
  if (!allowed) return null;

  return (
    <TitledSection headingId="home-monthly" title={t('monthly.setting.title')} testId="home-monthly">
      <Body1 as="p" className={styles.muted}>
        {t('monthly.setting.intro')}
      </Body1>
      {load.status === 'loading' && <Spinner size="small" label={t('monthly.setting.loading')} />}
      {load.status === 'error' && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            {t('monthly.setting.error')} {failureMessage(load.error, t)}
          </MessageBarBody>
          <Button size="small" onClick={retry}>
            {t('app.retry')}
          </Button>
        </MessageBar>
      )}
      {load.status === 'ready' && load.data && <MonthlyToggle communityId={id} initial={load.data.enabled} />}
    </TitledSection>
  );
}
