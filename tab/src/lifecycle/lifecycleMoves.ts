import type { LifecycleStage } from '@elan/core/community/lifecycle';

/**
 * The moves the tab offers from a stage, in the order the buttons show: a community closes before it is archived
 * (the closing ritual comes first), and can always go back to active.
 */
export function lifecycleMoves(stage: LifecycleStage): LifecycleStage[] {
  switch (stage) {
    case 'active':
      return ['closing'];
    case 'closing':
      return ['archived', 'active'];
    case 'archived':
      return ['active'];
  }
}

/** The catalog key naming a move from `from` to `to` (going back to active reads differently from closing or archived). */
export function moveKey(
  from: LifecycleStage,
  to: LifecycleStage,
): `tab.lifecycle.move.${'closing' | 'archived' | 'resume' | 'reactivate'}` {
  if (to === 'active') return from === 'archived' ? 'tab.lifecycle.move.reactivate' : 'tab.lifecycle.move.resume';
  return `tab.lifecycle.move.${to}`;
}
