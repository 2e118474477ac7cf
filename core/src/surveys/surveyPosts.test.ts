import type { Stores } from '../stores';
import { buildSurvey } from './buildSurvey';
import type { Survey } from './survey';
import { recordSurveyPosts } from './surveyPosts';

/** A survey row whose first `conflicts` updates lose an etag race (a close meanwhile). */
function surveyRow(stored: Survey | undefined, conflicts = 0) {
  let row = stored;
  let lost = 0;
  const updates: Survey[] = [];
  const stores = {
    surveys: {
      get: async () => row && { survey: row, etag: 'e' },
      update: async (survey: Survey) => {
        updates.push(survey);
        if (lost < conflicts) {
          lost++;
          return false;
        }
        row = survey;
        return true;
      },
    },
  } as unknown as Stores;
  return { stores, updates, current: () => row };
}

const earlier = { conversationId: '19:general', activityId: 'a1' };
const posts = [{ conversationId: '19:team', activityId: 'a2' }];

describe('recordSurveyPosts', () => {
  it("adds the new posts to the survey's earlier ones, as stored now", async () => {
    const { stores, current } = surveyRow(buildSurvey('pulse', { posts: [earlier], status: 'closed' }));
    await recordSurveyPosts({ stores, survey: buildSurvey('pulse'), posts });
    // The stored row wins over the caller's copy: a close that landed first stays.
    expect(current()).toMatchObject({ status: 'closed', posts: [earlier, ...posts] });
  });

  it('tries again when the survey changed meanwhile, then gives up after five tries', async () => {
    const raced = surveyRow(buildSurvey('pulse'), 1);
    await recordSurveyPosts({ stores: raced.stores, survey: buildSurvey('pulse'), posts });
    expect(raced.updates).toHaveLength(2);
    expect(raced.current()?.posts).toEqual(posts);
    const stuck = surveyRow(buildSurvey('pulse'), 99);
    await recordSurveyPosts({ stores: stuck.stores, survey: buildSurvey('pulse'), posts });
    expect(stuck.updates).toHaveLength(5);
  });

  it('writes nothing when nothing went out or the survey is gone', async () => {
    const none = surveyRow(buildSurvey('pulse'));
    await recordSurveyPosts({ stores: none.stores, survey: buildSurvey('pulse'), posts: [] });
    const gone = surveyRow(undefined);
    await recordSurveyPosts({ stores: gone.stores, survey: buildSurvey('pulse'), posts });
    expect([...none.updates, ...gone.updates]).toEqual([]);
  });
});
