import type { CompassRun, CompassStore } from '../compass/compassStore';
import { ritualBot } from '../rituals/ritualTimers';
import type { Stores } from '../stores';
import type { RetentionStore } from './retention';
import { withActivityTracking } from './activityTracking';

/** Stores whose compass opens runs in memory, and a retention store that lists the activity it was told of. */
function tracked() {
  const noted: string[] = [];
  let runs = 0;
  const compass = {
    openRun: async (_tenantId: string, _communityId: string, opened: Omit<CompassRun, 'number'>) => ({ ...opened, number: ++runs }),
  } as unknown as CompassStore;
  // The other stores it wraps, unused here.
  const others = Object.fromEntries(
    ['communities', 'workshops', 'polls', 'decisions', 'documents', 'surveys', 'meetings'].map((k) => [k, {}]),
  );
  const retention = {
    recordActivity: async (_tenantId: string, communityId: string, at: string) => void noted.push(`${communityId} ${at}`),
  } as unknown as RetentionStore;
  const stores = withActivityTracking(
    { ...others, compass } as unknown as Stores,
    retention,
    () => '2027-06-01T00:00:00.000Z',
    () => {},
  );
  return { stores, noted };
}

describe('activity tracking of compass runs', () => {
  it('counts a run a facilitator opens as the community’s activity', async () => {
    const { stores, noted } = tracked();
    const run = await stores.compass.openRun('t', 'c1', {
      openedAt: '2027-06-01T00:00:00.000Z',
      openedBy: { userId: 'nadia', name: 'Nadia' },
    });
    expect(run.number).toBe(1);
    expect(noted).toEqual(['c1 2027-06-01T00:00:00.000Z']);
  });

  it('leaves out the runs the compass timer opens on its rhythm, or an unused community would never expire', async () => {
    const { stores, noted } = tracked();
    const run = await stores.compass.openRun('t', 'c1', { openedAt: '2027-06-01T00:00:00.000Z', openedBy: ritualBot });
    expect(run.number).toBe(1);
    expect(noted).toEqual([]);
  });
});
