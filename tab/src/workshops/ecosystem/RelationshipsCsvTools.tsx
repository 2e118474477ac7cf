import { translate } from '@elan/core/i18n/translate';
import { relationshipTypes } from '@elan/core/workshops/ecosystem';
import { makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { FormApi } from '../form/formApi';
import { CsvButtons, foldWord } from './CsvButtons';
import { CsvReport } from './CsvReport';
import { saveText } from './CsvTools';
import { importRelationships, type RelationshipImportResult, relationshipsToCsv } from './relationshipsCsv';
import type { Relationship, Stakeholder } from './useEcosystem';

const useStyles = makeStyles({
  hint: { margin: '0 0 8px', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/** Relationship types may be typed by their label in either language. */
function typeWords(): Record<string, (typeof relationshipTypes)[number]> {
  const words: Record<string, (typeof relationshipTypes)[number]> = {};
  for (const locale of ['fr', 'en'] as const)
    for (const type of relationshipTypes) words[foldWord(translate(locale, `doc.relationship.${type}`))] = type;
  return words;
}

/** Export the relationships as CSV (safe to open in a spreadsheet) and import them back; bad rows are reported. */
export function RelationshipsCsvTools({
  form,
  stakeholders,
  relationships,
}: {
  form: FormApi;
  stakeholders: readonly Partial<Stakeholder>[];
  relationships: readonly Partial<Relationship>[];
}) {
  const { t, locale, readOnly } = form;
  const styles = useStyles();
  const [report, setReport] = useState<RelationshipImportResult | undefined>(undefined);

  const exportCsv = () =>
    saveText(
      relationshipsToCsv(relationships, stakeholders, locale === 'fr' ? ';' : ','),
      t('tabAsks.relCsv.fileName'),
      'text/csv;charset=utf-8',
    );

  const importFile = async (file: File) => {
    const result = importRelationships(await file.text(), stakeholders, relationships as Relationship[], { typeWords: typeWords() });
    if (result.added + result.updated > 0) form.set('relationships', result.relationships);
    setReport(result);
  };

  return (
    <div>
      <p className={styles.hint}>{t('tabAsks.relCsv.hint')}</p>
      <CsvButtons
        exportLabel={t('tabAsks.relCsv.export')}
        importLabel={t('tabAsks.relCsv.import')}
        onExport={exportCsv}
        exportDisabled={relationships.length === 0}
        readOnly={readOnly}
        onFile={(file) => void importFile(file)}
        inputTestId="relationships-csv-input"
      />
      {report && (
        <CsvReport
          t={t}
          testId="relationships-csv-report"
          summary={t('tabAsks.relCsv.summary', { added: report.added, updated: report.updated, skipped: report.problems.length })}
          missingColumns={report.missingColumns}
          problems={report.problems.map((p) => ({
            key: `${p.row}-${p.reason}`,
            text: t('tab.w5.csv.problem', { row: p.row, reason: t(`tabAsks.relCsv.reason.${p.reason}`, { value: p.value ?? '' }) }),
          }))}
          onDismiss={() => setReport(undefined)}
        />
      )}
    </div>
  );
}
