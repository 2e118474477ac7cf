import { compassStatements } from '../compass/compass';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors';
import { translate } from '../i18n/translate';
import { buildDocumentRecord } from './charter/exampleCharterInput';
import { generateImpactReport } from './generateImpactReport';
import { communityId, deliveryFakes, exampleWorld, generatedAt, modelText, principal, type World } from './testing/documentFakes';

function setup(overrides: Partial<World> = {}) {
  const world = exampleWorld(overrides);
  return { world, ...deliveryFakes(world) };
}

/** `count` people rating every statement `value`. */
const ratings = (count: number, value: number) =>
  Array.from({ length: count }, () => Object.fromEntries(compassStatements.map((s) => [s, value])));

describe('generateImpactReport', () => {
  it('is for facilitators and sponsors: members get 403, outsiders 404, bad queries 400, and nothing is written', async () => {
    const { ctx, world, renderer } = setup();
    await expect(generateImpactReport(ctx, principal('marc'), communityId, {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(generateImpactReport(ctx, principal('stranger'), communityId, {})).rejects.toBeInstanceOf(NotFoundError);
    await expect(generateImpactReport(ctx, principal('nadia'), communityId, { lang: 'es' })).rejects.toBeInstanceOf(ValidationError);
    expect(renderer.rendered).toEqual([]);
    expect(world.documents).toEqual([]);
    for (const userId of ['nadia', 'helene'])
      expect((await generateImpactReport(ctx, principal(userId), communityId, {})).record.generatedBy.userId).toBe(userId);
  });

  it('records a sponsor copy, whoever downloads it, numbered after the last report (not the charters)', async () => {
    const documents = [
      buildDocumentRecord({ kind: 'charter', version: 5 }),
      buildDocumentRecord({ kind: 'impactReport', version: 1, audience: 'sponsors' }),
    ];
    const { ctx, renderer } = setup({ documents });
    const file = await generateImpactReport(ctx, principal('nadia', 'Nadia Tremblay'), communityId, { lang: 'en' });
    const { model, name } = renderer.rendered[0]!;
    expect(file.record).toEqual({
      kind: 'impactReport',
      version: 2,
      language: 'en',
      audience: 'sponsors',
      generatedAt,
      generatedBy: { userId: 'nadia', name: 'Nadia Tremblay' },
      sha256: 'hash-1',
      bytes: file.bytes.length,
    });
    expect(name).toBe(translate('en', 'doc.report.fileName', { name: model.cover.title, version: 2 }));
    expect(file.fileName).toBe(`${name}.fake`);
    expect(model.properties.locale).toBe('en');
  });

  it('reads each compass run’s own responses: a small run is reported as a count, a big one with its scores', async () => {
    const compass = [
      { number: 1, openedAt: '2026-06-01T12:00:00.000Z', responses: ratings(3, 2) },
      { number: 2, openedAt: '2026-10-01T12:00:00.000Z', responses: ratings(8, 4) },
    ];
    const { ctx, renderer } = setup({ compass });
    await generateImpactReport(ctx, principal('helene'), communityId, {});
    const { model } = renderer.rendered[0]!;
    const notes = model.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []));
    // The "not enough answers" note names the run's count: "(3; …)".
    const notEnough = (n: number) => notes.filter((text) => text.includes(`(${n};`));
    expect(notEnough(3)).toHaveLength(1);
    expect(notEnough(8)).toHaveLength(0);
    const figures = model.blocks.filter((b) => b.type === 'figure');
    expect(modelText({ ...model, blocks: figures })).toContain('"values":[4,4,4');
  });

  it('after a lost race prints and records the next version', async () => {
    const { ctx, world } = setup({ racesLost: 1 });
    const file = await generateImpactReport(ctx, principal('nadia'), communityId, {});
    expect(file.record.version).toBe(2);
    expect(file.fileName).toMatch(/ - v2\.fake$/);
    expect(world.documents.map((d) => d.version)).toEqual([1, 2]);
  });
});
