import type { WorkshopDefinition } from '../form/formApi';
import { ImpactForm } from './ImpactForm';
import { impactLabels } from './labels';

/** Workshop 6: its form, with the starter indicators and the community compass. */
const definition: WorkshopDefinition = { labels: impactLabels, Form: ImpactForm };
export default definition;
