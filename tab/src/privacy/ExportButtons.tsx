import { Button, makeStyles, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { ArrowDownloadRegular, FolderZipRegular } from '@fluentui/react-icons';
import { useDownloads } from '../community/useDownloads';
import { useT } from '../i18n/useT';
import { explainPrivacyFailure } from './explainFailure';
import { exportPath } from './privacyEndpoints';

const formats = ['json', 'zip'] as const;

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: '8px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'center' },
});

/** The community's export as JSON or as a ZIP of JSON and CSV, downloaded like the charter (token, progress, errors). */
export function ExportButtons({ communityId }: { communityId: string }) {
  const { t } = useT();
  const styles = useStyles();
  const { states, download } = useDownloads(formats);
  const label = (format: (typeof formats)[number]) => t(format === 'zip' ? 'privacyTab.export.zip' : 'privacyTab.export.json');

  return (
    <div className={styles.stack}>
      <div className={styles.row}>
        {formats.map((format) => {
          const busy = states[format].name === 'busy';
          return (
            <Button
              key={format}
              data-testid={`export-${format}`}
              icon={busy ? <Spinner size="tiny" /> : format === 'zip' ? <FolderZipRegular /> : <ArrowDownloadRegular />}
              disabled={busy}
              onClick={() =>
                void download(format, {
                  path: exportPath(communityId, format),
                  // The API's own name (Content-Disposition) is not readable across origins; this one is the same.
                  fallbackName: t(format === 'zip' ? 'privacyTab.export.fileName.zip' : 'privacyTab.export.fileName.json', {
                    id: communityId,
                  }),
                  preparing: t('privacyTab.export.preparing'),
                  done: t('privacyTab.export.done'),
                })
              }
            >
              {busy ? t('privacyTab.export.preparing') : label(format)}
            </Button>
          );
        })}
      </div>
      {formats.map((format) => {
        const state = states[format];
        return state.name === 'failed' ? (
          <MessageBar key={format} intent="error" layout="multiline" data-testid={`export-error-${format}`}>
            <MessageBarBody>
              {label(format)} : {explainPrivacyFailure(state.error, t)}
            </MessageBarBody>
          </MessageBar>
        ) : null;
      })}
    </div>
  );
}
