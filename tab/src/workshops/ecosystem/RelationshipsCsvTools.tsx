import { foldWord } from '@elan/core/csv/csv';
import { locales } from '@elan/core/i18n/locale';
import { translate } from '@elan/core/i18n/translate';
import { relationshipTypes } from '@elan/core/workshops/ecosystem';
import { makeStyles, tokens } from '@fluentui/react-components';
import { loadCatalog } from '../../i18n/loadedCatalogs';
import type { FormApi } from '../form/formApi';
import { CsvTableTools } from './CsvTableTools';
import { importRelationships, relationshipsToCsv } from './relationshipsCsv';
import type { EcosystemLists, Relationship } from './useEcosystem';

const useStyles = makeStyles({
  hint: { margin: '0 0 8px', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/** Relationship types may be typed by their label in either language, so both catalogs are loaded first. */
async function typeWords(): Promise<Record<string, (typeof relationshipTypes)[number]>> {
  await Promise.all(locales.map(loadCatalog));
  const words: Record<string, (typeof relationshipTypes)[number]> = {};
  for (const locale of locales) for (const type of relationshipTypes) words[foldWord(translate(locale, `doc.relationship.${type}`))] = type;
  return words;
}

/** Export the relationships as CSV (safe to open in a spreadsheet) and import them back; bad rows are reported. */
export function RelationshipsCsvTools({ form, stakeholders, relationships }: EcosystemLists & { form: FormApi }) {
  const { t, locale, readOnly } = form;
  const styles = useStyles();
  return (
    <div>
      <p className={styles.hint}>{t('tabAsks.relCsv.hint')}</p>
      <CsvTableTools
        t={t}
        readOnly={readOnly}
        exportLabel={t('tabAsks.relCsv.export')}
        importLabel={t('tabAsks.relCsv.import')}
        fileName={t('tabAsks.relCsv.fileName')}
        exportDisabled={relationships.length === 0}
        testId="relationships-csv"
        toCsv={() => relationshipsToCsv(relationships, stakeholders, locale === 'fr' ? ';' : ',')}
        importCsv={async (text) =>
          importRelationships(text, stakeholders, relationships as Relationship[], { typeWords: await typeWords() })
        }
        apply={(result) => form.set('relationships', result.relationships)}
        summary={(r) => t('tabAsks.relCsv.summary', { added: r.added, updated: r.updated, skipped: r.problems.length })}
        problemText={(p) =>
          t('tab.w5.csv.problem', { row: p.row, reason: t(`tabAsks.relCsv.reason.${p.reason}`, { value: p.value ?? '' }) })
        }
      />
    </div>
  );
}
