import type { WorkshopDefinition } from '../form/formApi';
import { IdentityForm } from './IdentityForm';
import { identityLabels } from './labels';

/** Workshop 1: its form, and the consent poll on the purpose statement. */
const definition: WorkshopDefinition = {
  labels: identityLabels,
  Form: IdentityForm,
  ask: (draft, t) => {
    const purpose = typeof draft['purposeStatement'] === 'string' ? draft['purposeStatement'].trim() : '';
    return {
      hint: purpose ? t('tab.ask.1.hint') : t('tab.ask.1.needsPurpose'),
      proposal: purpose
        ? { question: t('tab.ask.1.question'), details: purpose, method: 'consent', subject: 'purpose', decisionKind: 'purpose' }
        : undefined,
    };
  },
};
export default definition;
