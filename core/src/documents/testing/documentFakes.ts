import type { Community, Membership, Principal } from '../../community/community';
import type { ConversationRef } from '../../conversations/conversation';
import type { Stores } from '../../stores';
import type { StoredWorkshop } from '../../workshops/workshopStore';
import type { AdaptiveCard } from '../../adaptiveCards/adaptiveCard';
import type { DocumentModel } from '../charter/documentModel';
import { buildWorkshops } from '../charter/exampleCharterInput';
import type { DeliveryFileStore, KeptFile } from '../deliveryFileStore';
import type { DeliveryContext } from '../deliverToSponsors';
import { type DocumentRecord, VersionTakenError } from '../documentRecord';
import type { DocumentClaims, DocumentTokens } from '../documentTokens';
import type { FileOffer, SponsorCourier } from '../sponsorCourier';

// Small in-memory stand-ins for the ports of the document commands (the real adapters run in
// api/src/documents/*.int.test.ts): enough to see what the commands read, write, sign and send.

export const tenantId = 't1';
export const communityId = 'c1';
export const generatedAt = '2026-11-20T10:00:00.000Z';

/** The community of the worked example, in French. */
export const community: Community = {
  id: communityId,
  tenantId,
  name: 'Partenaires en action',
  language: 'fr',
  createdAt: '2026-05-01T09:00:00.000Z',
  createdBy: 'nadia',
};

/** A person's principal in the tenant. */
export const principal = (userId: string, name = userId): Principal => ({ tenantId, userId, name });

/** A conversation the bot knows, in the tenant. */
export function conversation(conversationId: string, overrides: Partial<ConversationRef> = {}): ConversationRef {
  return {
    tenantId,
    conversationId,
    conversationType: 'channel',
    serviceUrl: 'https://smba.example/',
    channelId: 'msteams',
    bot: { id: '28:bot', name: 'Élan' },
    teamId: null,
    userId: null,
    communityId,
    active: true,
    updatedAt: generatedAt,
    ...overrides,
  };
}

/** What the fake stores hold; tests change it freely. */
export interface World {
  members: Membership[];
  documents: DocumentRecord[];
  workshops: StoredWorkshop[];
  conversations: ConversationRef[];
  /** Compass runs and their responses (each response a person's ratings). */
  compass: { number: number; openedAt: string; responses: Record<string, number>[] }[];
  /** How many appends a concurrent generation wins first (it records the very version this one printed). */
  racesLost: number;
}

/** The worked example's workshops, as stored. */
export function storedWorkshops(): StoredWorkshop[] {
  return buildWorkshops().map((w) => ({ ...w, version: 1, etag: '1', updatedBy: { userId: 'nadia', name: 'Nadia' } }));
}

/** Stores over `world`: the community, its members, workshops, document records and conversations; nothing else stored. */
export function memoryStores(world: World): Stores {
  const stores = {
    communities: {
      membership: async (_t: string, _c: string, userId: string) => world.members.find((m) => m.userId === userId),
      get: async (t: string, id: string) => (t === tenantId && id === communityId ? community : undefined),
      listMembers: async () => world.members,
      listRoleChanges: async () => [],
    },
    workshops: { list: async () => world.workshops },
    decisions: { list: async () => [] },
    compass: {
      listRuns: async () =>
        world.compass.map(({ number, openedAt }) => ({ number, openedAt, openedBy: { userId: 'nadia', name: 'Nadia' } })),
      listResponses: async (_t: string, _c: string, run: number) => world.compass.find((r) => r.number === run)?.responses ?? [],
    },
    surveys: { list: async () => [], listResponses: async () => [], respondentsAmong: async () => new Set<string>() },
    meetings: { list: async () => [] },
    polls: { list: async () => [] },
    notebooks: { list: async () => [] },
    documents: {
      list: async (_t: string, _c: string, kind: string) => world.documents.filter((d) => d.kind === kind),
      append: async (_t: string, _c: string, record: DocumentRecord) => {
        if (world.racesLost > 0) {
          world.racesLost -= 1;
          world.documents.push({ ...record, generatedBy: { userId: 'rival', name: 'Rival' } });
        }
        if (world.documents.some((d) => d.kind === record.kind && d.version === record.version))
          throw new VersionTakenError(record.version);
        world.documents.push(record);
        return record;
      },
    },
    conversations: {
      linkedTo: async () => world.conversations.filter((c) => c.communityId === communityId),
      personal: async (_t: string, userId: string) =>
        world.conversations.find((c) => c.conversationType === 'personal' && c.userId === userId),
    },
  };
  return stores as unknown as Stores;
}

/** Everything a model says, for assertions on what went into a document. */
export const modelText = (model: DocumentModel) => JSON.stringify(model);

