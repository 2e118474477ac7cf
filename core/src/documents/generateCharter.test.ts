import { DomainError, ForbiddenError, NotFoundError, ValidationError } from '../errors';
import { translate } from '../i18n/translate';
import { buildDocumentRecord } from './charter/exampleCharterInput';
import { generateCharter } from './generateCharter';
import {
  community,
  communityId,
  deliveryFakes,
  exampleWorld,
  generatedAt,
  modelText,
  principal,
  type World,
} from './testing/documentFakes';

function setup(overrides: Partial<World> = {}) {
  const world = exampleWorld(overrides);
  return { world, ...deliveryFakes(world) };
}

describe('generateCharter', () => {
  it('writes the facilitators’ copy by default for facilitators and members, the sponsor copy for sponsors', async () => {
    for (const [userId, audience] of [
      ['nadia', 'facilitators'],
      ['marc', 'facilitators'],
      ['helene', 'sponsors'],
    ] as const) {
      const { ctx, world } = setup();
      const file = await generateCharter(ctx, principal(userId), communityId, {});
      expect({ userId, audience: file.record.audience }).toEqual({ userId, audience });
      expect(world.documents).toEqual([file.record]);
    }
  });

  it('records what it rendered: the printed version, who, when, the hash and the size, under the translated name', async () => {
    const { ctx, renderer } = setup();
    const file = await generateCharter(ctx, principal('nadia', 'Nadia Tremblay'), communityId, {});
    const [{ model, name }] = renderer.rendered as [(typeof renderer.rendered)[0]];
    expect(name).toBe(translate('fr', 'doc.charter.fileName', { name: model.cover.title, version: 1 }));
    expect(file.fileName).toBe(`${name}.fake`);
    expect(file.record).toEqual({
      kind: 'charter',
      version: 1,
      language: 'fr',
      audience: 'facilitators',
      generatedAt,
      generatedBy: { userId: 'nadia', name: 'Nadia Tremblay' },
      sha256: 'hash-1',
      bytes: file.bytes.length,
    });
    expect(model.runningHeader).toBe(
      translate('fr', 'doc.runningHeader', { name: model.cover.title, kind: translate('fr', 'doc.charter.kind'), version: 1 }),
    );
  });

  it('leaves contact details out of the sponsor copy and sign-in names out of every copy', async () => {
    const { ctx, renderer } = setup();
    await generateCharter(ctx, principal('nadia'), communityId, {});
    await generateCharter(ctx, principal('nadia'), communityId, { audience: 'sponsors' });
    const [internal, sponsors] = renderer.rendered.map((r) => modelText(r.model)) as [string, string];
    expect(internal).toContain('helene@cisss.example');
    expect(sponsors).not.toContain('helene@cisss.example');
    expect(sponsors).toContain('Hélène Bouchard');
    for (const text of [internal, sponsors]) expect(text).not.toMatch(/nadia@contoso|marc@contoso/);
    expect(renderer.rendered[1]!.name).toBe(
      translate('fr', 'doc.charter.fileNameSponsors', { name: renderer.rendered[1]!.model.cover.title, version: 2 }),
    );
  });

  it('numbers after the highest charter version, whatever the other kinds are at', async () => {
    const documents = [
      buildDocumentRecord({ version: 1 }),
      buildDocumentRecord({ version: 2 }),
      buildDocumentRecord({ kind: 'impactReport', version: 7 }),
    ];
    const { ctx } = setup({ documents });
    expect((await generateCharter(ctx, principal('nadia'), communityId, { lang: 'en' })).record).toMatchObject({
      version: 3,
      language: 'en',
    });
  });

  it('after a lost race, reads and prints again: the recorded version is the one in the file', async () => {
    const { ctx, world, renderer } = setup({ racesLost: 2 });
    const file = await generateCharter(ctx, principal('nadia'), communityId, {});
    expect(file.record.version).toBe(3);
    expect(renderer.rendered.map((r) => r.model.runningHeader.endsWith(' 3'))).toEqual([false, false, true]);
    expect(file.fileName).toMatch(/ - v3\.fake$/);
    expect(world.documents.map((d) => [d.version, d.generatedBy.userId])).toEqual([
      [1, 'rival'],
      [2, 'rival'],
      [3, 'nadia'],
    ]);
  });

  it('gives up with 503 after 25 lost races, waiting a little longer each time', async () => {
    const { ctx } = setup({ racesLost: 1000 });
    const waits: number[] = [];
    ctx.pause = async (ms) => void waits.push(ms);
    await expect(generateCharter(ctx, principal('nadia'), communityId, {})).rejects.toEqual(new DomainError('delivery.error.busy', 503));
    expect(waits).toHaveLength(24);
    expect(waits.every((ms, i) => ms >= 0 && ms < 20 * (i + 1))).toBe(true);
  });

  it('refuses the facilitators’ copy to sponsors, anything to outsiders, and bad queries; nothing is written then', async () => {
    const { ctx, world, renderer } = setup();
    await expect(generateCharter(ctx, principal('helene'), communityId, { audience: 'facilitators' })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(generateCharter(ctx, principal('stranger'), communityId, {})).rejects.toBeInstanceOf(NotFoundError);
    await expect(generateCharter(ctx, principal('nadia'), 'elsewhere', {})).rejects.toBeInstanceOf(NotFoundError);
    await expect(generateCharter(ctx, principal('nadia'), communityId, { lang: 'de' })).rejects.toBeInstanceOf(ValidationError);
    expect(renderer.rendered).toEqual([]);
    expect(world.documents).toEqual([]);
  });

  it('writes in the community’s language unless asked otherwise', async () => {
    const { ctx } = setup();
    expect((await generateCharter(ctx, principal('nadia'), communityId, {})).record.language).toBe(community.language);
    expect((await generateCharter(ctx, principal('nadia'), communityId, { lang: 'en' })).record.language).toBe('en');
  });
});
