import type { ImpactDraft } from '@elan/core/workshops/impact';
import { measureOf } from '@elan/core/workshops/indicatorMeasure';
import { ChoiceSelect } from '../fields/ChoiceSelect';
import { useFieldStyles } from '../fields/styles';
import { FDate, FNumber } from '../form/bound';
import type { FormApi } from '../form/formApi';
import { ListEditor } from '../form/ListEditor';
import { FieldRow, Section } from '../form/Section';

const maxMeasurements = 500;

/**
 * The values facilitators record by hand for the indicators Élan cannot measure: one row per indicator and
 * date, which the impact report reads as it reads Élan's own figures.
 */
export function HandMeasurements({ form, indicators }: { form: FormApi; indicators: NonNullable<ImpactDraft['indicators']> }) {
  const { t } = form;
  const fieldStyles = useFieldStyles();
  // Only indicators without a measure of Élan's take hand values (the report ignores them for the others).
  const names = indicators.filter((i) => i.name?.trim() && measureOf(i) === null).map((i) => i.name!.trim());
  return (
    <Section title={t('tab.w6.section.measurements')}>
      <p className={fieldStyles.hint}>{t('tab.w6.measurements.hint')}</p>
      <ListEditor
        form={form}
        path="measurements"
        max={maxMeasurements}
        newItem={() => ({ indicator: names[0] ?? '' })}
        renderItem={(path) => {
          const chosen = form.get(`${path}.indicator`);
          // A row for an indicator since renamed keeps showing its name, so it can be corrected or removed.
          const options = [...new Set([...names, ...(typeof chosen === 'string' && chosen ? [chosen] : [])])];
          return (
            <FieldRow>
              <ChoiceSelect
                id={form.domId(`${path}.indicator`)}
                label={form.label(`${path}.indicator`)}
                value={typeof chosen === 'string' && chosen ? chosen : undefined}
                options={options.map((name) => ({ value: name, label: name }))}
                issues={form.issuesAt(`${path}.indicator`)}
                readOnly={form.readOnly}
                onChange={(v) => form.set(`${path}.indicator`, v)}
              />
              <FDate form={form} path={`${path}.date`} />
              <FNumber form={form} path={`${path}.value`} min={-1e9} max={1e9} decimals />
            </FieldRow>
          );
        }}
      />
    </Section>
  );
}
