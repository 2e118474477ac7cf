import { type EcosystemDraft, relationshipTypes } from '@elan/core/workshops/ecosystem';
import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Select } from '@fluentui/react-components';
import { AddRegular, SearchRegular } from '@fluentui/react-icons';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import type { T } from '../../i18n/types';
import { LoadingState } from '../../common/LoadingState';
import { FDate, FOptions, FPerson, FScale, FSelect, FText } from '../form/bound';
import type { FormApi } from '../form/formApi';
import { ListEditor } from '../form/ListEditor';
import { FieldRow, Section } from '../form/Section';
import { Slice } from '../form/Slice';
import { useFieldStyles } from '../fields/styles';
import { CsvTools } from './CsvTools';
import { PowerInterestGrid } from './PowerInterestGrid';
import { ProposedStakeholders } from './ProposedStakeholders';
import { byQuadrant } from './quadrant';
import { RelationshipsCsvTools } from './RelationshipsCsvTools';
import { allTags, degrees, filterStakeholders } from './stakeholderFilter';
import { StakeholderEditor } from './StakeholderEditor';
import { StakeholderTable } from './StakeholderTable';
import { ecosystemOf, newStakeholderId, referencesTo, type EcosystemLists } from './useEcosystem';

const NetworkMap = lazy(() => import('./NetworkMap'));

const useStyles = makeStyles({
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: '8px 12px', alignItems: 'flex-end' },
  grow: { flexGrow: 1, minWidth: '180px' },
  count: { margin: 0 },
});

/** What the table, grid and map show, worked out once per change of the data or the search. */
function useEcosystemView(
  { stakeholders, relationships }: EcosystemLists,
  { query, tag }: { query: string; tag: string },
  { locale, t }: { locale: string; t: T },
  setSelectedId: (id: string | undefined) => void,
) {
  const tags = useMemo(() => allTags(stakeholders, locale), [stakeholders, locale]);
  const shown = useMemo(() => filterStakeholders(stakeholders, query, tag || undefined), [stakeholders, query, tag]);
  const matches = useMemo(() => new Set(shown), [shown]);
  const degree = useMemo(() => degrees(relationships), [relationships]);
  const options = useMemo(
    () => stakeholders.map((s, i) => ({ value: s.id ?? '', label: s.name?.trim() || t('tab.w5.unnamed', { n: i + 1 }) })),
    [stakeholders, t],
  );
  const open = useCallback(
    (index: number) => {
      setSelectedId(stakeholders[index]?.id);
      requestAnimationFrame(() => document.getElementById('stakeholder-editor-title')?.focus());
    },
    [stakeholders, setSelectedId],
  );
  return { tags, shown, matches, degree, options, open };
}

