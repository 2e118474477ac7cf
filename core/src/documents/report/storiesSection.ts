import { type Block, heading, paragraph } from '../charter/documentModel';
import { dayOf, type Words } from '../charter/format';
import type { ImpactReportInput } from './impactReportInput';

/**
 * Section 6 — value-creation stories, only those whose authors consented to the report; an anonymised
 * story never shows its author. Stories kept internal are only counted.
 */
export function storiesSection(w: Words, input: ImpactReportInput, title: string): Block[] {
  const t = w.t;
  const out: Block[] = [heading(1, title)];
  if (input.stories.length === 0) return [...out, paragraph(t('doc.report.noData'), 'note')];
  const published = input.stories.filter((s) => s.consent !== 'internal').sort((a, b) => a.date.localeCompare(b.date));
  for (const s of published) {
    out.push(heading(2, s.title.trim() === '' ? t('doc.report.untitledStory') : s.title));
    out.push(paragraph(s.text, 'quote'));
    const byline = s.consent === 'reportNamed' ? t('doc.report.storyBy', { name: s.author.name }) : t('doc.report.storyAnonymous');
    out.push(paragraph(t('doc.report.storyMeta', { byline, date: w.date(dayOf(s.date)), cycle: t(`doc.cycle.${s.cycle}`) }), 'note'));
  }
  const internal = input.stories.length - published.length;
  if (internal > 0) out.push(paragraph(t('doc.report.storiesInternal', { n: internal }), 'note'));
  return out;
}
