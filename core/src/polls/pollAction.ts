import { z } from 'zod';

const id = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);

/** The part of a poll card action's data that says which poll it is about; the rest are the card's inputs. */
export const pollActionTarget = z.looseObject({ communityId: id, pollId: id });
