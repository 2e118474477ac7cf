import type { Locale } from '../i18n/translate';
import type { Stores } from '../stores';

/** The language a community's cards and messages are written in: the one it chose, French when it is gone. */
export async function languageOfCommunity(stores: Pick<Stores, 'communities'>, tenantId: string, communityId: string): Promise<Locale> {
  return (await stores.communities.get(tenantId, communityId))?.language ?? 'fr';
}