/** Every field of workshop 5: stakeholders (table, grid and map), relationships, the engagement plan and nominations. */
export function EcosystemForm({ form }: { form: FormApi }) {
  const { t, locale, readOnly } = form;
  const styles = useStyles();
  const fieldStyles = useFieldStyles();
  const { draft, stakeholders, relationships, nameOf } = ecosystemOf(form);
  const [query, setQuery] = useState('');
  const [tag, setTag] = useState('');
  const [selectedId, setSelectedId] = useState<string | undefined>(undefined);
  const selected = selectedId === undefined ? undefined : stakeholders.findIndex((s) => s.id === selectedId);
  const { tags, shown, matches, degree, options, open } = useEcosystemView(
    { stakeholders, relationships },
    { query, tag },
    form,
    setSelectedId,
  );
  const manageClosely = byQuadrant(stakeholders).manageClosely;
  const planned = new Set((draft.engagementPlan ?? []).map((p) => p.stakeholderId));
  const withoutPlan = manageClosely.filter((i) => !planned.has(stakeholders[i]?.id ?? ''));

  const add = () => {
    const id = newStakeholderId();
    form.add('stakeholders', { id, name: '', tags: [] });
    setSelectedId(id);
    setQuery('');
    setTag('');
    requestAnimationFrame(() => document.getElementById(form.domId(`stakeholders.${stakeholders.length}.name`))?.focus());
  };
  const remove = (index: number) => {
    if (stakeholders[index]?.id === selectedId) setSelectedId(undefined);
    const id = stakeholders[index]?.id;
    form.removeWith('stakeholders', index, (latest) => referencesTo(latest as EcosystemDraft, id));
  };

  return (
    <>
      <Section title={t('tab.w5.section.stakeholders')} testId="stakeholders-section">
        <p className={fieldStyles.hint}>{t('tab.w5.stakeholders.hint')}</p>
        <div className={styles.toolbar}>
          <Field label={t('tab.w5.search')} className={styles.grow}>
            <Input type="search" contentBefore={<SearchRegular aria-hidden />} value={query} onChange={(_e, d) => setQuery(d.value)} />
          </Field>
          <Field label={t('tab.w5.tagFilter')}>
            <Select value={tag} onChange={(_e, d) => setTag(d.value)}>
              <option value="">{t('tab.w5.allTags')}</option>
              {tags.map((x) => (
                <option key={x} value={x}>
                  {x}
                </option>
              ))}
            </Select>
          </Field>
          {!readOnly && (
            <Button
              id={`${form.domId('stakeholders')}-add`}
              appearance="primary"
              icon={<AddRegular />}
              disabled={stakeholders.length >= 300}
              onClick={add}
            >
              {t('tab.w5.addStakeholder')}
            </Button>
          )}
        </div>
        <p className={styles.count} role="status" aria-live="polite" data-testid="stakeholder-count">
          {t('tab.w5.count', { shown: shown.length, total: stakeholders.length })}
        </p>
        <div id={form.domId('stakeholders')} tabIndex={-1}>
          {form.issuesAt('stakeholders').length > 0 && (
            <MessageBar intent="error">
              <MessageBarBody>{form.issuesAt('stakeholders').join(' ')}</MessageBarBody>
            </MessageBar>
          )}
        </div>
        {stakeholders.length > 0 && (
          <Slice
            deps={[stakeholders, shown, degree, selected, readOnly, locale, form.issuesUnder('stakeholders').join('\n')]}
            render={() => (
              <StakeholderTable
                form={form}
                stakeholders={stakeholders}
                shown={shown}
                degree={degree}
                selected={selected}
                onEdit={open}
                onRemove={remove}
              />
            )}
          />
        )}
        {selected !== undefined && selected >= 0 && (
          <StakeholderEditor
            key={selectedId}
            form={form}
            index={selected}
            count={stakeholders.length}
            stakeholder={stakeholders[selected]!}
            knownTags={tags}
            onMove={(to) => form.move('stakeholders', selected, to)}
            onRemove={() => remove(selected)}
            onClose={() => setSelectedId(undefined)}
          />
        )}
        <CsvTools form={form} stakeholders={stakeholders} />
        <ProposedStakeholders
          form={form}
          proposals={draft.proposedStakeholders ?? []}
          full={stakeholders.length >= 300}
          onAccepted={(id) => {
            setSelectedId(id);
            setQuery('');
            setTag('');
          }}
        />
      </Section>
      <Section title={t('tab.w5.section.grid')} testId="grid-section">
        <PowerInterestGrid stakeholders={stakeholders} matches={matches} onSelect={open} />
      </Section>
      <Section title={t('tab.w5.section.map')} testId="map-section">
        <p className={fieldStyles.hint}>{t('tab.w5.map.hint')}</p>
        <Suspense fallback={<LoadingState />}>
          <NetworkMap stakeholders={stakeholders} relationships={relationships} matches={matches} onSelect={open} />
        </Suspense>
      </Section>
      <Section title={t('tab.w5.section.relationships')}>
        <RelationshipsCsvTools form={form} stakeholders={stakeholders} relationships={relationships} />
        <Slice
          deps={[relationships, options, readOnly, locale, form.issuesUnder('relationships').join('\n')]}
          render={() => (
            <ListEditor
              form={form}
              path="relationships"
              max={1000}
              pageSize={20}
              hint={t('tab.w5.relationships.hint')}
              newItem={() => ({})}
              renderItem={(path) => (
                <FieldRow>
                  <FOptions form={form} path={`${path}.from`} options={options} lazy />
                  <FOptions form={form} path={`${path}.to`} options={options} lazy />
                  <FSelect form={form} path={`${path}.type`} values={relationshipTypes} />
                  <FScale form={form} path={`${path}.strength`} min={1} max={3} />
                </FieldRow>
              )}
            />
          )}
        />
      </Section>
      <Section title={t('tab.w5.section.plan')}>
        {withoutPlan.length > 0 && (
          <MessageBar intent="warning" layout="multiline" data-testid="without-plan">
            <MessageBarBody>
              {t('tab.w5.plan.missingFor', { names: withoutPlan.map((i) => nameOf(stakeholders[i]?.id)).join(', ') })}
            </MessageBarBody>
          </MessageBar>
        )}
        <Slice
          deps={[draft.engagementPlan, options, readOnly, locale, form.issuesUnder('engagementPlan').join('\n')]}
          render={() => (
            <ListEditor
              form={form}
              path="engagementPlan"
              max={100}
              pageSize={20}
              hint={t('tab.w5.engagementPlan.hint')}
              newItem={() => ({ action: '', channel: '', frequency: '', owner: { name: '' } })}
              renderItem={(path) => (
                <>
                  <FOptions form={form} path={`${path}.stakeholderId`} options={options} lazy />
                  <FText form={form} path={`${path}.action`} max={200} />
                  <FieldRow>
                    <FText form={form} path={`${path}.channel`} max={60} />
                    <FText form={form} path={`${path}.frequency`} max={40} />
                    <FDate form={form} path={`${path}.nextDate`} />
                  </FieldRow>
                  <FPerson form={form} path={`${path}.owner`} />
                </>
              )}
            />
          )}
        />
        <FText form={form} path="nominationsPollId" max={64} hint={t('tab.w5.nominationsPollId.hint')} />
      </Section>
    </>
  );
}
