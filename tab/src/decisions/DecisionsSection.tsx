import type { CommunityView, DecisionView } from '@elan/core/contract';
import { decisionsDueForReview } from '@elan/core/decisions/outcomeStatement';
import { Body1, Button, makeStyles, Subtitle1, Subtitle2, tokens } from '@fluentui/react-components';
import { EditRegular } from '@fluentui/react-icons';
import { useCallback, useState } from 'react';
import { listDecisions } from '../api/endpoints';
import { OptionalLoadState } from '../common/OptionalLoadState';
import { usePageStyles } from '../common/pageStyles';
import { useLoad } from '../common/useLoad';
import { useT } from '../i18n/useT';
import { useSession } from '../session/SessionContext';
import { OutcomeDialog } from './OutcomeDialog';
import { formatCalendarDay, formatInstant } from '../i18n/formatDate';

const useStyles = makeStyles({
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '10px' },
  item: { display: 'flex', flexDirection: 'column', gap: '2px', overflowWrap: 'anywhere', alignItems: 'flex-start' },
  statement: { margin: 0, whiteSpace: 'pre-line' },
  review: { margin: '0 0 12px' },
});

/** Today in the reader's calendar, as YYYY-MM-DD (review dates are calendar days). */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * The community home's decisions: those whose review date has come (facilitators), then the latest five with
 * their outcome statements; facilitators write or edit each statement.
 */
export function DecisionsSection({ community }: { community: CommunityView }) {
  const { t, locale } = useT();
  const { api } = useSession();
  const page = usePageStyles();
  const styles = useStyles();
  const facilitator = community.role === 'facilitator';
  const load = useCallback(() => listDecisions(api, community.id), [api, community.id]);
  const [state, retry] = useLoad(load);
  // Statements saved here since the list loaded, by decision number.
  const [edited, setEdited] = useState<Record<number, DecisionView>>({});
  const [editing, setEditing] = useState<{ decision: DecisionView; opening: number } | undefined>(undefined);
  const [dialogOpen, setDialogOpen] = useState(false);
  const decisions = state.status === 'ready' ? state.data.map((d) => edited[d.number] ?? d) : [];

  const when = (iso: string) => formatInstant(locale, iso);
  const day = (date: string) => formatCalendarDay(locale, date);
  const edit = (d: DecisionView) => {
    setEditing((e) => ({ decision: d, opening: (e?.opening ?? 0) + 1 }));
    setDialogOpen(true);
  };
  const saved = (d: DecisionView) => setEdited((all) => ({ ...all, [d.number]: d }));
  const editButton = (d: DecisionView) => (
    <Button
      size="small"
      appearance="subtle"
      icon={<EditRegular />}
      aria-label={t(d.statement ? 'tab.decisions.editNamed' : 'tab.decisions.writeNamed', { n: d.number })}
      onClick={() => edit(d)}
    >
      {t(d.statement ? 'tab.decisions.edit' : 'tab.decisions.write')}
    </Button>
  );

  let content;
  if (state.status !== 'ready') content = <OptionalLoadState state={state} retry={retry} />;
  else if (decisions.length === 0) content = <Body1 as="p">{t('tab.home.noDecisions')}</Body1>;
  else {
    const due = facilitator ? decisionsDueForReview(decisions, today()) : [];
    content = (
      <>
        {due.length > 0 && (
          <div className={styles.review} data-testid="decisions-to-review">
            <Subtitle2 as="h3">{t('tab.decisions.toReview')}</Subtitle2>
            <ul className={styles.list}>
              {due.map((d) => (
                <li key={d.number} className={styles.item}>
                  <span>{t('tab.home.decision', { n: d.number, question: d.question })}</span>
                  <span className={styles.meta}>{t('tab.decisions.reviewOn.line', { date: day(d.statement!.reviewOn!) })}</span>
                  {editButton(d)}
                </li>
              ))}
            </ul>
          </div>
        )}
        <ul className={styles.list}>
          {[...decisions]
            .sort((a, b) => b.number - a.number)
            .slice(0, 5)
            .map((d) => (
              <li key={d.number} className={styles.item}>
                <span>{t('tab.home.decision', { n: d.number, question: d.question })}</span>
                <span className={styles.meta}>
                  {t(`doc.outcome.${d.outcome}`)}
                  {d.result ? ` — ${d.result}` : ''} · {when(d.decidedAt)}
                </span>
                {d.statement ? (
                  <p className={styles.statement}>{d.statement.text}</p>
                ) : (
                  <span className={styles.meta}>{t('tab.decisions.noStatement')}</span>
                )}
                {d.statement?.reviewOn && (
                  <span className={styles.meta}>{t('tab.decisions.reviewOn.line', { date: day(d.statement.reviewOn) })}</span>
                )}
                {facilitator && editButton(d)}
              </li>
            ))}
        </ul>
      </>
    );
  }

  return (
    <section className={page.card} aria-labelledby="home-decisions" data-testid="latest-decisions">
      <Subtitle1 as="h2" id="home-decisions" className={page.sectionTitle}>
        {t('tab.home.decisions')}
      </Subtitle1>
      {content}
      {editing && (
        <OutcomeDialog
          key={editing.opening}
          communityId={community.id}
          decision={editing.decision}
          open={dialogOpen}
          onClose={() => setDialogOpen(false)}
          onSaved={saved}
        />
      )}
    </section>
  );
}
