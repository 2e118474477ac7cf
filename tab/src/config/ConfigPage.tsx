import { Button, Field, MessageBar, MessageBarBody, Radio, RadioGroup, Text, Title2 } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { getMe, linkConversation } from '../api/endpoints';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { usePageStyles } from '../common/pageStyles';
import { useLoad } from '../common/useLoad';
import { usePageTitle } from '../common/usePageTitle';
import { useT } from '../i18n/useT';
import { navigate } from '../routing/useHashRoute';
import { useSession } from '../session/SessionContext';
import { tabConfigFor } from '../teams/channelConfig';
import { useHost } from '../teams/HostContext';

/** `#/config`: the page Teams opens when a channel adds Élan; a facilitator picks the community the channel is for. */
export default function ConfigPage() {
  const { t } = useT();
  const { api, preview } = useSession();
  const host = useHost();
  const styles = usePageStyles();
  const [me, retry] = useLoad(useCallback(() => getMe(api), [api]));
  const [chosen, setChosen] = useState('');
  const [failed, setFailed] = useState(false);
  const setValid = useRef<((valid: boolean) => void) | undefined>(undefined);
  const chosenRef = useRef('');
  usePageTitle(t('tab.config.title'));

  const communities = me.status === 'ready' ? me.data.communities.filter((c) => c.role === 'facilitator') : [];
  const nameOf = (id: string) => communities.find((c) => c.id === id)?.name ?? t('app.name');

  useEffect(() => {
    const settings = host.kind === 'teams' ? host.settings : undefined;
    if (preview || !settings) return;
    // Registered once: the handler reads the current choice through the ref.
    setValid.current = settings.onSave(async () => {
      const communityId = chosenRef.current;
      try {
        if (settings.conversationId) await linkConversation(api, communityId, settings.conversationId);
        return tabConfigFor(window.location.origin, communityId, nameOf(communityId));
      } catch (error) {
        setFailed(true);
        throw error;
      }
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, preview, host]);

  const choose = (id: string) => {
    setChosen(id);
    chosenRef.current = id;
    setValid.current?.(Boolean(id));
  };

  return (
    <section className={styles.card}>
      <Title2 as="h1">{t('tab.config.title')}</Title2>
      <Text as="p">{t('tab.config.intro')}</Text>
      {me.status === 'loading' && <LoadingState />}
      {me.status === 'error' && <ErrorState error={me.error} onRetry={retry} />}
      {me.status === 'ready' && communities.length === 0 && <Text as="p">{t('tab.config.none')}</Text>}
      {communities.length > 0 && (
        <Field label={t('tab.config.choose')}>
          <RadioGroup value={chosen} onChange={(_e, data) => choose(data.value)}>
            {communities.map((c) => (
              <Radio key={c.id} value={c.id} label={c.name} />
            ))}
          </RadioGroup>
        </Field>
      )}
      {failed && (
        <MessageBar intent="error">
          <MessageBarBody>{t('tab.config.linkFailed')}</MessageBarBody>
        </MessageBar>
      )}
      {preview && (
        <>
          <Text as="p">{t('tab.config.previewNote')}</Text>
          <Button appearance="primary" disabled={!chosen} onClick={() => navigate({ name: 'community', communityId: chosen })}>
            {t('tab.config.open')}
          </Button>
        </>
      )}
    </section>
  );
}
