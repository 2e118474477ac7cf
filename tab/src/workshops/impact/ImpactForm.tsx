import type { ImpactDraft } from '@elan/core/workshops/impact';
import {
  indicatorFrequencies,
  indicatorMeasures,
  indicatorSources,
  pulseFrequencies,
  reportCadences,
  storyConsents,
  valueCycles,
} from '@elan/core/workshops/impact';
import { Badge, makeStyles } from '@fluentui/react-components';
import { CheckmarkRegular, WarningRegular } from '@fluentui/react-icons';
import { Suspense } from 'react';
import { lazyScreen } from '../../routing/lazyScreen';
import { FCheckbox, FDate, FMulti, FNumber, FPerson, FRadios, FSelect, FText } from '../form/bound';
import type { FormApi } from '../form/formApi';
import { ListEditor } from '../form/ListEditor';
import { FieldRow, Section } from '../form/Section';
import { useFieldStyles } from '../fields/styles';
import { cycleCoverage, pulseItemIds } from './starterIndicators';
import { HandMeasurements } from './HandMeasurements';
import { StarterPicker } from './StarterPicker';

// Its own download, with the rest of the catalog when that has not arrived yet (see lazyScreen).
const CompassPanel = lazyScreen(() => import('../../compass/CompassPanel'), { fallback: null });

const useStyles = makeStyles({
  coverage: { listStyleType: 'none', display: 'flex', flexWrap: 'wrap', gap: '6px', margin: 0, padding: 0 },
});

/** Every field of workshop 6: indicators per value cycle, pulse, stories, compass schedule and reporting; then the compass itself. */
export function ImpactForm({ form }: { form: FormApi }) {
  const { t } = form;
  const styles = useStyles();
  const fieldStyles = useFieldStyles();
  const draft = form.draft as ImpactDraft;
  const indicators = draft.indicators ?? [];
  const coverage = cycleCoverage(indicators, valueCycles);
  // Items chosen before the bank existed (or typed elsewhere) stay visible and can be unticked.
  const pulseValues = [
    ...pulseItemIds,
    ...(draft.pulse?.itemIds ?? []).filter((id): id is string => !!id && !(pulseItemIds as readonly string[]).includes(id)),
  ];
  return (
    <>
      <Section title={t('tab.w6.section.indicators')}>
        <div>
          <p className={fieldStyles.hint} id="w6-coverage-title">
            {t('tab.w6.coverage.title')}
          </p>
          <ul className={styles.coverage} aria-labelledby="w6-coverage-title" data-testid="cycle-coverage">
            {coverage.map(({ cycle, count }, i) => {
              const needed = i < 4;
              const ok = count > 0;
              return (
                <li key={cycle}>
                  <Badge
                    appearance="tint"
                    color={ok ? 'success' : needed ? 'warning' : 'informative'}
                    icon={ok ? <CheckmarkRegular /> : needed ? <WarningRegular /> : undefined}
                    data-cycle={cycle}
                    data-count={count}
                  >
                    {t('tab.w6.coverage.item', { cycle: t(`doc.cycle.${cycle}`), count })}
                  </Badge>
                </li>
              );
            })}
          </ul>
        </div>
        <ListEditor
          form={form}
          path="indicators"
          max={15}
          hint={t('tab.w6.indicators.hint')}
          newItem={() => ({ name: '', definition: '', target: '' })}
          extraActions={form.readOnly ? undefined : <StarterPicker form={form} current={indicators} />}
          renderItem={(path) => (
            <>
              <FText form={form} path={`${path}.name`} max={100} />
              <FieldRow>
                <FSelect form={form} path={`${path}.cycle`} values={valueCycles} />
                <FSelect form={form} path={`${path}.source`} values={indicatorSources} />
                <FSelect form={form} path={`${path}.frequency`} values={indicatorFrequencies} />
              </FieldRow>
              <FieldRow>
                <FSelect form={form} path={`${path}.measure`} values={indicatorMeasures} />
                {form.get(`${path}.measure`) === 'pulseItem' && <FSelect form={form} path={`${path}.pulseItem`} values={pulseItemIds} />}
              </FieldRow>
              <p className={fieldStyles.hint}>{t('tab.w6.indicator.measure.hint')}</p>
              <FText form={form} path={`${path}.definition`} max={250} />
              <FieldRow>
                <FText form={form} path={`${path}.baseline`} max={40} />
                <FText form={form} path={`${path}.target`} max={40} />
              </FieldRow>
            </>
          )}
        />
      </Section>
      <Section title={t('tab.w6.section.pulse')}>
        <p className={fieldStyles.hint}>{t('tab.w6.pulse.hint')}</p>
        <FMulti form={form} path="pulse.itemIds" values={pulseValues} max={15} />
        <FieldRow>
          <FSelect form={form} path="pulse.frequency" values={pulseFrequencies} />
          <FNumber form={form} path="pulse.minRespondents" min={5} max={1000} hint={t('tab.w6.pulse.minRespondents.hint')} />
        </FieldRow>
      </Section>
      <Section title={t('tab.w6.section.stories')}>
        <FPerson form={form} path="storyCollection.owner" />
        <FSelect form={form} path="storyCollection.frequency" values={pulseFrequencies} />
        <FRadios form={form} path="storyCollection.consentDefault" values={storyConsents} />
      </Section>
      <Section title={t('tab.w6.section.reporting')}>
        <FieldRow>
          <FDate form={form} path="compassSchedule.firstDate" />
          <FNumber form={form} path="compassSchedule.everyMonths" min={3} max={12} />
        </FieldRow>
        <FCheckbox form={form} path="compassSchedule.openedByHand" />
        <ListEditor
          form={form}
          path="reportAudience"
          max={10}
          compact
          newItem={() => ''}
          renderItem={(path, i) => (
            <FText form={form} path={path} label={t('tab.list.itemLabel', { label: t('tab.w6.reportAudienceItem'), n: i + 1 })} max={120} />
          )}
        />
        <FRadios form={form} path="reportCadence" values={reportCadences} />
      </Section>
      <HandMeasurements form={form} indicators={indicators} />
      <Suspense fallback={null}>
        <CompassPanel communityId={form.communityId} role={form.role} />
      </Suspense>
    </>
  );
}
