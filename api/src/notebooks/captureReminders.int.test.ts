import { translate } from '@elan/core/i18n/translate';
import { ritualsInput } from '@elan/core/rituals/testing/ritualsInput';
import { useFakeConnector } from '../testing/fakeConnector';
import { cardText } from '../testing/pollActivities';
import { cardOf, ritualChannel } from '../testing/ritualChannel';
import { useTestApp } from '../testing/testApp';

// The Bot Connector is a boundary we cannot run here: a local fake receives what the bot sends.
const app = useTestApp();
const connector = useFakeConnector();
let nadia: string;
const { setUp, overlappingRuns } = ritualChannel(app, connector, () => nadia);

beforeAll(() => {
  nadia = app.token({ userId: 'nadia', name: 'Nadia' });
});

// Weekly Tuesdays 13:30 in Toronto from 9 March 2027; notes due within 2 working days (by Thursday 11 March).
const w3 = ritualsInput({
  capture: { minutesVisibility: 'members', summaryVisibility: 'members', resourcesLocation: 'SharePoint', dueWorkingDays: 2 },
});

/** Personal messages the bot sent since `from`, by who received them (the 1:1 conversation's member). */
const personal = (from: number) =>
  connector.sent
    .slice(from)
    .filter((s) => s.method === 'POST' && s.path.startsWith('/v3/conversations/a:personal-'))
    .map((s) => ({ to: s.path.split('/')[3]!.replace('a:personal-', ''), text: cardText(cardOf(s)) }))
    // The facilitators' weekly digest (Mondays, tested in digest.int.test.ts) shares the personal chat: left out here.
    .filter((m) => !m.text.includes(translate('fr', 'digest.intro')))
    // So does each facilitator's self-review card after a meeting (tested in selfReview.int.test.ts).
    .filter((m) => !m.text.includes(translate('fr', 'selfReview.card.title')));

/** Two overlapping timer runs; how many people they reminded together. */
async function reminded(at: string) {
  const runs = await Promise.all([app.deps.runTimers(at), app.deps.runTimers(at)]);
  return runs.reduce((n, r) => n + r.rituals.reminded, 0);
}

describe('reminders of missing meeting notes (integration, Azurite)', () => {
  it('reminds the note-taker once after the delay, then the facilitators once, never more', async () => {
    const id = await setUp('Rappels', '19:rappels@thread.tacv2', w3);
    expect(await overlappingRuns('2027-03-09T18:40:00Z', id)).toEqual(['2027-03-09 checkIn']);
    const start = connector.sent.length;

    // Thursday 11 March, still within the delay: nothing.
    expect(await reminded('2027-03-11T20:00:00Z')).toBe(0);
    // Friday 12 March (Toronto): Ana, whose turn it was, hears once, however many runs overlap.
    expect(await reminded('2027-03-12T15:00:00Z')).toBe(1);
    expect(await reminded('2027-03-12T15:05:00Z')).toBe(0);
    expect(await reminded('2027-03-15T15:00:00Z')).toBe(0);
    await connector.waitFor(start + 1);
    expect(personal(start)).toEqual([
      { to: expect.stringContaining('ana'), text: expect.stringContaining(translate('fr', 'notebook.remind.title')) },
    ]);
    // Two more working days (Friday, Monday): Nadia, the facilitator, hears on Tuesday 16 March, once.
    const later = connector.sent.length;
    expect(await reminded('2027-03-16T15:00:00Z')).toBe(1);
    expect(await reminded('2027-03-17T15:00:00Z')).toBe(0);
    await connector.waitFor(later + 1);
    const toNadia = personal(later).filter((m) => m.to.includes('nadia'));
    expect(toNadia).toHaveLength(1);
    expect(toNadia[0]!.text).toContain('Ana');
    // Nothing more, ever.
    expect(await reminded('2027-03-30T15:00:00Z')).toBe(0);
  });

  it('sends nothing once the notes are in the meeting’s notebook', async () => {
    const id = await setUp('Rappels évités', '19:evites@thread.tacv2', w3);
    expect(await overlappingRuns('2027-03-09T18:40:00Z', id)).toEqual(['2027-03-09 checkIn']);
    const base = `/api/communities/${id}/notebooks`;
    const ana = app.token({ userId: 'ana', name: 'Ana' });
    const opened = (await app.call('POST', base, { token: ana, body: { kind: 'meeting', seriesId: 'main', date: '2027-03-09' } })).body;
    const saved = await app.call('PUT', `${base}/${opened.id}`, {
      token: ana,
      body: { summary: 'Ce que nous avons appris.' },
      headers: { 'if-match': opened.etag },
    });
    expect(saved.status).toBe(200);
    expect(await reminded('2027-03-12T15:00:00Z')).toBe(0);
    expect(await reminded('2027-03-16T15:00:00Z')).toBe(0);
  });
});
