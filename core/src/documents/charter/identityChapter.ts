import type { IdentityDraft } from '../../workshops/identity';
import { type Block, bullets, paragraph, table } from './documentModel';
import type { Words } from './format';
import { cell, chapter, filled, filledItems, field } from './sectionKit';

/** Chapter 1 — identity and purpose (workshop 1). */
export function identityChapter(w: Words, d: IdentityDraft): Block[] {
  const t = w.t;
  return chapter(
    w,
    t('doc.charter.ch1'),
    [],
    [
      [t('doc.charter.ch1.name'), nameBlocks(w, d)],
      [t('doc.charter.ch1.domain'), w.blank(d.domain) ? [] : [paragraph(d.domain)]],
      [t('doc.charter.ch1.purpose'), w.blank(d.purposeStatement) ? [] : [paragraph(d.purposeStatement, 'quote')]],
      [t('doc.charter.ch1.aim'), aimBlocks(w, d)],
      [t('doc.charter.ch1.values'), valueBlocks(w, d)],
      [t('doc.charter.ch1.members'), memberBlocks(w, d)],
      [t('doc.charter.ch1.scope'), scopeBlocks(w, d)],
      [t('doc.charter.ch1.success'), w.blank(d.successIn12Months) ? [] : [paragraph(d.successIn12Months)]],
      [t('doc.charter.ch1.sponsors'), sponsorBlocks(w, d)],
    ],
  );
}

function nameBlocks(w: Words, d: IdentityDraft): Block[] {
  const out: Block[] = [];
  if (!w.blank(d.name)) out.push(field(w, w.t('w1.name'), d.name));
  if (!w.blank(d.tagline)) out.push(paragraph(d.tagline, 'quote'));
  return out;
}

function aimBlocks(w: Words, d: IdentityDraft): Block[] {
  const out: Block[] = [];
  const aims = (d.aim ?? []).map((a) => w.t(`w1.aim.${a}`));
  if (aims.length > 0) out.push(paragraph(w.t('doc.identity.aim', { aims: w.list(aims) })));
  if (d.lifespan) out.push(paragraph(w.t('doc.identity.lifespan', { lifespan: w.t(`w1.lifespan.${d.lifespan}`) })));
  if (!w.blank(d.reviewDate)) out.push(paragraph(w.t('doc.identity.reviewDate', { date: w.date(d.reviewDate) })));
  if (d.languages) out.push(paragraph(w.t('doc.identity.languages', { languages: w.t(`w1.languages.${d.languages}`) })));
  return out;
}

function valueBlocks(w: Words, d: IdentityDraft): Block[] {
  const values = filledItems(d.values);
  if (values.length === 0) return [];
  return [
    table(
      [
        [w.t('w1.value.label'), 1],
        [w.t('w1.value.meaning'), 3],
      ],
      values.map((v) => [cell(v.label), cell(v.meaning)]),
    ),
  ];
}

function memberBlocks(w: Words, d: IdentityDraft): Block[] {
  const out: Block[] = [];
  if (!w.blank(d.memberProfile)) out.push(paragraph(d.memberProfile));
  if (d.membershipPolicy) out.push(paragraph(w.t('doc.identity.policy', { policy: w.t(`w1.membershipPolicy.${d.membershipPolicy}`) })));
  if (!w.blank(d.joinSteps)) out.push(field(w, w.t('doc.identity.joinSteps'), d.joinSteps));
  const levels = filledItems(d.participationLevels);
  if (levels.length > 0) {
    out.push(
      table(
        [
          [w.t('w1.participationLevel.level'), 1],
          [w.t('w1.participationLevel.expectation'), 3],
        ],
        levels.map((l) => [l.level ? w.t(`w1.participationLevel.${l.level}`) : '—', cell(l.expectation)]),
      ),
    );
  }
  return out;
}

function scopeBlocks(w: Words, d: IdentityDraft): Block[] {
  const out: Block[] = [];
  const inScope = filled(d.inScope);
  const outOfScope = filled(d.outOfScope);
  if (inScope.length > 0) out.push(paragraph(w.t('doc.identity.inScope')), bullets(inScope));
  if (outOfScope.length > 0) out.push(paragraph(w.t('doc.identity.outOfScope')), bullets(outOfScope));
  return out;
}

function sponsorBlocks(w: Words, d: IdentityDraft): Block[] {
  const sponsors = filledItems(d.sponsors);
  if (sponsors.length === 0) return [];
  return [
    table(
      [
        [w.t('w1.sponsor.person'), 2],
        [w.t('w1.sponsor.role'), 2],
        [w.t('w1.sponsor.expectations'), 4],
      ],
      sponsors.map((s) => [cell(s.person?.name), cell(s.role), cell(s.expectations)]),
    ),
  ];
}
