import { translate } from '@elan/core/i18n/translate';
import { ritualsInput } from '@elan/core/rituals/testing/ritualsInput';
import { readDocx } from '../documents/testing/docxInspector';
import { useFakeConnector } from '../testing/fakeConnector';
import { cardText } from '../testing/pollActivities';
import { cardOf, ritualChannel } from '../testing/ritualChannel';
import { useTestApp } from '../testing/testApp';

// The Bot Connector is a boundary we cannot run here: a local fake receives what the bot sends.
const app = useTestApp();
const connector = useFakeConnector();
let nadia: string;
const { setUp, postsTo, overlappingRuns } = ritualChannel(app, connector, () => nadia);

beforeAll(() => {
  nadia = app.token({ userId: 'nadia', name: 'Nadia' });
});

const w3 = ritualsInput({
  capture: { minutesVisibility: 'members', summaryVisibility: 'public', resourcesLocation: 'SharePoint', dueWorkingDays: 3 },
});

/** Writes a meeting's notebook, approved or not. */
async function notebook(id: string, date: string, content: Record<string, unknown>, approve: boolean) {
  const base = `/api/communities/${id}/notebooks`;
  const opened = (await app.call('POST', base, { token: nadia, body: { kind: 'meeting', seriesId: 'main', date } })).body;
  const saved = (await app.call('PUT', `${base}/${opened.id}`, { token: nadia, body: content, headers: { 'if-match': opened.etag } })).body;
  if (approve)
    expect((await app.call('POST', `${base}/${opened.id}/approve`, { token: nadia, headers: { 'if-match': saved.etag } })).status).toBe(
      200,
    );
}

const stage = (id: string, body: unknown, token = nadia) => app.call('PUT', `/api/communities/${id}/lifecycle`, { token, body });

describe('closing and archiving a community (integration, Azurite)', () => {
  it('posts the closing ritual once, then archived: readable, nothing new starts, no ritual runs', async () => {
    const channel = '19:fin@thread.tacv2';
    const id = await setUp('Fin de parcours', channel, w3);
    expect((await stage(id, { stage: 'closing' }, app.token({ userId: 'ana' }))).status).toBe(403);
    for (const body of [{ stage: 'ended' }, {}, 'closing']) expect((await stage(id, body)).status).toBe(400);

    const start = connector.sent.length;
    const closing = await stage(id, { stage: 'closing' });
    expect(closing.status).toBe(200);
    expect(closing.body).toMatchObject({ lifecycle: { stage: 'closing', by: { userId: 'nadia' } }, posted: 1 });
    expect((await stage(id, { stage: 'closing' })).body.posted).toBe(0);
    await connector.waitFor(start + 1);
    const cards = postsTo(channel, start).map((s) => cardText(cardOf(s)));
    expect(cards).toHaveLength(1);
    expect(cards[0]).toContain(translate('fr', 'closing.card.title', { community: 'Fin de parcours' }));
    expect(cards[0]).toContain(translate('fr', 'closing.card.thanks'));

    expect((await stage(id, { stage: 'archived' })).status).toBe(200);
    expect((await app.call('GET', `/api/communities/${id}`, { token: nadia })).body.lifecycle.stage).toBe('archived');
    const poll = await app.call('POST', `/api/communities/${id}/polls`, { token: nadia, body: { question: 'Encore?', method: 'consent' } });
    expect(poll.status).toBe(409);
    expect(poll.body.error.code).toBe('community.error.archived');
    expect((await app.call('POST', `/api/communities/${id}/surveys`, { token: nadia, body: { kind: 'pulse' } })).status).toBe(409);
    expect((await app.call('POST', `/api/communities/${id}/compass/runs`, { token: nadia })).status).toBe(409);
    // The weekly meeting of 9 March 2027 is not announced any more.
    expect(await overlappingRuns('2027-03-08T19:00:00Z', id)).toEqual([]);
    // Everything stays readable.
    expect((await app.call('GET', `/api/communities/${id}/workshops/3`, { token: nadia })).status).toBe(200);
    // And it can come back.
    expect((await stage(id, { stage: 'active' })).body.lifecycle.stage).toBe('active');
    expect(await overlappingRuns('2027-03-08T19:00:00Z', id)).toEqual(['2027-03-09 announce']);
  });

  it('writes the legacy: identity, approved public summaries and resources by theme, decisions, figures; nothing private', async () => {
    const id = await setUp('Héritage', '19:heritage@thread.tacv2', w3);
    await notebook(
      id,
      '2027-03-16',
      {
        title: 'Éducation thérapeutique',
        tags: ['Éducation'],
        minutes: { text: 'Compte rendu confidentiel du cas de M. X.' },
        summary: 'Trois outils comparés, un retenu.',
        resources: [
          { id: 'r1', url: 'https://example.org/gabarit', description: 'Gabarit d’enseignement', public: true },
          { id: 'r2', url: 'https://example.org/interne', description: 'Liste interne des participants', public: false },
        ],
      },
      true,
    );
    await notebook(id, '2027-03-23', { title: 'Brouillon', summary: 'Pas encore approuvé.' }, false);
    const res = await fetch(`${app.baseUrl}/api/communities/${id}/legacy.docx?lang=fr`, {
      headers: { authorization: `Bearer ${app.token({ userId: 'ana' })}` },
    });
    expect(res.status).toBe(200);
    const text = readDocx(Buffer.from(await res.arrayBuffer())).paragraphs.join('\n');
    expect(text).toContain(translate('fr', 'doc.legacy.notebooks'));
    expect(text).toContain('Éducation');
    expect(text).toContain('Trois outils comparés, un retenu.');
    expect(text).toContain('Gabarit d’enseignement — https://example.org/gabarit');
    expect(text).toContain(translate('fr', 'doc.annex.decisions'));
    expect(text).toContain(translate('fr', 'doc.legacy.figures'));
    expect(text).not.toContain('confidentiel');
    expect(text).not.toContain('Liste interne');
    expect(text).not.toContain('Pas encore approuvé');
    expect(
      (
        await fetch(`${app.baseUrl}/api/communities/${id}/legacy.docx`, {
          headers: { authorization: `Bearer ${app.token({ userId: 'zoe' })}` },
        })
      ).status,
    ).toBe(404);
  });
});
