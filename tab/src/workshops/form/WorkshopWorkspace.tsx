import type { Role } from '@elan/core/community/community';
import type { WorkshopView } from '@elan/core/contract';
import { can } from '@elan/core/policies/can';
import type { WorkshopNumber } from '@elan/core/workshops/registry';
import { makeStyles, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { type ReactNode, useCallback, useDeferredValue, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { FieldDetail } from '../../api/failure';
import { announce } from '../../common/announcer';
import { markFirstWizardRender } from '../../common/firstRenderMark';
import { ConflictDialog } from '../../conflict/ConflictDialog';
import { diffFields } from '../../conflict/diffFields';
import { useT } from '../../i18n/useT';
import { AutosaveController } from '../../save/autosaveController';
import { type LastSaved, SaveStatus } from '../../save/SaveStatus';
import { useUnsavedGuard } from '../../save/useUnsavedGuard';
import { workshopSaver } from '../../save/workshopSaver';
import { useSession } from '../../session/SessionContext';
import { DraftStore } from './draftStore';
import type { FormApi, WorkshopDefinition } from './formApi';
import { formatFieldValue } from './formatValue';
import { fieldDomId, isField, leafLabel, pathLabel } from './labels';
import { appendToDraft, moveInDraft, type Removal, removeManyFromDraft, undoRemoval } from './listOps';
import { MissingPanel } from './MissingPanel';
import { missingForDone } from './missing';
import { getIn, setIn } from './paths';
import { UndoBar } from './UndoBar';
import { isValidDraft, useIssues } from './useIssues';
import { lazyScreen } from '../../routing/lazyScreen';
import type { HistoryPanelProps } from './HistoryPanel';

// The aside's tools (ask the members, history) come after the form, with the rest of the catalog they use.
const WorkshopTools = lazyScreen<HistoryPanelProps>(() => import('./WorkshopTools').then((m) => ({ default: m.WorkshopTools })), {
  fallback: null,
});

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gap: '16px',
    gridTemplateColumns: 'minmax(0, 1fr)',
    alignItems: 'start',
    '@media (min-width: 1024px)': { gridTemplateColumns: 'minmax(0, 1fr) 300px' },
  },
  main: { display: 'flex', flexDirection: 'column', gap: '16px', minWidth: 0 },
  aside: {
    display: 'flex',
    flexDirection: 'column',
    gap: '16px',
    minWidth: 0,
    '@media (min-width: 1024px)': { position: 'sticky', top: '72px' },
  },
  form: { display: 'flex', flexDirection: 'column', gap: '16px', minWidth: 0 },
});

type Draft = Record<string, unknown>;

const lastSavedOf = (w: WorkshopView): LastSaved | undefined =>
  w.updatedAt && w.updatedBy ? { at: w.updatedAt, by: w.updatedBy.name } : undefined;

let removals = 0;

