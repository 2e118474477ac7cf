import type { WorkshopState } from '@elan/core/workshops/progress';
import { Badge, type BadgeProps } from '@fluentui/react-components';
import { CheckmarkCircleRegular, CircleRegular, EditRegular } from '@fluentui/react-icons';
import { useT } from '../i18n/useT';

const look: Record<WorkshopState, { color: BadgeProps['color']; icon: React.JSX.Element }> = {
  notStarted: { color: 'informative', icon: <CircleRegular /> },
  inProgress: { color: 'warning', icon: <EditRegular /> },
  done: { color: 'success', icon: <CheckmarkCircleRegular /> },
};

/** A workshop's state as a labelled badge (text, not colour alone, carries the meaning). */
export function StateBadge({ state }: { state: WorkshopState }) {
  const { t } = useT();
  return (
    <Badge
      appearance="tint"
      shape="rounded"
      color={look[state].color}
      icon={look[state].icon}
      data-testid="workshop-state"
      data-state={state}
    >
      {t(`state.${state}`)}
    </Badge>
  );
}
