import type { DecisionsDraft } from '@elan/core/workshops/decisions';
import { abstentionMeanings, anonymityDefaults, deciders, decisionMethods } from '@elan/core/workshops/decisions';
import { Button, makeStyles } from '@fluentui/react-components';
import { SparkleRegular, TableAddRegular } from '@fluentui/react-icons';
import { FCheckbox, FNumber, FRadios, FSelect, FText } from '../form/bound';
import type { FormApi } from '../form/formApi';
import { ListEditor } from '../form/ListEditor';
import { FieldRow, Section } from '../form/Section';
import { useFieldStyles } from '../fields/styles';
import { RowVoice } from './RowVoice';
import {
  applyPreset,
  charterAmendmentPreset,
  defaultsPreset,
  type MatrixRow,
  type RulePreset,
  rulePresets,
  withStarterRows,
} from './presets';

const useStyles = makeStyles({
  presets: { display: 'flex', flexWrap: 'wrap', gap: '6px', alignItems: 'center' },
});

const presetNames = Object.keys(rulePresets) as RulePreset[];

/** Every field of workshop 4: the decision matrix with its presets, the default rules, voice, friction and amendment. */
export function DecisionsForm({ form }: { form: FormApi }) {
  const { t, readOnly } = form;
  const styles = useStyles();
  const fieldStyles = useFieldStyles();
  const draft = form.draft as DecisionsDraft;
  const rows = draft.decisionMatrix ?? [];
  const rule = (path: string) => (
    <FieldRow>
      <FSelect form={form} path={`${path}.method`} values={decisionMethods} />
      <FNumber form={form} path={`${path}.quorumPct`} min={0} max={100} />
      <FNumber form={form} path={`${path}.votingDays`} min={1} max={21} />
    </FieldRow>
  );
  return (
    <>
      <Section title={t('tab.w4.section.matrix')}>
        <ListEditor
          form={form}
          path="decisionMatrix"
          max={20}
          hint={t('tab.w4.decisionMatrix.hint')}
          newItem={() => ({ decisionType: '' })}
          extraActions={
            !readOnly && rows.length < 20 ? (
              <Button
                icon={<TableAddRegular />}
                onClick={() =>
                  form.set(
                    'decisionMatrix',
                    withStarterRows(rows as MatrixRow[], (key) => t(`tab.w4.starter.${key}` as 'tab.w4.starter.purpose')),
                  )
                }
              >
                {t('tab.w4.starter.add')}
              </Button>
            ) : undefined
          }
          renderItem={(path, i) => (
            <>
              <FieldRow>
                <FText form={form} path={`${path}.decisionType`} max={80} />
                <FSelect form={form} path={`${path}.whoDecides`} values={deciders} />
              </FieldRow>
              {rule(path)}
              <RowVoice form={form} path={path} />
              {!readOnly && (
                <div className={styles.presets} role="group" aria-label={t('tab.w4.presets.group', { n: i + 1 })}>
                  <span className={fieldStyles.hint}>{t('tab.w4.presets.label')}</span>
                  {presetNames.map((p) => (
                    <Button
                      key={p}
                      size="small"
                      aria-label={t('tab.w4.presets.apply', { preset: t(`tab.w4.preset.${p}`), n: i + 1 })}
                      onClick={() => form.set(path, applyPreset((rows[i] ?? {}) as MatrixRow, p))}
                    >
                      {t(`tab.w4.preset.${p}`)}
                    </Button>
                  ))}
                </div>
              )}
            </>
          )}
        />
      </Section>
      <Section title={t('tab.w4.section.defaults')}>
        <p className={fieldStyles.hint}>{t('tab.w4.defaults.hint')}</p>
        {rule('defaults')}
        <FNumber form={form} path="defaults.reminderHoursBeforeClose" min={0} max={168} />
        {!readOnly && (
          <div>
            <Button icon={<SparkleRegular />} onClick={() => form.set('defaults', { ...defaultsPreset })}>
              {t('tab.w4.defaults.useRecommended')}
            </Button>
          </div>
        )}
      </Section>
      <Section title={t('tab.w4.section.voice')}>
        <FRadios form={form} path="anonymityDefault" values={anonymityDefaults} />
        <FCheckbox form={form} path="hideResultsUntilClose" hint={t('tab.w4.hideResultsUntilClose.hint')} />
        <FRadios form={form} path="abstentionMeaning" values={abstentionMeanings} />
        <FText form={form} path="objectionRule" max={400} multiline hint={t('tab.w4.objectionRule.hint')} />
        {!readOnly && !draft.objectionRule?.trim() && (
          <div>
            <Button size="small" onClick={() => form.set('objectionRule', t('tab.w4.objectionRule.default'))}>
              {t('tab.w4.useSuggestedText')}
            </Button>
          </div>
        )}
      </Section>
      <Section title={t('tab.w4.section.friction')}>
        <FText form={form} path="conflictProcess" max={500} multiline />
        {!readOnly && !draft.conflictProcess?.trim() && (
          <div>
            <Button size="small" onClick={() => form.set('conflictProcess', t('tab.w4.conflictProcess.default'))}>
              {t('tab.w4.useSuggestedText')}
            </Button>
          </div>
        )}
        <ListEditor
          form={form}
          path="sponsorVeto"
          max={20}
          compact
          hint={t('tab.w4.sponsorVeto.hint')}
          newItem={() => ''}
          renderItem={(path, i) => (
            <FText form={form} path={path} label={t('tab.list.itemLabel', { label: t('tab.w4.sponsorVetoItem'), n: i + 1 })} max={80} />
          )}
        />
      </Section>
      <Section title={t('tab.w4.section.amendment')} testId="charter-amendment">
        <p className={fieldStyles.hint}>{t('tab.w4.charterAmendment.hint')}</p>
        {rule('charterAmendment')}
        {!readOnly && (
          <div>
            <Button icon={<SparkleRegular />} onClick={() => form.set('charterAmendment', { ...charterAmendmentPreset })}>
              {t('tab.w4.charterAmendment.useRecommended')}
            </Button>
          </div>
        )}
      </Section>
    </>
  );
}
