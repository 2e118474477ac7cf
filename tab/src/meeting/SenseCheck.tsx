import { Button, Field, Input, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { PollRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { createPoll, type PollView } from '../api/endpoints';
import { announce } from '../common/announcer';
import { ErrorState } from '../common/ErrorState';
import { useT } from '../i18n/useT';
import { routeHash } from '../routing/routes';
import { useSession } from '../session/SessionContext';

/** A one-click sense check: a consent poll on the question typed, posted to the community's channel. */
export function SenseCheck({ communityId }: { communityId: string }) {
  const { t } = useT();
  const { api } = useSession();
  const [question, setQuestion] = useState('');
  const [state, setState] = useState<
    { name: 'idle' } | { name: 'sending' } | { name: 'sent'; poll: PollView } | { name: 'failed'; error: unknown }
  >({
    name: 'idle',
  });
  const trimmed = question.trim();
  const send = async () => {
    setState({ name: 'sending' });
    try {
      const { poll } = await createPoll(api, communityId, { question: trimmed, method: 'consent' });
      setState({ name: 'sent', poll });
      setQuestion('');
      announce(t('tab.panel.sense.sent'));
    } catch (error) {
      setState({ name: 'failed', error });
    }
  };
  return (
    <form
      style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
      onSubmit={(e) => {
        e.preventDefault();
        if (trimmed && trimmed.length <= 300) void send();
      }}
    >
      <Field
        label={t('tab.panel.sense.question')}
        validationMessage={trimmed.length > 300 ? t('validation.tooLong', { max: 300 }) : undefined}
      >
        <Input value={question} onChange={(_e, d) => setQuestion(d.value)} />
      </Field>
      <div>
        <Button
          type="submit"
          appearance="primary"
          icon={state.name === 'sending' ? <Spinner size="tiny" /> : <PollRegular />}
          disabled={!trimmed || trimmed.length > 300 || state.name === 'sending'}
        >
          {t('tab.panel.sense.send')}
        </Button>
      </div>
      {state.name === 'sent' && (
        <MessageBar intent="success">
          <MessageBarBody>
            {t('tab.panel.sense.sent')}{' '}
            <a href={routeHash({ name: 'stage', communityId, pollId: state.poll.id })} target="_blank" rel="noreferrer">
              {t('tab.panel.sense.showResults')}
            </a>
          </MessageBarBody>
        </MessageBar>
      )}
      {state.name === 'failed' && <ErrorState error={state.error} />}
    </form>
  );
}
