import type { WorkshopNumber } from '@elan/core/workshops/registry';
import type { WorkshopDefinition } from './formApi';

/** Each workshop's form is its own chunk, loaded when its page opens. */
export const loadDefinition: Record<WorkshopNumber, () => Promise<{ default: WorkshopDefinition }>> = {
  1: () => import('../identity/definition'),
  2: () => import('../problemProject/definition'),
  3: () => import('../rituals/definition'),
  4: () => import('../decisions/definition'),
  5: () => import('../ecosystem/definition'),
  6: () => import('../impact/definition'),
};
