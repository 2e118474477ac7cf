import { translate } from '@elan/core/i18n/translate';
import { dispositions, stakeholderKinds } from '@elan/core/workshops/ecosystem';
import { Button, makeStyles } from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowUploadRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import type { FormApi } from '../form/formApi';
import { CsvReport } from './CsvReport';
import { type ImportResult, type ImportVocabulary, importStakeholders, stakeholdersToCsv } from './stakeholdersCsv';
import { newStakeholderId, type Stakeholder } from './useEcosystem';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
});

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase()
    .trim();

/** Kinds and dispositions may be typed by their label in either language. */
function vocabulary(): ImportVocabulary {
  const kind: ImportVocabulary['kind'] = {};
  const disposition: ImportVocabulary['disposition'] = {};
  for (const locale of ['fr', 'en'] as const) {
    for (const k of stakeholderKinds) kind[fold(translate(locale, `doc.stakeholderKind.${k}`))] = k;
    for (const d of dispositions) disposition[fold(translate(locale, `doc.disposition.${d}`))] = d;
  }
  return { kind, disposition };
}

/** Saves a text as a file in the browser. */
export function saveText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Export the stakeholders as CSV (safe to open in a spreadsheet) and import them back; bad rows are reported. */
export function CsvTools({ form, stakeholders }: { form: FormApi; stakeholders: readonly Partial<Stakeholder>[] }) {
  const { t, locale, readOnly } = form;
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [report, setReport] = useState<ImportResult | undefined>(undefined);

  const exportCsv = () =>
    saveText(stakeholdersToCsv(stakeholders, locale === 'fr' ? ';' : ','), t('tab.w5.csv.fileName'), 'text/csv;charset=utf-8');

  const importFile = async (file: File) => {
    const result = importStakeholders(await file.text(), stakeholders as Stakeholder[], {
      newId: newStakeholderId,
      vocabulary: vocabulary(),
    });
    if (result.added + result.updated > 0) form.set('stakeholders', result.stakeholders);
    setReport(result);
  };

  const reason = (p: ImportResult['problems'][number]) =>
    t('tab.w5.csv.problem', { row: p.row, reason: t(`tab.w5.csv.reason.${p.reason}`, { value: p.value ?? '' }) });

  return (
    <div>
      <div className={styles.row}>
        <Button icon={<ArrowDownloadRegular />} onClick={exportCsv} disabled={stakeholders.length === 0}>
          {t('tab.w5.csv.export')}
        </Button>
        {!readOnly && (
          <>
            <Button icon={<ArrowUploadRegular />} onClick={() => input.current?.click()}>
              {t('tab.w5.csv.import')}
            </Button>
            <input
              ref={input}
              type="file"
              accept=".csv,text/csv"
              hidden
              data-testid="csv-input"
              aria-label={t('tab.w5.csv.import')}
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void importFile(file);
              }}
            />
          </>
        )}
      </div>
      {report && (
        <CsvReport
          t={t}
          testId="csv-report"
          summary={t('tab.w5.csv.summary', { added: report.added, updated: report.updated, skipped: report.problems.length })}
          missingColumns={report.missingColumns}
          problems={report.problems.map((p) => ({ key: `${p.row}-${p.reason}`, text: reason(p) }))}
          onDismiss={() => setReport(undefined)}
        />
      )}
    </div>
  );
}
