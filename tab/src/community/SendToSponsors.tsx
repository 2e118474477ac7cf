import type { DeliveryReport } from '@elan/core/documents/sendDocuments';
import { Button, Link, makeStyles, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { SendRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ApiClient } from '../api/client';
import { announce } from '../common/announcer';
import { failureMessage } from '../common/failureMessage';
import { useT } from '../i18n/useT';
import { useSession } from '../session/SessionContext';
import { formatInstant } from '../i18n/formatDate';

type Kind = DeliveryReport['kind'];
type State =
  { name: 'idle' } | { name: 'busy'; kind: Kind } | { name: 'done'; report: DeliveryReport } | { name: 'failed'; error: unknown };

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'center' },
  link: { overflowWrap: 'anywhere' },
});

/** `POST /api/communities/{id}/documents/send`: the bot offers the document to each sponsor (facilitators). */
async function sendDocuments(api: ApiClient, communityId: string, kind: Kind, lang: 'fr' | 'en'): Promise<DeliveryReport> {
  return (
    await api.request<DeliveryReport>('POST', `/api/communities/${encodeURIComponent(communityId)}/documents/send`, {
      body: { kind, lang },
    })
  ).data;
}

/**
 * "Send to sponsors" beside the downloads (facilitators): says who got the file in Teams, and gives the
 * link to forward to sponsors Teams could not reach.
 */
export function SendToSponsors({ communityId, lang }: { communityId: string; lang: 'fr' | 'en' }) {
  const { t, locale } = useT();
  const { api } = useSession();
  const styles = useStyles();
  const [state, setState] = useState<State>({ name: 'idle' });
  const busy = state.name === 'busy';

  const send = async (kind: Kind) => {
    setState({ name: 'busy', kind });
    announce(t('delivery.tab.sending'));
    try {
      const report = await sendDocuments(api, communityId, kind, lang);
      setState({ name: 'done', report });
      announce(t('delivery.sent.title'));
    } catch (error) {
      setState({ name: 'failed', error });
    }
  };

  const names = (list: DeliveryReport['recipients']) => list.map((r) => r.name).join(', ');
  const until = (iso: string) => formatInstant(locale, iso);

  return (
    <>
      <div className={styles.row}>
        {(['charter', 'impactReport'] as const).map((kind) => (
          <Button
            key={kind}
            appearance="subtle"
            icon={busy && state.kind === kind ? <Spinner size="tiny" /> : <SendRegular />}
            disabled={busy}
            onClick={() => void send(kind)}
          >
            {busy && state.kind === kind
              ? t('delivery.tab.sending')
              : t(kind === 'charter' ? 'delivery.tab.sendCharter' : 'delivery.tab.sendReport')}
          </Button>
        ))}
      </div>
      {state.name === 'done' && (
        <MessageBar intent="success" layout="multiline" data-testid="send-report">
          <MessageBarBody>
            {state.report.recipients.some((r) => r.via !== 'forward') && (
              <p>
                {t('delivery.tab.sent', {
                  version: state.report.version,
                  names: names(state.report.recipients.filter((r) => r.via !== 'forward')),
                })}
              </p>
            )}
            {state.report.recipients.some((r) => r.via === 'forward') && (
              <p>
                {t('delivery.tab.forward', {
                  names: names(state.report.recipients.filter((r) => r.via === 'forward')),
                  date: until(state.report.link.expiresAt),
                })}{' '}
                <Link className={styles.link} href={state.report.link.url} target="_blank" rel="noreferrer">
                  {t('delivery.tab.link')}
                </Link>
              </p>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.name === 'failed' && (
        <MessageBar intent="error" layout="multiline" data-testid="send-error">
          <MessageBarBody>{failureMessage(state.error, t)}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