/** A workshop being edited (or read): the form, autosave, validation, what is missing, conflicts, undo, history and polls. */
export function WorkshopWorkspace({
  communityId,
  n,
  role,
  workshop,
  definition,
  adoptedNote,
}: {
  communityId: string;
  n: WorkshopNumber;
  role: Role;
  workshop: WorkshopView;
  definition: WorkshopDefinition;
  adoptedNote?: ReactNode;
}) {
  const { t, locale } = useT();
  const { api } = useSession();
  const styles = useStyles();
  const { labels, Form } = definition;
  const readOnly = !can(role, 'workshop.edit');
  const [store] = useState(() => new DraftStore<Draft>(workshop.data));
  const draft = useSyncExternalStore(store.subscribe, store.get);
  const [serverIssues, setServerIssues] = useState<FieldDetail[]>([]);
  const [saveError, setSaveError] = useState<unknown>(undefined);
  const [lastSaved, setLastSaved] = useState<LastSaved | undefined>(lastSavedOf(workshop));
  const [removal, setRemoval] = useState<Removal | undefined>(undefined);
  const clearRemoval = useCallback(() => setRemoval(undefined), []);
  const [controller] = useState(
    () =>
      new AutosaveController({
        etag: workshop.etag,
        save: workshopSaver({
          api,
          communityId,
          n,
          onSaved: (view) => {
            setLastSaved(lastSavedOf(view));
            setSaveError(undefined);
          },
          onRejected: setServerIssues,
          onFailed: setSaveError,
        }),
      }),
  );
  useEffect(() => {
    controller.resume();
    return () => controller.flush();
  }, [controller]);
  // The benchmark's "first wizard render": the form with its data is on screen.
  useEffect(markFirstWizardRender, []);
  const save = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  useUnsavedGuard(save.status);
  const issues = useIssues(n, labels, draft, serverIssues, locale);
  // What is missing needs the complete schema: worked out after the keystroke is on screen.
  const settledDraft = useDeferredValue(draft);
  const missing = useMemo(() => missingForDone(n, settledDraft, labels.order), [n, settledDraft, labels.order]);

  const edit = useCallback(
    (change: (d: Draft) => Draft) => {
      if (readOnly) return;
      const next = store.update(change);
      setServerIssues([]);
      controller.edit(next, isValidDraft(n, next));
    },
    [readOnly, store, controller, n],
  );

  const removeWith = (path: string, index: number, related: (d: Draft) => readonly { path: string; index: number }[]) => {
    const label = leafLabel(path, labels, t);
    let taken: Removal | undefined;
    edit((d) => {
      // References are found in the latest draft, not in the one this screen last rendered.
      const result = removeManyFromDraft(d, [{ path, index }, ...related(d)], { id: ++removals, label, path });
      taken = result.removal;
      return result.draft;
    });
    if (taken) {
      setRemoval(taken);
      announce(t('tab.undo.announce', { n: index + 1, list: label }));
    }
  };

  const form: FormApi = {
    n,
    communityId,
    role,
    labels,
    draft,
    readOnly,
    t,
    locale,
    get: (path) => getIn(draft, path),
    set: (path, value) => edit((d) => setIn(d, path, value)),
    change: edit,
    issuesAt: issues.issuesAt,
    issuesUnder: issues.issuesUnder,
    domId: (path) => fieldDomId(n, path),
    label: (path) => leafLabel(path, labels, t),
    add: (path, item) => edit((d) => appendToDraft(d, path, item)),
    move: (path, from, to) => edit((d) => moveInDraft(d, path, from, to)),
    remove: (path, index) => removeWith(path, index, () => []),
    removeWith: (path, index, related) => removeWith(path, index, related),
  };

  /** Shows a stored version (restored from history) as the new starting point. */
  const loadVersion = (view: WorkshopView) => {
    store.update(() => view.data);
    controller.load(view.data, view.etag);
    setServerIssues([]);
    setRemoval(undefined);
    setLastSaved(lastSavedOf(view));
  };

  const refs = definition.refs;
  const conflict = save.status === 'conflict' ? save.conflict : null;
  const conflictRows = conflict
    ? diffFields(draft, conflict.data, labels.order).map((field) => ({
        field,
        label: isField(labels, field) ? pathLabel(field, labels, t) : field,
        mine: formatFieldValue(field, draft[field], labels, t, refs?.(draft)),
        theirs: formatFieldValue(field, conflict.data[field], labels, t, refs?.(conflict.data)),
      }))
    : [];
  const sameContent = conflict !== null && conflictRows.length === 0;
  useEffect(() => {
    // Both versions say the same thing: adopting theirs loses nothing, so do not ask.
    if (sameContent) controller.takeTheirs();
  }, [sameContent, controller]);

  return (
    <div className={styles.layout}>
      <div className={styles.main}>
        {readOnly ? (
          <MessageBar intent="info" data-testid="read-only">
            <MessageBarBody>{t('wizard.readOnly')}</MessageBarBody>
          </MessageBar>
        ) : (
          <SaveStatus status={save.status} error={saveError} lastSaved={lastSaved} onRetry={() => controller.retry()} />
        )}
        {adoptedNote}
        {issues.general.length > 0 && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{issues.general.join(' ')}</MessageBarBody>
          </MessageBar>
        )}
        <form className={styles.form} onSubmit={(e) => e.preventDefault()} noValidate>
          <Form form={form} />
        </form>
      </div>
      <aside className={styles.aside} aria-label={t('tab.workspace.aside')}>
        <MissingPanel missing={missing} readOnly={readOnly} labels={labels} />
        <WorkshopTools form={form} definition={definition} save={save} onRestored={loadVersion} />
      </aside>
      {removal && (
        <UndoBar
          removal={removal}
          returnFocusId={`${fieldDomId(n, removal.path)}-add`}
          onUndo={() => {
            edit((d) => undoRemoval(d, removal));
            announce(t('tab.undo.restored'));
            setRemoval(undefined);
          }}
          onDone={clearRemoval}
        />
      )}
      <ConflictDialog
        open={conflict !== null && !sameContent}
        theirName={conflict?.updatedBy?.name ?? t('tab.conflict.someone')}
        rows={conflictRows}
        onKeepMine={() => controller.keepMine()}
        onTakeTheirs={() => {
          if (!conflict) return;
          store.update(() => conflict.data);
          setServerIssues([]);
          setLastSaved(lastSavedOf(conflict));
          controller.takeTheirs();
        }}
      />
    </div>
  );
}
