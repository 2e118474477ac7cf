import type { MessageKey } from '../i18n/fr';
import type { Locale } from '../i18n/translate';
import type { Stores } from '../stores';
import { captureViewOf, loadRitualContext } from './meetingCommands';
import type { CaptureCardView } from './ritualCards';

export interface CaptureCardAgainProps {
  stores: Stores;
  tenantId: string;
  communityId: string;
  meetingKey: string;
  /** Why the submit failed, shown on top of the card. */
  problem: MessageKey;
  locale: Locale;
}

/**
 * The capture card shown again with the reason a submit failed, so the member can correct and resend. It is
 * the channel's copy (public links only), which they already see, so no role is checked. Undefined when the
 * meeting's capture card never went out, or the meeting or its community cannot be read (a notice does then).
 */
export async function captureCardAgain({
  stores,
  tenantId,
  communityId,
  meetingKey,
  problem,
  locale,
}: CaptureCardAgainProps): Promise<CaptureCardView | undefined> {
  // This answers a failure already: a read failing too falls back to the notice rather than an error.
  const meeting = await stores.meetings.get(tenantId, communityId, meetingKey).catch(() => undefined);
  if (!meeting?.posted.capture) return undefined;
  const context = await loadRitualContext(stores, tenantId, communityId).catch(() => undefined);
  if (!context) return undefined;
  return captureViewOf(context, communityId, meeting, false, { key: problem, tone: 'attention' }, locale);
}
