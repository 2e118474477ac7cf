import type { Role } from '@elan/core/community/community';
import type { WorkshopView } from '@elan/core/contract';
import { can } from '@elan/core/policies/can';
import type { IdentityDraft } from '@elan/core/workshops/identity';
import { makeStyles, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { FieldDetail } from '../../api/failure';
import { diffFields } from '../../conflict/diffFields';
import { ConflictDialog } from '../../conflict/ConflictDialog';
import { useT } from '../../i18n/useT';
import { AutosaveController } from '../../save/autosaveController';
import { type LastSaved, SaveStatus } from '../../save/SaveStatus';
import { useUnsavedGuard } from '../../save/useUnsavedGuard';
import { workshopSaver } from '../../save/workshopSaver';
import { useSession } from '../../session/SessionContext';
import type { IdentityFormApi } from './formApi';
import { formatIdentityValue } from './formatValue';
import { IdentityForm } from './IdentityForm';
import { identityFieldOrder, isIdentityField, pathLabel } from './labels';
import { missingForDone } from './missing';
import { MissingPanel } from './MissingPanel';
import { isValidDraft, useIdentityIssues } from './useIdentityIssues';

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gap: '16px',
    gridTemplateColumns: 'minmax(0, 1fr)',
    alignItems: 'start',
    '@media (min-width: 1024px)': { gridTemplateColumns: 'minmax(0, 1fr) 300px' },
  },
  main: { display: 'flex', flexDirection: 'column', gap: '16px', minWidth: 0 },
  aside: { '@media (min-width: 1024px)': { position: 'sticky', top: '72px' } },
});

const lastSavedOf = (w: WorkshopView): LastSaved | undefined =>
  w.updatedAt && w.updatedBy ? { at: w.updatedAt, by: w.updatedBy.name } : undefined;

/** W1 being edited (or read): the form, autosave, validation, what is missing, and conflict resolution. */
export function IdentityWorkspace({ communityId, role, workshop }: { communityId: string; role: Role; workshop: WorkshopView }) {
  const { t, locale } = useT();
  const { api } = useSession();
  const styles = useStyles();
  const readOnly = !can(role, 'workshop.edit');
  const [draft, setDraft] = useState<IdentityDraft>(workshop.data as IdentityDraft);
  const [serverIssues, setServerIssues] = useState<FieldDetail[]>([]);
  const [saveError, setSaveError] = useState<unknown>(undefined);
  const [lastSaved, setLastSaved] = useState<LastSaved | undefined>(lastSavedOf(workshop));
  const [controller] = useState(
    () =>
      new AutosaveController({
        etag: workshop.etag,
        save: workshopSaver({
          api,
          communityId,
          n: 1,
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
  const save = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  useUnsavedGuard(save.status);
  const { issuesAt, general } = useIdentityIssues(draft, serverIssues, locale);
  const missing = useMemo(() => missingForDone(draft), [draft]);

  const form: IdentityFormApi = {
    draft,
    readOnly,
    t,
    issuesAt,
    set: (key, value) => {
      const next: IdentityDraft = { ...draft, [key]: value };
      if (value === undefined) delete next[key];
      setDraft(next);
      setServerIssues([]);
      controller.edit(next, isValidDraft(next));
    },
  };

  const conflict = save.status === 'conflict' ? save.conflict : null;
  const conflictRows = conflict
    ? diffFields(draft, conflict.data, identityFieldOrder).map((field) => ({
        field,
        label: isIdentityField(field) ? pathLabel(field, t) : field,
        mine: isIdentityField(field) ? formatIdentityValue(field, draft[field], t) : JSON.stringify(draft[field as keyof IdentityDraft]),
        theirs: isIdentityField(field) ? formatIdentityValue(field, conflict.data[field], t) : JSON.stringify(conflict.data[field]),
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
        {general.length > 0 && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{general.join(' ')}</MessageBarBody>
          </MessageBar>
        )}
        <IdentityForm form={form} />
      </div>
      <aside className={styles.aside}>
        <MissingPanel missing={missing} readOnly={readOnly} />
      </aside>
      {conflict && !sameContent && (
        <ConflictDialog
          theirName={conflict.updatedBy?.name ?? t('tab.conflict.someone')}
          rows={conflictRows}
          onKeepMine={() => controller.keepMine()}
          onTakeTheirs={() => {
            setDraft(conflict.data as IdentityDraft);
            setServerIssues([]);
            setLastSaved(lastSavedOf(conflict));
            controller.takeTheirs();
          }}
        />
      )}
    </div>
  );
}
