import type { Role } from '@elan/core/community/community';
import type { NotebookView } from '@elan/core/contract';
import { can } from '@elan/core/policies/can';
import { Body1, Button, Checkbox, Field, makeStyles, MessageBar, MessageBarBody, Textarea, mergeClasses } from '@fluentui/react-components';
import { CheckmarkRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { ApiFailure, type FieldDetail } from '../api/failure';
import { approveNotebook, putNotebook } from '../api/notebooks';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { failureMessage } from '../common/failureMessage';
import { usePageStyles } from '../common/pageStyles';
import { TitledSection } from '../common/TitledSection';
import { ConflictDialog } from '../conflict/ConflictDialog';
import { useT } from '../i18n/useT';
import { AutosaveController, type SaveOutcome } from '../save/autosaveController';
import { type LastSaved, SaveStatus } from '../save/SaveStatus';
import { useUnsavedGuard } from '../save/useUnsavedGuard';
import { useSession } from '../session/SessionContext';
import { useFieldStyles } from '../workshops/fields/styles';
import { TextField } from '../workshops/fields/TextField';
import { DraftStore } from '../workshops/form/draftStore';
import { LineField } from './NotebookBits';
import { draftIssues, draftOf, inputOf, type NotebookDraft } from './notebookDraft';
import { NotebookPeople } from './NotebookPeople';
import { conflictRows } from './notebookText';
import { ResourcesEditor } from './ResourcesEditor';

/** The summary fits on one page: the API's limit. */
export const summaryMax = 3_500;

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: '16px', minWidth: 0 },
  form: { display: 'flex', flexDirection: 'column', gap: '16px', minWidth: 0 },
  approve: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '8px' },
  status: { margin: 0 },
});

const lastSavedOf = (v: NotebookView): LastSaved | undefined => (v.updatedBy ? { at: v.updatedAt, by: v.updatedBy.name } : undefined);

/** The version that beat ours: its draft (shown on "take theirs") and ETag for the autosave, the stored notebook beside. */
type NotebookConflict = { data: NotebookDraft; etag: string; notebook: NotebookView };
const asConflict = (v: NotebookView): NotebookConflict => ({ data: draftOf(v), etag: v.etag, notebook: v });

/**
 * One notebook being written by a member or a facilitator: title, tags, the minutes (when this reader sees them),
 * the one-page summary, the resources and the recording, saved as one types (If-Match); a version saved by
 * someone else meanwhile is shown in the conflict dialog, never overwritten unasked. Facilitators approve it.
 */
