import { z } from 'zod';

const language = z.enum(['fr', 'en']);

/** Query of `GET …/charter.docx`: language (default: the community's) and who the copy is for. */
export const charterQuery = z.object({
  lang: language.optional(),
  audience: z.enum(['facilitators', 'sponsors']).optional(),
});

/** Query of `GET …/impact-report.docx`. */
export const impactReportQuery = z.object({ lang: language.optional() });
