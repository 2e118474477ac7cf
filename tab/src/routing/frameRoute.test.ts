import { type Frame, frameRoute } from './frameRoute';
import { parseRoute, type Route } from './routes';

const frame = (extra: Partial<Frame>): Frame => ({
  frameContext: 'content',
  pageId: 'abc',
  subPageId: undefined,
  personal: false,
  ...extra,
});
const home: Route = parseRoute('#/c/abc');

describe('frameRoute', () => {
  it.each<[string, Route]>([
    ['content', { name: 'community', communityId: 'abc' }],
    ['sidePanel', { name: 'panel', communityId: 'abc' }],
    ['meetingStage', { name: 'stage', communityId: 'abc' }],
    ['settings', { name: 'config' }],
  ])('%s opens %j', (frameContext, route) => {
    expect(frameRoute(frame({ frameContext }), home)).toEqual(route);
  });

  it('keeps the URL’s route for frames it does not know (remove, task)', () => {
    expect(frameRoute(frame({ frameContext: 'remove' }), home)).toBeUndefined();
    expect(frameRoute(frame({ frameContext: 'task' }), parseRoute('#/c/abc/w/2'))).toBeUndefined();
  });

  it('treats a missing frameContext as content', () => {
    expect(frameRoute(frame({ frameContext: undefined, subPageId: '/c/abc/w/4' }), home)).toEqual({
      name: 'workshop',
      communityId: 'abc',
      n: 4,
    });
  });

  it('opens my communities in the personal app, whatever the subPageId', () => {
    expect(frameRoute(frame({ personal: true, pageId: 'communities' }), parseRoute('#/'))).toEqual({ name: 'home' });
    expect(frameRoute(frame({ personal: true, pageId: 'communities', subPageId: '/c/abc/w/1' }), home)).toEqual({ name: 'home' });
  });

  it('settings wins over everything: Teams opens the configuration page there', () => {
    expect(frameRoute(frame({ frameContext: 'settings', pageId: undefined, personal: false }), parseRoute('#/config'))).toEqual({
      name: 'config',
    });
  });

  it('takes the community from the URL when the page has no id', () => {
    expect(frameRoute(frame({ pageId: undefined, frameContext: 'sidePanel' }), parseRoute('#/c/x%2Fy'))).toEqual({
      name: 'panel',
      communityId: 'x/y',
    });
    expect(frameRoute(frame({ pageId: '', frameContext: 'content' }), parseRoute('#/'))).toBeUndefined();
  });

  describe('subPageId', () => {
    it.each<[string, Route]>([
      ['/c/abc/w/3', { name: 'workshop', communityId: 'abc', n: 3 }],
      ['/c/abc/members', { name: 'members', communityId: 'abc' }],
      ['/c/abc/answers', { name: 'answers', communityId: 'abc' }],
      ['/c/abc/stage/poll/p%201', { name: 'stage', communityId: 'abc', pollId: 'p 1' }],
      ['/c/abc', { name: 'community', communityId: 'abc' }],
    ])('content follows %j', (subPageId, route) => {
      expect(frameRoute(frame({ subPageId }), home)).toEqual(route);
    });

    it.each([
      '/c/other/w/3', // another community
      '/c/abc/w/9', // does not parse
      'c/abc/w/3', // not a path
      '#/c/abc/w/3', // a hash, not a path
      '/config', // not in the community
      '/',
      '/c/%E0%A4%A/w/1',
      '',
    ])('content ignores %j and opens the community', (subPageId) => {
      expect(frameRoute(frame({ subPageId }), home)).toEqual({ name: 'community', communityId: 'abc' });
    });

    it('the stage follows a poll link of the same community, not other screens', () => {
      const stage = frame({ frameContext: 'meetingStage' });
      expect(frameRoute({ ...stage, subPageId: '/c/abc/stage/poll/p1' }, home)).toEqual({
        name: 'stage',
        communityId: 'abc',
        pollId: 'p1',
      });
      expect(frameRoute({ ...stage, subPageId: '/c/abc/w/3' }, home)).toEqual({ name: 'stage', communityId: 'abc' });
      expect(frameRoute({ ...stage, subPageId: '/c/zzz/stage/poll/p1' }, home)).toEqual({ name: 'stage', communityId: 'abc' });
    });

    it('the stage keeps the shared URL’s poll (shareAppContentToStage opens that URL)', () => {
      const shared = parseRoute('#/c/abc/stage/poll/p9');
      expect(frameRoute(frame({ frameContext: 'meetingStage' }), shared)).toEqual(shared);
      // …but not another community's
      expect(frameRoute(frame({ frameContext: 'meetingStage' }), parseRoute('#/c/zzz/stage/poll/p9'))).toEqual({
        name: 'stage',
        communityId: 'abc',
      });
    });

    it('the side panel stays the panel', () => {
      expect(frameRoute(frame({ frameContext: 'sidePanel', subPageId: '/c/abc/w/3' }), home)).toEqual({
        name: 'panel',
        communityId: 'abc',
      });
    });
  });
});