export function NotebookEditor({
  communityId,
  role,
  initial,
  onView,
}: {
  communityId: string;
  role: Role;
  initial: NotebookView;
  /** The notebook as stored after a save, an approval or a conflict resolved (for the page's head). */
  onView(view: NotebookView): void;
}) {
  const { t, locale } = useT();
  const { api } = useSession();
  const styles = useStyles();
  const page = usePageStyles();
  const fieldStyles = useFieldStyles();
  const nid = initial.id;
  const [view, setViewState] = useState(initial);
  const setView = useCallback(
    (next: NotebookView) => {
      setViewState(next);
      onView(next);
    },
    [onView],
  );
  const [store] = useState(() => new DraftStore<NotebookDraft>(draftOf(initial)));
  const draft = useSyncExternalStore(store.subscribe, store.get);
  const [serverIssues, setServerIssues] = useState<FieldDetail[]>([]);
  const [saveError, setSaveError] = useState<unknown>(undefined);
  const [controller] = useState(
    () =>
      new AutosaveController<NotebookDraft, NotebookConflict>({
        etag: initial.etag,
        save: async (d, etag): Promise<SaveOutcome<NotebookConflict>> => {
          try {
            const saved = await putNotebook(api, communityId, nid, inputOf(d), etag);
            setView(saved);
            setSaveError(undefined);
            return { kind: 'saved', etag: saved.etag };
          } catch (error) {
            if (error instanceof ApiFailure && error.status === 412) {
              const current = (error.body as { current?: NotebookView } | undefined)?.current;
              if (current && typeof current.etag === 'string') return { kind: 'conflict', current: asConflict(current) };
            }
            if (error instanceof ApiFailure && error.status === 400) {
              setServerIssues(error.details);
              return { kind: 'rejected' };
            }
            setSaveError(error);
            return { kind: 'failed' };
          }
        },
      }),
  );
  useEffect(() => {
    controller.resume();
    return () => controller.flush();
  }, [controller]);
  const save = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  useUnsavedGuard(save.status);

  const issues = useMemo(() => {
    const all = [...draftIssues(draft, locale), ...serverIssues];
    const at = (path: string) => [...new Set(all.filter((i) => i.path === path).map((i) => i.message))];
    const under = (path: string) => [...new Set(all.filter((i) => i.path === path || i.path.startsWith(`${path}.`)).map((i) => i.message))];
    return { at, under };
  }, [draft, serverIssues, locale]);

  const edit = (change: Partial<NotebookDraft>) => {
    const next = store.update((d) => ({ ...d, ...change }));
    setServerIssues([]);
    controller.edit(next, draftIssues(next, locale).length === 0);
  };

  // Approval: facilitators, once what is on screen is stored (the approval names the stored version).
  const mayApprove = can(role, 'notebook.approve');
  const settled = save.status === 'idle' || save.status === 'saved';
  const [approval, setApproval] = useState<{ open: boolean; busy: boolean; error?: unknown }>({ open: false, busy: false });
  const [approvedNotice, setApprovedNotice] = useState<string | undefined>(undefined);
  async function approve() {
    if (approval.busy) return;
    setApproval({ open: true, busy: true });
    try {
      const approved = await approveNotebook(api, communityId, nid, controller.getSnapshot().etag);
      controller.load(store.get(), approved.etag);
      setView(approved);
      setApproval({ open: false, busy: false });
      setApprovedNotice(approved.approvedBy?.name);
      // The button is gone with the draft status: focus goes to the sentence saying it is approved.
      document.getElementById('nb-approve-status')?.focus();
    } catch (error) {
      setApproval({ open: true, busy: false, error });
    }
  }

  const conflict = save.status === 'conflict' && save.conflict ? save.conflict.notebook : null;
  const rows = conflict ? conflictRows(draft, draftOf(conflict), t) : [];
  const sameContent = conflict !== null && rows.length === 0;
  const takeTheirs = useCallback(() => {
    const state = controller.getSnapshot();
    const current = state.status === 'conflict' && state.conflict ? state.conflict.notebook : null;
    if (!current) return;
    store.update(() => draftOf(current));
    setServerIssues([]);
    setView(current);
    controller.takeTheirs();
  }, [store, controller, setView]);
  useEffect(() => {
    // Both versions say the same thing: adopting theirs (its ETag) loses nothing, so do not ask.
    if (sameContent) controller.takeTheirs();
  }, [sameContent, controller]);

  const summaryCount = draft.summary.trim().length;
  const summaryIssues = issues.at('summary');
  return (
    <div className={styles.stack}>
      <SaveStatus status={save.status} error={saveError} lastSaved={lastSavedOf(view)} onRetry={() => controller.retry()} />
      <form className={styles.form} onSubmit={(e) => e.preventDefault()} noValidate aria-label={t('tab.notebooks.title')}>
        <div className={page.card}>
          <div className={page.formStack}>
            <TextField
              id="nb-title"
              label={t('tab.notebooks.field.title')}
              value={draft.title}
              max={120}
              issues={issues.at('title')}
              readOnly={false}
              onChange={(title) => edit({ title })}
            />
            <LineField
              id="nb-tags"
              label={t('tab.notebooks.field.tags')}
              hint={t('tab.notebooks.field.tagsHint')}
              value={draft.tags}
              issues={issues.under('tags')}
              readOnly={false}
              onChange={(tags) => edit({ tags })}
            />
          </div>
        </div>
        <TitledSection headingId="nb-summary-title" title={t('tab.notebooks.summary.title')}>
          <Field
            label={{ children: t('tab.notebooks.field.summary'), htmlFor: 'nb-summary' }}
            hint={
              <span className={fieldStyles.hintRow}>
                <span>{t('tab.notebooks.field.summaryHint')}</span>
                <span className={mergeClasses(fieldStyles.counter, summaryCount > summaryMax && fieldStyles.counterOver)}>
                  {t('tab.field.counter', { count: summaryCount, max: summaryMax })}
                </span>
              </span>
            }
            validationMessage={summaryIssues.length > 0 ? summaryIssues.join(' ') : undefined}
          >
            <Textarea
              id="nb-summary"
              value={draft.summary}
              rows={12}
              resize="vertical"
              onChange={(_e, data) => edit({ summary: data.value })}
            />
          </Field>
        </TitledSection>
        <TitledSection headingId="nb-minutes-title" title={t('tab.notebooks.minutes.title')} testId="notebook-minutes">
          {view.seesMinutes ? (
            <div className={page.formStack}>
              <TextField
                id="nb-minutes-text"
                label={t('tab.notebooks.field.minutesText')}
                value={draft.minutesText}
                max={20_000}
                multiline
                issues={issues.at('minutes.text')}
                readOnly={false}
                onChange={(minutesText) => edit({ minutesText })}
              />
              <LineField
                id="nb-minutes-url"
                type="url"
                label={t('tab.notebooks.field.minutesUrl')}
                value={draft.minutesUrl}
                issues={issues.at('minutes.url')}
                readOnly={false}
                onChange={(minutesUrl) => edit({ minutesUrl })}
              />
            </div>
          ) : (
            <Body1 as="p" className={page.muted} data-testid="minutes-hidden">
              {t('tab.notebooks.minutes.coreOnly')}
            </Body1>
          )}
        </TitledSection>
        <TitledSection headingId="nb-resources-title" title={t('tab.notebooks.resources.title')}>
          <ResourcesEditor
            resources={draft.resources}
            stored={view.resources}
            issuesAt={issues.at}
            issuesUnder={issues.under}
            onChange={(resources) => edit({ resources })}
          />
        </TitledSection>
        <TitledSection headingId="nb-recording-title" title={t('tab.notebooks.recording.title')}>
          <div className={page.formStack}>
            <Body1 as="p" className={page.muted} style={{ margin: 0 }} id="nb-recording-note">
              {t('tab.notebooks.recording.note')}
            </Body1>
            <LineField
              id="nb-recording-url"
              type="url"
              label={t('tab.notebooks.field.recordingUrl')}
              value={draft.recordingUrl}
              issues={issues.at('recording.url')}
              readOnly={false}
              onChange={(recordingUrl) => edit({ recordingUrl })}
            />
            <Field required={draft.recordingUrl.trim() !== ''} validationMessage={issues.at('recording.consent').join(' ') || undefined}>
              <Checkbox
                id="nb-recording-consent"
                label={t('tab.notebooks.field.recordingConsent')}
                aria-describedby="nb-recording-note"
                checked={draft.recordingConsent}
                onChange={(_e, data) => edit({ recordingConsent: data.checked === true })}
              />
            </Field>
          </div>
        </TitledSection>
      </form>
      <TitledSection headingId="nb-people-title" title={t('tab.notebooks.people.title')}>
        <NotebookPeople view={view} />
        {mayApprove && (
          <div className={styles.approve} style={{ marginTop: '16px' }}>
            {view.status === 'draft' && (
              <>
                <Button
                  appearance="primary"
                  icon={<CheckmarkRegular />}
                  disabled={!settled}
                  aria-describedby={settled ? undefined : 'nb-approve-wait'}
                  onClick={() => setApproval({ open: true, busy: false })}
                >
                  {t('tab.notebooks.approve')}
                </Button>
                {!settled && (
                  <span id="nb-approve-wait" className={fieldStyles.hint}>
                    {t('tab.notebooks.approve.waitSave')}
                  </span>
                )}
              </>
            )}
          </div>
        )}
        {/* Always mounted, so screen readers hear the approval. */}
        <p role="status" id="nb-approve-status" tabIndex={-1} className={styles.status} data-testid="approve-status">
          {approvedNotice !== undefined && t('tab.notebooks.approve.done', { name: approvedNotice })}
        </p>
      </TitledSection>
      <ConfirmDialog
        open={approval.open}
        title={t('tab.notebooks.approve.title')}
        body={t('tab.notebooks.approve.body')}
        problem={
          approval.error !== undefined && (
            <MessageBar intent="error" layout="multiline" role="alert">
              <MessageBarBody>{failureMessage(approval.error, t)}</MessageBarBody>
            </MessageBar>
          )
        }
        confirmLabel={t('tab.notebooks.approve')}
        confirmIcon={<CheckmarkRegular />}
        busy={approval.busy}
        onConfirm={() => void approve()}
        onCancel={() => !approval.busy && setApproval({ open: false, busy: false })}
      />
      <ConflictDialog
        open={conflict !== null && !sameContent}
        title={t('tab.notebooks.conflict.title')}
        theirName={conflict?.updatedBy?.name ?? t('tab.conflict.someone')}
        rows={rows}
        onKeepMine={() => controller.keepMine()}
        onTakeTheirs={takeTheirs}
      />
    </div>
  );
}
