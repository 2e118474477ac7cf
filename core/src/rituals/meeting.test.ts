import { ritualsDraft } from '../workshops/rituals';
import { captureCardInput, captureLinks, isWebLink, type Meeting, meetingForReader } from './meeting';

describe('isWebLink', () => {
  it('accepts http(s) addresses and refuses the rest', () => {
    expect(isWebLink('https://contoso.sharepoint.com/sites/cop/Minutes.docx?web=1')).toBe(true);
    expect(isWebLink('http://intranet.local/notes')).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'ftp://x',
      'https://',
      'https://a b',
      'notes.docx',
      'https://x/<script>',
      'https://user@evil',
    ])
      expect(isWebLink(bad)).toBe(false);
  });
});

describe('captureLinks', () => {
  const parse = (data: unknown) => captureCardInput.parse(data);

  it('keeps a recording with members, and only once the speakers’ consent is ticked', () => {
    expect(captureLinks(parse({ recordingUrl: 'https://x/rec', recordingConsent: 'true' }), true)).toEqual({
      links: [{ kind: 'recording', url: 'https://x/rec', public: false }],
    });
    for (const recordingConsent of ['false', undefined])
      expect(captureLinks(parse({ summaryUrl: 'https://x/sum', recordingUrl: 'https://x/rec', recordingConsent }), true)).toEqual({
        problem: 'rituals.error.recordingConsent',
      });
    expect(() => parse({ recordingUrl: 'javascript:alert(1)', recordingConsent: 'true' })).toThrow();
  });

  it('keeps the minutes private, the summary as workshop 3 says, and resources public only when asked', () => {
    const result = captureLinks(
      parse({ minutesUrl: 'https://x/min', summaryUrl: 'https://x/sum', resources: 'https://x/r1\nhttps://x/r2', resourcesPublic: 'true' }),
      true,
    );
    expect(result).toEqual({
      links: [
        { kind: 'minutes', url: 'https://x/min', public: false },
        { kind: 'summary', url: 'https://x/sum', public: true },
        { kind: 'resource', url: 'https://x/r1', public: true },
        { kind: 'resource', url: 'https://x/r2', public: true },
      ],
    });
    expect(captureLinks(parse({ summaryUrl: 'https://x/sum', resources: 'https://x/r1' }), false)).toEqual({
      links: [
        { kind: 'summary', url: 'https://x/sum', public: false },
        { kind: 'resource', url: 'https://x/r1', public: false },
      ],
    });
  });

  it('refuses an empty form, a resource that is not a link, and too many resources', () => {
    expect(captureLinks(parse({ minutesUrl: '', resources: '  ' }), true)).toEqual({ problem: 'rituals.error.empty' });
    expect(captureLinks(parse({ resources: 'https://x/ok notes.docx' }), true)).toEqual({ problem: 'rituals.error.invalidLink' });
    const many = Array.from({ length: 11 }, (_, i) => `https://x/${i}`).join('\n');
    expect(captureLinks(parse({ resources: many }), true)).toEqual({ problem: 'rituals.error.tooManyLinks' });
    expect(captureCardInput.safeParse({ minutesUrl: 'javascript:alert(1)' }).success).toBe(false);
  });
});

describe('meetingForReader', () => {
  const meeting: Meeting = {
    seriesId: 'main',
    format: null,
    date: '2027-03-02',
    index: 0,
    startsAt: '2027-03-02T18:30:00.000Z',
    endsAt: '2027-03-02T20:30:00.000Z',
    timeZone: 'America/Toronto',
    posted: { capture: '2027-03-02T20:31:00.000Z' },
    posts: {},
    capture: {
      links: [
        { kind: 'minutes', url: 'https://x/private-minutes', public: false },
        { kind: 'summary', url: 'https://x/sum', public: true },
      ],
      by: { userId: 'ana', name: 'Ana' },
      at: '2027-03-02T21:00:00.000Z',
    },
    checkoutSurveyId: null,
  };

  it('gives sponsors and documents public links only', () => {
    expect(JSON.stringify(meetingForReader(meeting, false))).not.toContain('private-minutes');
    expect(meetingForReader(meeting, true).capture!.links).toHaveLength(2);
  });
});

describe('workshop 3 first meeting fields', () => {
  it('keeps data saved before the fields existed valid', () => {
    expect(ritualsDraft.safeParse({ cadence: { every: 2, unit: 'month' }, place: 'Salle 3' }).success).toBe(true);
  });

  it('accepts a first meeting, a lead time and a check-in question', () => {
    const data = {
      firstMeeting: { date: '2027-03-02', time: '13:30', timeZone: 'Europe/Brussels' },
      leadTimeHours: 48,
      checkInQuestion: 'Une victoire depuis la dernière fois ?',
    };
    expect(ritualsDraft.safeParse(data).success).toBe(true);
    expect(ritualsDraft.safeParse({ firstMeeting: {} }).success).toBe(true);
  });

  it('refuses a bad time, an unknown zone, a bad lead time or an unknown key, with catalog keys', () => {
    const issues = (data: unknown) => ritualsDraft.safeParse(data).error?.issues ?? [];
    expect(issues({ firstMeeting: { time: '25:00' } })[0]).toMatchObject({
      path: ['firstMeeting', 'time'],
      params: { key: 'rituals.validation.time' },
    });
    expect(issues({ firstMeeting: { timeZone: 'Mars/Olympus' } })[0]).toMatchObject({ params: { key: 'rituals.validation.timeZone' } });
    expect(issues({ firstMeeting: { date: '2027-02-30' } })).toHaveLength(1);
    expect(issues({ leadTimeHours: 0 })).toHaveLength(1);
    expect(issues({ leadTimeHours: 1.5 })).toHaveLength(1);
    expect(issues({ firstMeeting: { when: 'soon' } })).toHaveLength(1);
  });
});
