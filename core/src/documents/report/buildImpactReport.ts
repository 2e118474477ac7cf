import { nextVersion } from '../charter/buildCharter';
import { type Block, type DocumentModel, contentsThenSections, documentProperties } from '../charter/documentModel';
import { dayOf, wordsFor } from '../charter/format';
import { anonymityThreshold } from '../charter/impactChapter';
import { redactDeep } from '../charter/redact';
import { readWorkshops } from '../charter/workshopData';
import type { ImpactReportInput } from './impactReportInput';
import { compassSection, indicatorSection, surveySection } from './measuresSections';
import { changesSection, decisionsSection, nextStepsSection } from './outcomeSections';
import { participationSection } from './participationSection';
import { storiesSection } from './storiesSection';
import { summarySection, workshopsDone } from './summarySection';

/**
 * Builds the impact report as a document model. The report is written for sponsors, so every input is
 * scrubbed of contact details, aggregates respect the anonymity threshold, and only consented stories appear.
 */
export function buildImpactReport(raw: ImpactReportInput): DocumentModel {
  const w = wordsFor(raw.language);
  const t = w.t;
  const input = redactDeep(raw, t('doc.redacted'));
  const data = readWorkshops(input.workshops);
  const threshold = anonymityThreshold(data.impact);
  const version = nextVersion(input.history);
  const name = w.blank(data.identity.name) ? input.community.name : data.identity.name;
  const kind = t('doc.report.kind');

  const sections: Block[][] = [
    summarySection(w, input, t('doc.report.s1')),
    participationSection(w, input, t('doc.report.s2')),
    indicatorSection(w, input, data.impact, t('doc.report.s3')),
    surveySection(w, input, threshold, t('doc.report.s4')),
    compassSection(w, input, threshold, t('doc.report.s5')),
    storiesSection(w, input, t('doc.report.s6')),
    decisionsSection(w, input, t('doc.report.s7')),
    changesSection(w, input, t('doc.report.s8')),
    nextStepsSection(w, input, data, t('doc.report.s9')),
  ];
  const facilitators = input.members.filter((m) => m.role === 'facilitator').map((m) => m.name);
  const sponsors = input.members.filter((m) => m.role === 'sponsor').map((m) => m.name);
  const none = t('doc.cover.nobody');

  return {
    properties: documentProperties(w, kind, name, input.now, {
      subject: t('doc.report.subject', { name }),
      description: t('doc.report.description', { version, date: w.date(input.now) }),
      keywords: t('doc.report.keywords'),
    }),
    cover: {
      kicker: kind,
      title: name,
      subtitle: t('doc.report.period', { from: w.date(dayOf(input.community.createdAt)), to: w.date(dayOf(input.now)) }),
      facts: [
        { label: t('doc.cover.version'), value: String(version) },
        { label: t('doc.cover.date'), value: w.date(input.now) },
        { label: t('doc.report.workshopsDone'), value: t('doc.report.outOf6', { n: workshopsDone(input.workshops) }) },
        { label: t('doc.cover.facilitators'), value: facilitators.length > 0 ? w.list(facilitators) : none },
        { label: t('doc.cover.sponsors'), value: sponsors.length > 0 ? w.list(sponsors) : none },
      ],
      note: t('doc.report.coverNote', { n: threshold }),
    },
    runningHeader: t('doc.runningHeader', { name, kind, version }),
    runningFooter: t('doc.runningFooter'),
    blocks: contentsThenSections({ toc: t('doc.toc.title'), contents: t('doc.contents.title') }, sections),
  };
}
