import type { EcosystemDraft } from '@elan/core/workshops/ecosystem';
import type { WorkshopDefinition } from '../form/formApi';
import { EcosystemForm } from './EcosystemForm';
import { ecosystemLabels } from './labels';

/** Workshop 5: its form (table, grid, map, CSV), with stakeholder ids shown by name in conflicts and history. */
const definition: WorkshopDefinition = {
  labels: ecosystemLabels,
  Form: EcosystemForm,
  refs: (draft) => {
    const names = new Map(((draft as EcosystemDraft).stakeholders ?? []).map((s) => [s.id, s.name]));
    return (name, value) =>
      ['from', 'to', 'stakeholderId'].includes(name) && typeof value === 'string' ? (names.get(value) ?? value) : undefined;
  },
};
export default definition;
