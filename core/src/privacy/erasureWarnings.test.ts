import * as AC from 'adaptivecards';
import { translate } from '../i18n/translate';
import { erasureWarningCard } from './erasureWarningCard';
import { erasureWarningDue } from './erasureWarnings';

/** What the `adaptivecards` library reports when it parses a card as schema 1.5. */
function problems(json: unknown): string[] {
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  new AC.AdaptiveCard().parse(json as never, context);
  return Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message);
}

const entry = { lastActivityAt: '2027-01-10T12:00:00.000Z', retentionMonths: 6 };
const due = '2027-07-10T12:00:00.000Z';

describe('erasure warning', () => {
  it('is due from 30 days before erasure until erasure, not before nor after', () => {
    expect(erasureWarningDue(entry, '2027-06-10T11:59:59.999Z')).toBeNull();
    expect(erasureWarningDue(entry, '2027-06-10T12:00:00.000Z')).toBe(due);
    expect(erasureWarningDue(entry, '2027-07-10T11:59:59.999Z')).toBe(due);
    expect(erasureWarningDue(entry, due)).toBeNull();
    // A longer retention moves the date, and the window with it.
    expect(erasureWarningDue({ ...entry, retentionMonths: 7 }, '2027-06-20T00:00:00.000Z')).toBeNull();
  });

  it.each(['fr', 'en'] as const)(
    'says when, links to the community’s data and privacy, and mentions the legacy when archived (%s)',
    (locale) => {
      const view = {
        locale,
        communityId: 'c1',
        communityName: 'Veille *active*',
        dueAt: due,
        links: { tabUrl: 'https://tab.example' },
      };
      const card = erasureWarningCard({ ...view, archived: true });
      expect(problems(card)).toEqual([]);
      const text = JSON.stringify(card);
      expect(text).toContain('{{DATE(2027-07-10T12:00:00Z, LONG)}}');
      expect(text).toContain(translate(locale, 'privacy.warning.legacy'));
      expect(text).not.toContain('*active*');
      expect(card.actions).toEqual([
        { type: 'Action.OpenUrl', title: translate(locale, 'privacy.warning.open'), url: 'https://tab.example/#/c/c1' },
      ]);
      expect(JSON.stringify(erasureWarningCard({ ...view, archived: false }))).not.toContain(translate(locale, 'privacy.warning.legacy'));
    },
  );
});
