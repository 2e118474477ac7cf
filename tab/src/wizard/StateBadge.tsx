import type { WorkshopSummary } from '@elan/core/contract';
import { Badge, type BadgeProps } from '@fluentui/react-components';
import { CheckmarkCircleRegular, CircleRegular, EditRegular, PeopleCheckmarkRegular } from '@fluentui/react-icons';
import { useT } from '../i18n/useT';

type State = WorkshopSummary['state'];

const look: Record<State, { color: BadgeProps['color']; icon: React.JSX.Element }> = {
  notStarted: { color: 'informative', icon: <CircleRegular /> },
  inProgress: { color: 'warning', icon: <EditRegular /> },
  done: { color: 'brand', icon: <CheckmarkCircleRegular /> },
  adopted: { color: 'success', icon: <PeopleCheckmarkRegular /> },
};

/** The words for a workshop's state: "done" reads "ready for the group"; "adopted" names its decision when known. */
export function stateLabel(t: ReturnType<typeof useT>['t'], state: State, adoptedBy?: number): string {
  if (state === 'adopted') return adoptedBy ? t('tab.state.adoptedBy', { n: adoptedBy }) : t('tab.state.adopted');
  if (state === 'done') return t('tab.state.done');
  return t(`state.${state}`);
}

/** A workshop's state as a labelled badge (text, not colour alone, carries the meaning). */
export function StateBadge({ state, adoptedBy }: { state: State; adoptedBy?: number }) {
  const { t } = useT();
  const known = look[state] ?? look.inProgress;
  return (
    <Badge appearance="tint" shape="rounded" color={known.color} icon={known.icon} data-testid="workshop-state" data-state={state}>
      {stateLabel(t, state, adoptedBy)}
    </Badge>
  );
}
