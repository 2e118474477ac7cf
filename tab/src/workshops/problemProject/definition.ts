import type { WorkshopDefinition } from '../form/formApi';
import { dotVoteOptions } from './dotVote';
import { problemProjectLabels } from './labels';
import { ProblemProjectForm } from './ProblemProjectForm';

/** Workshop 2: its form, and the dot vote on the problems. */
const definition: WorkshopDefinition = {
  labels: problemProjectLabels,
  Form: ProblemProjectForm,
  ask: (draft, t) => {
    const problems = Array.isArray(draft['problems']) ? (draft['problems'] as { statement?: unknown }[]) : [];
    const { options, dots } = dotVoteOptions(problems.map((p) => p.statement));
    if (options.length < 2) return { hint: t('tab.ask.2.needsProblems'), proposal: undefined };
    return {
      hint: t('tab.ask.2.hint'),
      proposal: {
        question: t('tab.ask.2.question', { dots }),
        method: 'dots',
        options,
        dots,
        storeIdAt: 'priorityPollId',
        decisionKind: 'priorities',
      },
    };
  },
};
export default definition;
