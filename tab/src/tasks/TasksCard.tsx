import type { CommunityView } from '@elan/core/contract';
import { can } from '@elan/core/policies/can';
import type { CommunityTask } from '@elan/core/tasks/communityTask';
import { Button, Field, Input, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { AddRegular, CheckmarkRegular } from '@fluentui/react-icons';
import { type FormEvent, useCallback, useState } from 'react';
import { ApiFailure } from '../api/failure';
import { ErrorState } from '../common/ErrorState';
import { failureMessage } from '../common/failureMessage';
import { LoadingState } from '../common/LoadingState';
import { TitledSection } from '../common/TitledSection';
import { useLoad } from '../common/useLoad';
import { compassText } from '../compass/compassText';
import { useT } from '../i18n/useT';
import { useSession } from '../session/SessionContext';
import { addTask, getTasks, removeTask } from './taskEndpoints';

const useStyles = makeStyles({
  muted: { margin: 0, color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: '8px' },
  item: { display: 'flex', alignItems: 'flex-start', gap: '8px', justifyContent: 'space-between', overflowWrap: 'anywhere' },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  form: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: '8px' },
  field: { flexGrow: 1, minWidth: 0 },
});

/** The list once read: each task with a "done" button, and a field to add one. */
function TaskList({ communityId, initial, readOnly }: { communityId: string; initial: CommunityTask[]; readOnly: boolean }) {
  const { t } = useT();
  const { api } = useSession();
  const styles = useStyles();
  const [tasks, setTasks] = useState(initial);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const run = async (call: () => Promise<{ tasks: CommunityTask[] }>) => {
    setBusy(true);
    setError(undefined);
    try {
      setTasks((await call()).tasks);
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await run(() => addTask(api, communityId, { text }))) setText('');
  };
  const textError =
    error instanceof ApiFailure && error.status === 400
      ? (error.details.find((d) => d.path === 'text')?.message ?? failureMessage(error, t))
      : undefined;

  return (
    <>
      {tasks.length === 0 ? (
        <p className={styles.muted}>{t('tab.tasks.empty')}</p>
      ) : (
        <ul className={styles.list} data-testid="tasks-list">
          {tasks.map((task) => (
            <li key={task.id} className={styles.item}>
              <span className={styles.text} id={`task-${task.id}`}>
                <span>{task.text}</span>
                {task.dimension && (
                  <span className={styles.muted}>{t('tab.tasks.from', { dimension: compassText(t, task.dimension) })}</span>
                )}
              </span>
              {!readOnly && (
                <Button
                  size="small"
                  icon={<CheckmarkRegular />}
                  disabled={busy}
                  aria-describedby={`task-${task.id}`}
                  onClick={() => void run(() => removeTask(api, communityId, task.id))}
                >
                  {t('tab.tasks.done')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <form className={styles.form} onSubmit={(e) => void submit(e)}>
          <Field className={styles.field} label={t('tab.tasks.new')} validationMessage={textError}>
            <Input value={text} maxLength={300} onChange={(_, d) => setText(d.value)} />
          </Field>
          <Button type="submit" icon={busy ? <Spinner size="tiny" /> : <AddRegular />} disabled={busy || text.trim() === ''}>
            {t('tab.tasks.add')}
          </Button>
        </form>
      )}
      {error !== undefined && textError === undefined && <ErrorState error={error} />}
    </>
  );
}

/** Reads the list, then shows it. */
function LoadedTasks({ communityId, readOnly }: { communityId: string; readOnly: boolean }) {
  const { api } = useSession();
  const [loaded, reload] = useLoad(useCallback(() => getTasks(api, communityId), [api, communityId]));
  if (loaded.status === 'loading') return <LoadingState />;
  if (loaded.status === 'error') return <ErrorState error={loaded.error} onRetry={reload} />;
  return <TaskList communityId={communityId} initial={loaded.data.tasks} readOnly={readOnly} />;
}

/** The facilitators' task list on the community home (improvement ideas from the compass land here); nothing for others. */
export function TasksCard({ community }: { community: CommunityView }) {
  const { t } = useT();
  if (!can(community.role, 'workshop.edit')) return null;
  return (
    <TitledSection headingId="home-tasks" title={t('tab.tasks.title')} testId="tasks">
      {/* An archived community is read-only: its tasks stay readable. */}
      <LoadedTasks communityId={community.id} readOnly={community.lifecycle.stage === 'archived'} />
    </TitledSection>
  );
}