/** A renderer that keeps every model it was given; the bytes are the model's text, the hash names the call. */
export function recordingRenderer() {
  const rendered: { model: DocumentModel; name: string }[] = [];
  return {
    rendered,
    async render(model: DocumentModel, name: string) {
      rendered.push({ model, name });
      const bytes = Uint8Array.from(modelText(model).slice(0, 64), (c) => c.charCodeAt(0) & 0xff);
      return { bytes, fileName: `${name}.fake`, sha256: `hash-${rendered.length}` };
    },
  };
}

/** Tokens that are their claims in the clear, prefixed so a forgery is easy to write. */
export const clearTokens: DocumentTokens = {
  sign: (claims) => `signed:${JSON.stringify(claims)}`,
  verify(token, nowMs) {
    if (typeof token !== 'string' || !token.startsWith('signed:')) return { ok: false, reason: 'forged' };
    const claims = JSON.parse(token.slice('signed:'.length)) as DocumentClaims;
    return claims.expiresAt <= nowMs ? { ok: false, reason: 'expired' } : { ok: true, claims };
  },
};

/** Kept files and upload claims in memory. */
export function memoryFiles() {
  const kept = new Map<string, KeptFile>();
  const claims = new Set<string>();
  const purges: string[] = [];
  const key = (kind: string, version: number) => `${kind}|${version}`;
  const files: DeliveryFileStore = {
    put: async (_t, _c, file) => void kept.set(key(file.kind, file.version), file),
    get: async (_t, _c, kind, version) => kept.get(key(kind, version)),
    purgeExpired: async (_t, _c, nowIso) => void purges.push(nowIso),
    claimUpload: async (_t, _c, kind, version, userId) => {
      const claim = `${key(kind, version)}|${userId}`;
      if (claims.has(claim)) return false;
      claims.add(claim);
      return true;
    },
    releaseUpload: async (_t, _c, kind, version, userId) => void claims.delete(`${key(kind, version)}|${userId}`),
  };
  return { files, kept, claims, purges };
}

/** A courier that records what it sends; `unreachable` people get no chat, `failing` conversations throw. */
export function recordingCourier(
  opts: { unreachable?: string[]; failing?: string[]; chats?: Record<string, Partial<ConversationRef>> } = {},
) {
  const offers: { chat: ConversationRef; offer: FileOffer }[] = [];
  const posts: { ref: ConversationRef; card: AdaptiveCard }[] = [];
  const opened: { userId: string; via: string | undefined }[] = [];
  const courier: SponsorCourier = {
    async openChat(_t, person, via) {
      opened.push({ userId: person.userId, via: via?.conversationId });
      if (opts.unreachable?.includes(person.userId)) return undefined;
      return conversation(`a:${person.userId}`, {
        conversationType: 'personal',
        userId: person.userId,
        communityId: null,
        ...opts.chats?.[person.userId],
      });
    },
    async offerFile(chat, offer) {
      if (opts.failing?.includes(chat.conversationId)) throw new Error('Teams is down');
      offers.push({ chat, offer });
    },
    async post(ref, card) {
      if (opts.failing?.includes(ref.conversationId)) throw new Error('Teams is down');
      posts.push({ ref, card });
    },
  };
  return { courier, offers, posts, opened };
}

/** A world with one facilitator, one member, two sponsors and one linked channel. */
export function exampleWorld(overrides: Partial<World> = {}): World {
  return {
    members: [
      { userId: 'nadia', name: 'Nadia Tremblay', role: 'facilitator', upn: 'nadia@contoso.example' },
      { userId: 'marc', name: 'Marc Gagnon', role: 'member', upn: 'marc@contoso.example' },
      { userId: 'helene', name: 'Hélène Bouchard <helene@cisss.example>', role: 'sponsor' },
      { userId: 'paul', name: 'Paul Lemieux', role: 'sponsor' },
    ],
    documents: [],
    workshops: storedWorkshops(),
    conversations: [conversation('19:channel')],
    compass: [],
    racesLost: 0,
    ...overrides,
  };
}

/** Every port of the delivery command over `world`, with what each recorded. */
export function deliveryFakes(world: World, courierOptions: Parameters<typeof recordingCourier>[0] = {}) {
  const renderer = recordingRenderer();
  const files = memoryFiles();
  const courier = recordingCourier(courierOptions);
  const errors: string[] = [];
  const ctx: DeliveryContext = {
    stores: memoryStores(world),
    renderer,
    now: () => generatedAt,
    pause: async () => undefined,
    files: files.files,
    tokens: clearTokens,
    courier: courier.courier,
    linkUrl: (token) => `https://api.example/shared?token=${encodeURIComponent(token)}`,
    onError: (what) => void errors.push(what),
  };
  return { ctx, renderer, files, courier, errors };
}
