import type { NotebookRef } from '@elan/core/notebooks/notebook';
import { Body1, Button, Field, makeStyles, MessageBar, MessageBarBody, Select, tokens } from '@fluentui/react-components';
import { NotebookRegular, OpenRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { openNotebook } from '../api/notebooks';
import { failureMessage } from '../common/failureMessage';
import { usePageStyles } from '../common/pageStyles';
import { TitledSection } from '../common/TitledSection';
import { formatCalendarDay } from '../i18n/formatDate';
import { useT } from '../i18n/useT';
import { navigate } from '../routing/useHashRoute';
import { useSession } from '../session/SessionContext';
import type { SeriesChoice } from './meetingChoices';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: '16px', minWidth: 0 },
  series: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: '8px 12px', minWidth: 0 },
  pick: { flexGrow: 1, minWidth: 0, maxWidth: '100%', '@media (min-width: 640px)': { minWidth: '260px' } },
  between: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: '4px',
    paddingTop: '12px',
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  status: { margin: 0 },
});

/**
 * Opens (and creates the first time) the notebook of a meeting, picked among each series' recent and coming
 * meetings, or the "between meetings" notebook; then goes to it.
 */
export function OpenNotebook({ communityId, choices }: { communityId: string; choices: readonly SeriesChoice[] }) {
  const { t, locale } = useT();
  const { api } = useSession();
  const page = usePageStyles();
  const styles = useStyles();
  const [picked, setPicked] = useState<Record<string, string>>(() => Object.fromEntries(choices.map((c) => [c.seriesId, c.preferred])));
  const [state, setState] = useState<{ busy: boolean; error?: unknown }>({ busy: false });

  async function open(ref: NotebookRef) {
    if (state.busy) return;
    setState({ busy: true });
    try {
      const view = await openNotebook(api, communityId, ref);
      navigate({ name: 'notebooks', communityId, notebookId: view.id });
    } catch (error) {
      setState({ busy: false, error });
    }
  }

  return (
    <TitledSection headingId="notebooks-open" title={t('tab.notebooks.open.title')}>
      <div className={styles.stack}>
        {choices.length === 0 && (
          <Body1 as="p" className={page.muted} style={{ margin: 0 }}>
            {t('tab.notebooks.open.noMeetings')}
          </Body1>
        )}
        {choices.map((c) => {
          const id = `notebooks-open-${c.seriesId}`;
          const series = c.seriesName ?? c.seriesId;
          const main = c.seriesName === null && c.seriesId === 'main';
          return (
            <div key={c.seriesId} className={styles.series} data-series={c.seriesId}>
              <Field
                className={styles.pick}
                label={{ children: main ? t('tab.notebooks.open.date') : t('tab.notebooks.open.dateOf', { series }), htmlFor: id }}
              >
                <Select
                  id={id}
                  value={picked[c.seriesId] ?? c.preferred}
                  onChange={(_e, d) => setPicked((p) => ({ ...p, [c.seriesId]: d.value }))}
                >
                  {c.dates.map((date) => (
                    <option key={date} value={date}>
                      {formatCalendarDay(locale, date, 'full')}
                    </option>
                  ))}
                </Select>
              </Field>
              <Button
                appearance="primary"
                icon={<OpenRegular />}
                disabled={state.busy}
                onClick={() => void open({ kind: 'meeting', seriesId: c.seriesId, date: picked[c.seriesId] ?? c.preferred })}
              >
                {main ? t('tab.notebooks.open.submit') : t('tab.notebooks.open.submitOf', { series })}
              </Button>
            </div>
          );
        })}
        <div className={styles.between}>
          <Button
            icon={<NotebookRegular />}
            disabled={state.busy}
            onClick={() => void open({ kind: 'between' })}
            aria-describedby="notebooks-between-hint"
          >
            {t('tab.notebooks.open.between')}
          </Button>
          <span id="notebooks-between-hint" className={page.rowMeta}>
            {t('tab.notebooks.open.betweenHint')}
          </span>
        </div>
        <p role="status" className={styles.status}>
          {state.busy ? t('tab.notebooks.open.opening') : ''}
        </p>
        {state.error !== undefined && (
          <MessageBar intent="error" layout="multiline" role="alert">
            <MessageBarBody>{t('tab.notebooks.open.failed', { reason: failureMessage(state.error, t) })}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </TitledSection>
  );
}
