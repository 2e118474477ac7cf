import { useTestApp } from '../testing/testApp';

const app = useTestApp();

describe('memberships read for card actions (integration, Azurite)', () => {
  it('answers from one shared member list within the allowed age, sees changes made through the store at once, and others after the age', async () => {
    const nadia = app.token({ userId: 'nadia', name: 'Nadia' });
    const { body } = await app.call('POST', '/api/communities', { token: nadia, body: { name: 'Roster' } });
    const store = app.deps.stores.communities;
    expect(await store.membership('local-tenant', body.id, 'nadia', { maxAgeMs: 5000 })).toMatchObject({ role: 'facilitator' });
    expect(await store.membership('local-tenant', body.id, 'lea', { maxAgeMs: 5000 })).toBeUndefined();

    // Added or changed through the store: visible to the next card action on this instance.
    await store.putMember('local-tenant', body.id, { userId: 'lea', name: 'Léa', role: 'member' });
    expect(await store.membership('local-tenant', body.id, 'lea', { maxAgeMs: 5000 })).toMatchObject({ role: 'member' });
    await store.putMember('local-tenant', body.id, { userId: 'lea', name: 'Léa', role: 'sponsor' });
    expect(await store.membership('local-tenant', body.id, 'lea', { maxAgeMs: 5000 })).toMatchObject({ role: 'sponsor' });

    // Written elsewhere (another instance): fresh reads see it now, card actions once their allowed age has passed.
    await app.deps.tables.communities.upsertEntity(
      { partitionKey: `local-tenant|${body.id}`, rowKey: 'member|marc', userId: 'marc', name: 'Marc', role: 'member' },
      'Replace',
    );
    expect(await store.membership('local-tenant', body.id, 'marc')).toMatchObject({ role: 'member' });
    expect(await store.membership('local-tenant', body.id, 'marc', { maxAgeMs: 60_000 })).toBeUndefined();
    await new Promise((r) => setTimeout(r, 60));
    expect(await store.membership('local-tenant', body.id, 'marc', { maxAgeMs: 50 })).toMatchObject({ role: 'member' });
  });
});
