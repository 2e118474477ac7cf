import { translate } from '@elan/core/i18n/translate';
import { relationshipTypes } from '@elan/core/workshops/ecosystem';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowUploadRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import type { FormApi } from '../form/formApi';
import { CsvReport } from './CsvReport';
import { saveText } from './CsvTools';
import { importRelationships, type RelationshipImportResult, relationshipsToCsv } from './relationshipsCsv';
import type { Relationship, Stakeholder } from './useEcosystem';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
  hint: { margin: '0 0 8px', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase()
    .trim();

/** Relationship types may be typed by their label in either language. */
function typeWords(): Record<string, (typeof relationshipTypes)[number]> {
  const words: Record<string, (typeof relationshipTypes)[number]> = {};
  for (const locale of ['fr', 'en'] as const)
    for (const type of relationshipTypes) words[fold(translate(locale, `doc.relationship.${type}`))] = type;
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
  const input = useRef<HTMLInputElement>(null);
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
      <div className={styles.row}>
        <Button icon={<ArrowDownloadRegular />} onClick={exportCsv} disabled={relationships.length === 0}>
          {t('tabAsks.relCsv.export')}
        </Button>
        {!readOnly && (
          <>
            <Button icon={<ArrowUploadRegular />} onClick={() => input.current?.click()}>
              {t('tabAsks.relCsv.import')}
            </Button>
            <input
              ref={input}
              type="file"
              accept=".csv,text/csv"
              hidden
              data-testid="relationships-csv-input"
              aria-label={t('tabAsks.relCsv.import')}
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
