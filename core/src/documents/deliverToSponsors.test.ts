import { DomainError, ForbiddenError, NotFoundError, ValidationError } from '../errors';
import { translate } from '../i18n/translate';
import { deliverToSponsors } from './deliverToSponsors';
import { consentValidityMs, type DocumentClaims, linkValidityMs } from './documentTokens';
import {
  clearTokens,
  communityId,
  conversation,
  deliveryFakes,
  exampleWorld,
  generatedAt,
  modelText,
  principal,
  tenantId,
  type World,
} from './testing/documentFakes';

const nowMs = Date.parse(generatedAt);
const claimsOf = (token: string): DocumentClaims => {
  const check = clearTokens.verify(token, nowMs);
  if (!check.ok) throw new Error(`not a token: ${token}`);
  return check.claims;
};
const nadia = principal('nadia', 'Nadia Tremblay <nadia@contoso.example>');

function setup(overrides: Partial<World> = {}, courier: Parameters<typeof deliveryFakes>[1] = {}) {
  const world = exampleWorld(overrides);
  return { world, ...deliveryFakes(world, courier) };
}

describe('deliverToSponsors', () => {
  it('generates one sponsor copy, keeps it for the consent cards and signs a day-long link to it', async () => {
    const { ctx, world, renderer, files } = setup();
    const report = await deliverToSponsors(ctx, nadia, communityId, { kind: 'charter' });
    expect(renderer.rendered).toHaveLength(1);
    expect(modelText(renderer.rendered[0]!.model)).not.toContain('helene@cisss.example');
    expect(world.documents).toEqual([expect.objectContaining({ kind: 'charter', version: 1, audience: 'sponsors', language: 'fr' })]);
    expect(files.purges).toEqual([generatedAt]);
    const kept = files.kept.get('charter|1')!;
    expect(kept).toMatchObject({ kind: 'charter', version: 1, language: 'fr', fileName: report.fileName });
    expect(kept.expiresAt).toBe(new Date(nowMs + consentValidityMs).toISOString());
    expect(kept.bytes.length).toBe(world.documents[0]!.bytes);
    const token = decodeURIComponent(report.link.url.split('token=')[1]!);
    expect(report.link.url).toBe(ctx.linkUrl(token));
    expect(claimsOf(token)).toEqual({ tenantId, communityId, kind: 'charter', version: 1, lang: 'fr', expiresAt: nowMs + linkValidityMs });
    expect(report.link.expiresAt).toBe(new Date(nowMs + linkValidityMs).toISOString());
  });

  it('offers each sponsor a consent card only they may answer, and tells the linked channels by name only', async () => {
    const { ctx, world, courier } = setup({
      conversations: [conversation('19:channel'), conversation('a:linked-personal', { conversationType: 'personal', userId: 'nadia' })],
    });
    const report = await deliverToSponsors(ctx, nadia, communityId, { kind: 'charter' });
    expect(courier.opened).toEqual([
      { userId: 'helene', via: '19:channel' },
      { userId: 'paul', via: '19:channel' },
    ]);
    expect(courier.offers.map((o) => o.chat.conversationId)).toEqual(['a:helene', 'a:paul']);
    for (const { chat, offer } of courier.offers) {
      expect(claimsOf(offer.token)).toEqual({
        tenantId,
        communityId,
        kind: 'charter',
        version: 1,
        lang: 'fr',
        expiresAt: nowMs + consentValidityMs,
        recipient: chat.userId,
      });
      expect(offer).toMatchObject({ fileName: report.fileName, sizeInBytes: world.documents[0]!.bytes });
      expect(offer.description).toBe(
        translate('fr', 'delivery.consent.description', {
          by: 'Nadia Tremblay',
          document: translate('fr', 'delivery.document.charter'),
          community: 'Partenaires en action',
          version: 1,
        }),
      );
    }
    expect(report).toMatchObject({ kind: 'charter', version: 1, language: 'fr', sentBy: 'Nadia Tremblay', channels: 1 });
    expect(report.recipients).toEqual([
      { userId: 'helene', name: 'Hélène Bouchard', via: 'fileConsent' },
      { userId: 'paul', name: 'Paul Lemieux', via: 'fileConsent' },
    ]);
    // The channel, not the personal chat linked to the community.
    expect(courier.posts.map((p) => p.ref.conversationId)).toEqual(['19:channel']);
    expect(JSON.stringify(courier.posts[0]!.card)).toContain('Hélène Bouchard, Paul Lemieux');
    expect(JSON.stringify(courier.posts[0]!.card)).not.toContain('@');
  });

  it('sends a link card where the chat takes no files, says "forward" for the unreachable, and one failure stops no one', async () => {
    const members = [
      ...exampleWorld().members,
      { userId: 'zoe', name: 'Zoé Roy', role: 'sponsor' as const },
      { userId: 'luc', name: 'Luc Roy', role: 'sponsor' as const },
    ];
    const { ctx, courier, errors } = setup(
      { members },
      {
        chats: { helene: { channelId: 'emulator' } },
        unreachable: ['paul'],
        failing: ['a:zoe'],
      },
    );
    const report = await deliverToSponsors(ctx, nadia, communityId, { kind: 'impactReport', lang: 'en' });
    expect(report.recipients.map((r) => [r.userId, r.via])).toEqual([
      ['helene', 'link'],
      ['paul', 'forward'],
      ['zoe', 'forward'],
      ['luc', 'fileConsent'],
    ]);
    const linkCard = courier.posts.find((p) => p.ref.conversationId === 'a:helene')!.card;
    expect(linkCard.actions).toEqual([expect.objectContaining({ type: 'Action.OpenUrl', url: report.link.url })]);
    expect(courier.offers.map((o) => o.chat.conversationId)).toEqual(['a:luc']);
    expect(courier.offers[0]!.offer.description).toContain(translate('en', 'delivery.document.impactReport'));
    expect(errors).toEqual([expect.stringContaining('zoe')]);
    expect(report).toMatchObject({ kind: 'impactReport', language: 'en', channels: 1 });
  });

  it('opens new chats through the sender’s personal chat when no channel is linked, and counts only the channels told', async () => {
    const own = conversation('a:nadia', { conversationType: 'personal', userId: 'nadia', communityId: null });
    const { ctx, courier } = setup({ conversations: [own] });
    const report = await deliverToSponsors(ctx, nadia, communityId, { kind: 'charter' });
    expect(courier.opened.map((o) => o.via)).toEqual(['a:nadia', 'a:nadia']);
    expect(report.channels).toBe(0);

    const failing = setup({ conversations: [conversation('19:down'), conversation('19:up')] }, { failing: ['19:down'] });
    const told = await deliverToSponsors(failing.ctx, nadia, communityId, { kind: 'charter' });
    expect(told.channels).toBe(1);
    expect(failing.errors).toEqual([expect.stringContaining('19:down')]);
  });

  it('lets only facilitators send, refuses bad input and communities without sponsors, and then sends nothing', async () => {
    const { ctx, world, renderer, files, courier } = setup();
    await expect(deliverToSponsors(ctx, principal('marc'), communityId, { kind: 'charter' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deliverToSponsors(ctx, principal('helene'), communityId, { kind: 'charter' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deliverToSponsors(ctx, principal('stranger'), communityId, { kind: 'charter' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deliverToSponsors(ctx, nadia, communityId, { kind: 'poster' })).rejects.toBeInstanceOf(ValidationError);
    world.members = world.members.filter((m) => m.role !== 'sponsor');
    await expect(deliverToSponsors(ctx, nadia, communityId, { kind: 'charter' })).rejects.toEqual(
      new DomainError('delivery.error.noSponsors', 409),
    );
    expect([renderer.rendered, world.documents, [...files.kept.keys()], courier.offers, courier.posts]).toEqual([[], [], [], [], []]);
  });
});
