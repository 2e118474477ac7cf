import type { DecisionsDraft } from '@elan/core/workshops/decisions';
import type { T } from '../../i18n/types';
import type { WorkshopDefinition } from '../form/formApi';
import { DecisionsForm } from './DecisionsForm';
import { decisionsLabels } from './labels';

/** The matrix in words, one rule per line, for the consent poll's details (1000 characters at most). */
export function matrixSummary(draft: DecisionsDraft, t: T): string {
  const lines = (draft.decisionMatrix ?? [])
    .filter((r) => r.decisionType?.trim())
    .map((r) =>
      [
        r.decisionType!.trim(),
        r.whoDecides ? t(`doc.decider.${r.whoDecides}`) : undefined,
        r.method ? t(`doc.method.${r.method}`) : undefined,
        r.votingDays !== undefined ? t('doc.days', { n: r.votingDays }) : undefined,
        r.quorumPct ? t('doc.percent', { n: r.quorumPct }) : undefined,
      ]
        .filter(Boolean)
        .join(' — '),
    );
  let text = '';
  for (const line of lines) {
    const next = text ? `${text}\n• ${line}` : `• ${line}`;
    if (next.length > 1000) break;
    text = next;
  }
  return text;
}

/** Workshop 4: its form, and the consent poll on the decision matrix. */
const definition: WorkshopDefinition = {
  labels: decisionsLabels,
  Form: DecisionsForm,
  ask: (draft, t) => {
    const details = matrixSummary(draft as DecisionsDraft, t);
    if (!details) return { hint: t('tab.ask.4.needsMatrix'), proposal: undefined };
    return {
      hint: t('tab.ask.4.hint'),
      proposal: { question: t('tab.ask.4.question'), details, method: 'consent', subject: 'decisionMatrix', decisionKind: 'charter' },
    };
  },
};
export default definition;
