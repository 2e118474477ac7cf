import { z } from 'zod';

const id = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);

/** The part of a survey card or dialog action's data that says which survey it is about; the rest are inputs. */
export const surveyActionTarget = z.looseObject({ communityId: id, surveyId: id });
