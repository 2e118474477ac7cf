import { Button, Field, makeStyles, MessageBar, MessageBarBody, Radio, RadioGroup, Spinner } from '@fluentui/react-components';
import { DocumentArrowDownRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { documentPath } from '../api/endpoints';
import { ApiFailure } from '../api/failure';
import { failureMessage } from '../common/failureMessage';
import { useT } from '../i18n/useT';
import { SendToSponsors } from './SendToSponsors';
import { useDownloads } from './useDownloads';

const kinds = ['charter', 'impact-report'] as const;
type Kind = (typeof kinds)[number];

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'center' },
  stack: { display: 'flex', flexDirection: 'column', gap: '8px' },
});

/** Downloads of the charter and the impact report as Word files, in French or English, with progress and errors explained. */
export function Documents({ communityId, language, canSend = false }: { communityId: string; language: 'fr' | 'en'; canSend?: boolean }) {
  const { t } = useT();
  const styles = useStyles();
  const [lang, setLang] = useState<'fr' | 'en'>(language);
  const { states, download: fetchFile } = useDownloads(kinds);

  const download = (kind: Kind) =>
    fetchFile(kind, {
      path: documentPath(communityId, kind, lang),
      fallbackName: t(`tab.docs.fileName.${kind === 'charter' ? 'charter' : 'report'}`),
      preparing: t('tab.docs.preparing'),
      done: t('tab.docs.done'),
    });

  const explain = (error: unknown) => {
    if (error instanceof ApiFailure && error.status === 404) return t('tab.docs.notAvailable');
    if (error instanceof ApiFailure && error.status === 403) return t('tab.docs.forbidden');
    return failureMessage(error, t);
  };

  return (
    <div className={styles.stack}>
      <Field label={t('tab.docs.language')}>
        <RadioGroup layout="horizontal" value={lang} onChange={(_e, d) => setLang(d.value as 'fr' | 'en')}>
          <Radio value="fr" label={t('community.language.fr')} />
          <Radio value="en" label={t('community.language.en')} />
        </RadioGroup>
      </Field>
      <div className={styles.row}>
        {kinds.map((kind) => (
          <Button
            key={kind}
            icon={states[kind].name === 'busy' ? <Spinner size="tiny" /> : <DocumentArrowDownRegular />}
            disabled={states[kind].name === 'busy'}
            onClick={() => void download(kind)}
          >
            {states[kind].name === 'busy' ? t('tab.docs.preparing') : t(kind === 'charter' ? 'tab.docs.charter' : 'tab.docs.report')}
          </Button>
        ))}
      </div>
      {canSend && <SendToSponsors communityId={communityId} lang={lang} />}
      {kinds.map((kind) => {
        const state = states[kind];
        return state.name === 'failed' ? (
          <MessageBar
            key={kind}
            intent={state.error instanceof ApiFailure && state.error.status === 404 ? 'warning' : 'error'}
            layout="multiline"
            data-testid={`docs-error-${kind}`}
          >
            <MessageBarBody>
              {t(kind === 'charter' ? 'tab.docs.charter' : 'tab.docs.report')} : {explain(state.error)}
            </MessageBarBody>
          </MessageBar>
        ) : null;
      })}
    </div>
  );
}
