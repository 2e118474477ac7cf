import type { WorkshopView } from '@elan/core/contract';
import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { ArrowCounterclockwiseRegular, EyeRegular } from '@fluentui/react-icons';
import { useCallback, useState } from 'react';
import { getVersion, listVersions, restoreVersion, type VersionSummary } from '../../api/endpoints';
import { ApiFailure } from '../../api/failure';
import { announce } from '../../common/announcer';
import { ErrorState } from '../../common/ErrorState';
import { failureMessage } from '../../common/failureMessage';
import { LoadingState } from '../../common/LoadingState';
import { useLoad } from '../../common/useLoad';
import { diffFields } from '../../conflict/diffFields';
import { useSession } from '../../session/SessionContext';
import type { AutosaveState } from '../../save/autosaveMachine';
import type { FormApi, WorkshopDefinition } from './formApi';
import { formatFieldValue } from './formatValue';
import { isField, pathLabel } from './labels';
import { ConfirmDialog } from '../../common/ConfirmDialog';
import { formatInstant } from '../../i18n/formatDate';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '8px' },
  item: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: '8px', display: 'flex', flexDirection: 'column', gap: '4px' },
  meta: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', gap: '4px', flexWrap: 'wrap' },
  diff: { margin: '4px 0 0', paddingLeft: '16px', fontSize: tokens.fontSizeBase200, whiteSpace: 'pre-line', overflowWrap: 'anywhere' },
});

type Preview =
  { version: number; rows: { field: string; label: string; then: string; now: string }[] } | { version: number; error: unknown };

/**
 * What the history, and the aside's tools around it, work from: the form, its workshop, the save state, and what
 * to do once a version is restored.
 */
export interface HistoryPanelProps {
  form: FormApi;
  definition: WorkshopDefinition;
  save: AutosaveState;
  onRestored(view: WorkshopView): void;
}

