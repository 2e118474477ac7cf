import { foldWord } from '@elan/core/csv/csv';
import { locales } from '@elan/core/i18n/locale';
import { translate } from '@elan/core/i18n/translate';
import { dispositions, stakeholderKinds } from '@elan/core/workshops/ecosystem';
import { loadCatalog } from '../../i18n/loadedCatalogs';
import type { FormApi } from '../form/formApi';
import { CsvTableTools } from './CsvTableTools';
import { type ImportVocabulary, importStakeholders, stakeholdersToCsv } from './stakeholdersCsv';
import { newStakeholderId, type Stakeholder } from './useEcosystem';

/** Kinds and dispositions may be typed by their label in either language, so both catalogs are loaded first. */
async function vocabulary(): Promise<ImportVocabulary> {
  await Promise.all(locales.map(loadCatalog));
  const kind: ImportVocabulary['kind'] = {};
  const disposition: ImportVocabulary['disposition'] = {};
  for (const locale of locales) {
    for (const k of stakeholderKinds) kind[foldWord(translate(locale, `doc.stakeholderKind.${k}`))] = k;
    for (const d of dispositions) disposition[foldWord(translate(locale, `doc.disposition.${d}`))] = d;
  }
  return { kind, disposition };
}

/** Export the stakeholders as CSV (safe to open in a spreadsheet) and import them back; bad rows are reported. */
export function CsvTools({ form, stakeholders }: { form: FormApi; stakeholders: readonly Partial<Stakeholder>[] }) {
  const { t, locale, readOnly } = form;
  return (
    <div>
      <CsvTableTools
        t={t}
        readOnly={readOnly}
        exportLabel={t('tab.w5.csv.export')}
        importLabel={t('tab.w5.csv.import')}
        fileName={t('tab.w5.csv.fileName')}
        exportDisabled={stakeholders.length === 0}
        testId="csv"
        toCsv={() => stakeholdersToCsv(stakeholders, locale === 'fr' ? ';' : ',')}
        importCsv={async (text) =>
          importStakeholders(text, stakeholders as Stakeholder[], { newId: newStakeholderId, vocabulary: await vocabulary() })
        }
        apply={(result) => form.set('stakeholders', result.stakeholders)}
        summary={(r) => t('tab.w5.csv.summary', { added: r.added, updated: r.updated, skipped: r.problems.length })}
        problemText={(p) => t('tab.w5.csv.problem', { row: p.row, reason: t(`tab.w5.csv.reason.${p.reason}`, { value: p.value ?? '' }) })}
      />
    </div>
  );
}
