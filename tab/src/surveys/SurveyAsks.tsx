import { can } from '@elan/core/policies/can';
import { Button, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { ClipboardTaskListLtrRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { announce } from '../common/announcer';
import { asideHint, asidePanel, asideTitle } from '../common/cardStyles';
import type { AutosaveState } from '../save/autosaveMachine';
import type { FormApi } from '../workshops/form/formApi';
import { type SurveyProposal, surveyKindsOf, surveyProposals } from './surveyAsks';
import { SurveyAskDialog } from './SurveyAskDialog';
import type { SurveyView } from './surveyEndpoints';
import { SurveyList } from './SurveyList';

const useStyles = makeStyles({
  panel: asidePanel,
  title: asideTitle,
  hint: asideHint,
  buttons: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '8px' },
  listTitle: { margin: '8px 0 0', fontSize: tokens.fontSizeBase300 },
});

/**
 * The surveys of a workshop (W2 needs, W5 snowball, W6 pulse and story): facilitators post them from here and see
 * the card; everyone sees their status (answers against the anonymity threshold) and, once shown, the aggregates.
 */
export function SurveyAsks({ form, save }: { form: FormApi; save: AutosaveState }) {
  const { t } = form;
  const styles = useStyles();
  const kinds = surveyKindsOf[form.n];
  const [asking, setAsking] = useState<SurveyProposal | undefined>(undefined);
  const [open, setOpen] = useState(false);
  const [round, setRound] = useState(0);
  const [version, setVersion] = useState(0);
  if (!kinds) return null;
  const mayAsk = !form.readOnly && can(form.role, 'survey.create');
  const settled = save.status === 'idle' || save.status === 'saved';
  const proposals = surveyProposals(form.n, form.draft);

  const posted = (survey: SurveyView) => {
    const target = asking?.storeIdAt;
    if (target) form.set(target, survey.id);
    setVersion((v) => v + 1);
    announce(t('tabAsks.posted'));
  };

  return (
    <section className={styles.panel} aria-labelledby="survey-asks-title" data-testid="survey-asks">
      <Subtitle2 as="h2" id="survey-asks-title" className={styles.title}>
        <ClipboardTaskListLtrRegular aria-hidden />
        {t('tabAsks.heading')}
      </Subtitle2>
      {mayAsk && (
        <>
          {proposals.map((p) => (
            <p key={p.kind} className={styles.hint}>
              {p.blocked ? t(`tabAsks.blocked.${p.blocked}`) : t(`tabAsks.hint.${p.kind}`)}
            </p>
          ))}
          {!settled && <p className={styles.hint}>{t('tab.ask.waitForSave')}</p>}
          <div className={styles.buttons}>
            {proposals.map((p) => (
              <Button
                key={p.kind}
                appearance="primary"
                icon={<ClipboardTaskListLtrRegular />}
                disabled={!!p.blocked || !settled}
                onClick={() => {
                  setAsking(p);
                  setRound(round + 1);
                  setOpen(true);
                }}
              >
                {t(`tabAsks.button.${p.kind}`)}
              </Button>
            ))}
          </div>
        </>
      )}
      <h3 className={styles.listTitle}>{t('tabAsks.list.title')}</h3>
      <SurveyList communityId={form.communityId} role={form.role} kinds={kinds} version={version} />
      {asking && (
        <SurveyAskDialog
          key={round}
          communityId={form.communityId}
          proposal={asking}
          open={open}
          onClose={() => setOpen(false)}
          onPosted={posted}
        />
      )}
    </section>
  );
}