/** The versions of a workshop (who, when, which fields), a look at any of them, and restore (as a new version). */
export function HistoryPanel({ form, definition, save, onRestored }: HistoryPanelProps) {
  const { t, locale, n, communityId, readOnly, labels } = form;
  const { api } = useSession();
  const styles = useStyles();
  // A new version after every save: the list follows the stored version (its etag).
  const etag = save.etag;
  const [loaded, reload] = useLoad(
    useCallback(() => listVersions(api, communityId, n).then((v) => ({ etag, v })), [api, communityId, n, etag]),
  );
  // Keep showing the last list while the next one loads, so the page does not jump at every save.
  const [last, setLast] = useState<VersionSummary[] | undefined>(undefined);
  if (loaded.status === 'ready' && loaded.data.v !== last) setLast(loaded.data.v);
  const versions: typeof loaded | { status: 'ready'; data: VersionSummary[] } =
    loaded.status === 'ready'
      ? { status: 'ready', data: loaded.data.v }
      : last && loaded.status === 'loading'
        ? { status: 'ready', data: last }
        : loaded;
  const [preview, setPreview] = useState<Preview | undefined>(undefined);
  const [confirm, setConfirm] = useState<VersionSummary | undefined>(undefined);
  // What the confirmation shows, kept while it closes (the dialog stays mounted: see AskDialog).
  const [asked, setAsked] = useState<VersionSummary | undefined>(undefined);
  const ask = (v: VersionSummary) => {
    setAsked(v);
    setConfirm(v);
  };
  const [restoring, setRestoring] = useState<{ busy: boolean; error?: unknown }>({ busy: false });
  const settled = save.status === 'idle' || save.status === 'saved';
  const when = (iso: string) => formatInstant(locale, iso);
  const fieldsOf = (changed: string[]) => changed.map((f) => (isField(labels, f) ? pathLabel(f, labels, t) : f)).join(', ');

  const look = async (version: number) => {
    if (preview?.version === version) return setPreview(undefined);
    try {
      const stored = await getVersion(api, communityId, n, version);
      const refs = definition.refs;
      const rows = diffFields(stored.data, form.draft, labels.order).map((field) => ({
        field,
        label: isField(labels, field) ? pathLabel(field, labels, t) : field,
        then: formatFieldValue(field, stored.data[field], labels, t, refs?.(stored.data)),
        now: formatFieldValue(field, form.draft[field], labels, t, refs?.(form.draft)),
      }));
      setPreview({ version, rows });
    } catch (error) {
      setPreview({ version, error });
    }
  };

  const restore = async (version: number) => {
    setRestoring({ busy: true });
    try {
      const view = await restoreVersion(api, communityId, n, version, save.etag);
      onRestored(view);
      setConfirm(undefined);
      setPreview(undefined);
      setRestoring({ busy: false });
      announce(t('tab.history.restored', { version, now: view.version }));
      reload();
    } catch (error) {
      setRestoring({ busy: false, error });
      if (error instanceof ApiFailure && error.status === 412) reload();
    }
  };

  let content: React.ReactNode;
  if (versions.status === 'loading') content = <LoadingState />;
  else if (versions.status === 'error') {
    content =
      versions.error instanceof ApiFailure && versions.error.status === 404 ? (
        <p className={styles.meta}>{t('tab.history.unavailable')}</p>
      ) : (
        <ErrorState error={versions.error} onRetry={reload} />
      );
  } else if (versions.data.length === 0) content = <p className={styles.meta}>{t('tab.history.empty')}</p>;
  else {
    const list = versions.data;
    content = (
      <>
        {!readOnly && !settled && <p className={styles.meta}>{t('tab.history.waitForSave')}</p>}
        <ol className={styles.list} data-testid="history">
          {list.map((v, i) => (
            <li key={v.version} className={styles.item} data-version={v.version}>
              <strong>
                {i === 0 ? t('tab.history.current', { version: v.version }) : t('tab.history.version', { version: v.version })}
              </strong>
              <span className={styles.meta}>
                {t('tab.history.by', { date: when(v.updatedAt), name: v.updatedBy?.name ?? t('tab.conflict.someone') })}
              </span>
              <span className={styles.meta}>
                {v.changed.length > 0 ? t('tab.history.changed', { fields: fieldsOf(v.changed) }) : t('tab.history.noChange')}
              </span>
              {i > 0 && (
                <span className={styles.actions}>
                  <Button
                    size="small"
                    icon={<EyeRegular />}
                    aria-expanded={preview?.version === v.version}
                    aria-label={t('tab.history.compareNamed', { version: v.version })}
                    onClick={() => void look(v.version)}
                  >
                    {t('tab.history.compare')}
                  </Button>
                  {!readOnly && (
                    <Button
                      size="small"
                      icon={<ArrowCounterclockwiseRegular />}
                      disabled={!settled}
                      aria-label={t('tab.history.restoreNamed', { version: v.version })}
                      onClick={() => ask(v)}
                    >
                      {t('tab.history.restore')}
                    </Button>
                  )}
                </span>
              )}
              {preview?.version === v.version &&
                ('error' in preview ? (
                  <ErrorState error={preview.error} />
                ) : preview.rows.length === 0 ? (
                  <p className={styles.meta}>{t('tab.history.same')}</p>
                ) : (
                  <ul className={styles.diff} aria-label={t('tab.history.diffTitle', { version: v.version })}>
                    {preview.rows.map((r) => (
                      <li key={r.field}>
                        <strong>{r.label}</strong>
                        {'\n'}
                        {t('tab.history.then', { value: r.then })}
                        {'\n'}
                        {t('tab.history.now', { value: r.now })}
                      </li>
                    ))}
                  </ul>
                ))}
            </li>
          ))}
        </ol>
      </>
    );
  }
  return (
    <>
      {content}
      {asked && (
        <ConfirmDialog
          open={confirm !== undefined}
          title={t('tab.history.confirmTitle', { version: asked.version })}
          body={t('tab.history.confirmBody', { version: asked.version, date: when(asked.updatedAt) })}
          problem={
            restoring.error !== undefined && (
              <MessageBar intent="error" role="alert">
                <MessageBarBody>
                  {restoring.error instanceof ApiFailure && restoring.error.status === 412
                    ? t('tab.history.conflict')
                    : failureMessage(restoring.error, t)}
                </MessageBarBody>
              </MessageBar>
            )
          }
          confirmLabel={t('tab.history.confirm')}
          busy={restoring.busy}
          onConfirm={() => void restore(asked.version)}
          onCancel={() => setConfirm(undefined)}
        />
      )}
    </>
  );
}
