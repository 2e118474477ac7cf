import type { WorkshopDefinition } from '../form/formApi';
import { ritualsLabels } from './labels';
import { RitualsForm } from './RitualsForm';

/** Workshop 3: its form, with the agenda builder and the meeting planner. */
const definition: WorkshopDefinition = { labels: ritualsLabels, Form: RitualsForm };
export default definition;
