import type { Role } from '@elan/core/community/community';
import { Button, Field, makeStyles, MessageBar, MessageBarBody, Radio, RadioGroup, Spinner, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { answerCompass, type CompassView } from '../api/endpoints';
import { failureMessage } from '../common/failureMessage';
import { useT } from '../i18n/useT';
import { useSession } from '../session/SessionContext';
import { compassText } from './compassText';

const useStyles = makeStyles({
  dimension: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
    padding: '8px 12px 12px',
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: '0 4px' },
  stack: { display: 'flex', flexDirection: 'column', gap: '12px' },
});

/** My answers to a compass run: each statement from 1 (not at all true) to 5 (completely true); changeable. */
export function CompassAnswers({
  communityId,
  compass,
  run,
  onSaved,
}: {
  communityId: string;
  role: Role;
  compass: CompassView;
  run: CompassView['runs'][number];
  onSaved(): void;
}) {
  const { t } = useT();
  const { api } = useSession();
  const styles = useStyles();
  const [ratings, setRatings] = useState<Record<string, number>>(run.mine ?? {});
  const [state, setState] = useState<{ status: 'idle' | 'sending' | 'sent' } | { status: 'failed'; error: unknown }>({ status: 'idle' });
  const statements = compass.dimensions.flatMap((d) => d.statements);
  const complete = statements.every((s) => ratings[s] !== undefined);

  const send = async () => {
    setState({ status: 'sending' });
    try {
      await answerCompass(api, communityId, run.number, ratings);
      setState({ status: 'sent' });
      onSaved();
    } catch (error) {
      setState({ status: 'failed', error });
    }
  };

  return (
    <form
      className={styles.stack}
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
      aria-label={t('tab.compass.answer.title', { n: run.number })}
    >
      <p style={{ margin: 0 }}>{t('tab.compass.answer.scale')}</p>
      {compass.dimensions.map((d) => (
        <fieldset key={d.id} className={styles.dimension}>
          <legend className={styles.legend}>{compassText(t, d.id)}</legend>
          {d.statements.map((s) => (
            <Field key={s} label={compassText(t, s)}>
              <RadioGroup
                layout="horizontal"
                value={ratings[s] === undefined ? '' : String(ratings[s])}
                onChange={(_e, data) => setRatings({ ...ratings, [s]: Number(data.value) })}
              >
                {[1, 2, 3, 4, 5].map((v) => (
                  <Radio key={v} value={String(v)} label={String(v)} />
                ))}
              </RadioGroup>
            </Field>
          ))}
        </fieldset>
      ))}
      {state.status === 'failed' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{failureMessage(state.error, t)}</MessageBarBody>
        </MessageBar>
      )}
      <div role="status" aria-live="polite">
        {state.status === 'sent' && t('tab.compass.answer.sent')}
      </div>
      <div>
        <Button
          type="submit"
          appearance="primary"
          disabled={Object.keys(ratings).length === 0 || state.status === 'sending'}
          icon={state.status === 'sending' ? <Spinner size="tiny" /> : undefined}
        >
          {run.mine ? t('tab.compass.answer.update') : t('tab.compass.answer.send')}
        </Button>
        {!complete && (
          <span style={{ marginLeft: 8 }}>
            {t('tab.compass.answer.incomplete', { done: Object.keys(ratings).length, total: statements.length })}
          </span>
        )}
      </div>
    </form>
  );
}
