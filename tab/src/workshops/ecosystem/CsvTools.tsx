import { translate } from '@elan/core/i18n/translate';
import { dispositions, stakeholderKinds } from '@elan/core/workshops/ecosystem';
import { useState } from 'react';
import type { FormApi } from '../form/formApi';
import { CsvButtons, foldWord } from './CsvButtons';
import { CsvReport } from './CsvReport';
import { type ImportResult, type ImportVocabulary, importStakeholders, stakeholdersToCsv } from './stakeholdersCsv';
import { newStakeholderId, type Stakeholder } from './useEcosystem';

/** Kinds and dispositions may be typed by their label in either language. */
function vocabulary(): ImportVocabulary {
  const kind: ImportVocabulary['kind'] = {};
  const disposition: ImportVocabulary['disposition'] = {};
  for (const locale of ['fr', 'en'] as const) {
    for (const k of stakeholderKinds) kind[foldWord(translate(locale, `doc.stakeholderKind.${k}`))] = k;
    for (const d of dispositions) disposition[foldWord(translate(locale, `doc.disposition.${d}`))] = d;
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
      <CsvButtons
        exportLabel={t('tab.w5.csv.export')}
        importLabel={t('tab.w5.csv.import')}
        onExport={exportCsv}
        exportDisabled={stakeholders.length === 0}
        readOnly={readOnly}
        onFile={(file) => void importFile(file)}
        inputTestId="csv-input"
      />
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
