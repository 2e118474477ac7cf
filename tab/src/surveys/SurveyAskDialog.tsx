import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  Spinner,
} from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { useT } from '../i18n/useT';
import { useSession } from '../session/SessionContext';
import { clampInt, durationRange, type SurveyProposal, thresholdRange } from './surveyAsks';
import { createSurvey, type SurveySummary } from './surveyEndpoints';

const CardPreview = lazy(() => import('../polls/CardPreview'));

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: '12px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '12px', '& > *': { flexGrow: 1, flexBasis: '10em' } },
  items: { margin: 0, paddingLeft: '20px' },
});

type Step =
  | { name: 'edit' }
  | { name: 'sending' }
  | { name: 'failed'; error: unknown }
  | { name: 'posted'; survey: SurveySummary; card: Record<string, unknown> };

/**
 * "Ask the members" for a survey: what it asks, its anonymity threshold and duration; once posted, the card
 * members answer from, rendered as in Teams.
 */
export function SurveyAskDialog({
  communityId,
  proposal,
  open,
  onClose,
  onPosted,
}: {
  communityId: string;
  proposal: SurveyProposal;
  /** Kept mounted and closed with this flag: a Fluent dialog removed while open leaves the page inert. */
  open: boolean;
  onClose(): void;
  onPosted(survey: SurveySummary): void;
}) {
  const { t } = useT();
  const { api } = useSession();
  const styles = useStyles();
  const [threshold, setThreshold] = useState(String(proposal.threshold));
  const [days, setDays] = useState(String(proposal.durationDays));
  const [step, setStep] = useState<Step>({ name: 'edit' });
  const doneButton = useRef<HTMLButtonElement>(null);
  const posted = step.name === 'posted';
  useEffect(() => {
    if (posted) doneButton.current?.focus();
  }, [posted]);

  const send = async () => {
    setStep({ name: 'sending' });
    try {
      const { survey, card } = await createSurvey(api, communityId, {
        kind: proposal.kind,
        ...(proposal.items ? { items: proposal.items } : {}),
        threshold: clampInt(threshold, thresholdRange, proposal.threshold),
        durationDays: clampInt(days, durationRange, proposal.durationDays),
      });
      setStep({ name: 'posted', survey, card });
      onPosted(survey);
    } catch (error) {
      setStep({ name: 'failed', error });
    }
  };

  return (
    <Dialog open={open} onOpenChange={(_e, data) => !data.open && onClose()}>
      <DialogSurface aria-describedby="survey-ask-intro">
        <DialogBody>
          <DialogTitle>{posted ? t('tabAsks.postedTitle') : t(`tabAsks.button.${proposal.kind}`)}</DialogTitle>
          <DialogContent className={styles.stack}>
            {posted ? (
              <>
                <p id="survey-ask-intro" style={{ margin: 0 }} role="status">
                  {t('tabAsks.posted')}
                </p>
                <Suspense fallback={<LoadingState />}>
                  <CardPreview card={step.card} />
                </Suspense>
              </>
            ) : (
              <>
                <p id="survey-ask-intro" style={{ margin: 0 }}>
                  {t(`tabAsks.intro.${proposal.kind}`)}
                </p>
                {proposal.items && proposal.items.length > 0 && (
                  <div>
                    <strong>{t('tabAsks.items')}</strong>
                    <ul className={styles.items}>
                      {proposal.items.map((id) => (
                        <li key={id}>{/^P([1-9]|1[0-5])$/.test(id) ? t(`tab.w6.pulseItem.${id as 'P1'}`) : id}</li>
                      ))}
                    </ul>
                  </div>
                )}
                <div className={styles.row}>
                  <Field label={t('tabAsks.threshold')} hint={t('tabAsks.threshold.hint', thresholdRange)}>
                    <Input
                      type="number"
                      min={thresholdRange.min}
                      max={thresholdRange.max}
                      value={threshold}
                      onChange={(_e, d) => setThreshold(d.value)}
                      onBlur={() => setThreshold(String(clampInt(threshold, thresholdRange, proposal.threshold)))}
                    />
                  </Field>
                  <Field label={t('tabAsks.duration')} hint={t('tabAsks.duration.hint', durationRange)}>
                    <Input
                      type="number"
                      min={durationRange.min}
                      max={durationRange.max}
                      value={days}
                      onChange={(_e, d) => setDays(d.value)}
                      onBlur={() => setDays(String(clampInt(days, durationRange, proposal.durationDays)))}
                    />
                  </Field>
                </div>
                {step.name === 'failed' && <ErrorState error={step.error} />}
              </>
            )}
          </DialogContent>
          <DialogActions>
            {posted ? (
              <Button ref={doneButton} appearance="primary" onClick={onClose}>
                {t('tab.ask.done')}
              </Button>
            ) : (
              <>
                <Button appearance="secondary" onClick={onClose}>
                  {t('tab.dialog.cancel')}
                </Button>
                <Button
                  appearance="primary"
                  disabled={step.name === 'sending'}
                  icon={step.name === 'sending' ? <Spinner size="tiny" /> : undefined}
                  onClick={() => void send()}
                >
                  {t('tabAsks.send')}
                </Button>
              </>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
