import { useCallback } from 'react';
import { getCommunity, getWorkshop } from '../../api/endpoints';
import { ErrorState } from '../../common/ErrorState';
import { LoadingState } from '../../common/LoadingState';
import { useLoad } from '../../common/useLoad';
import { useSession } from '../../session/SessionContext';
import { IdentityWorkspace } from './IdentityWorkspace';

/** Loads W1 and my role in the community, then hands over to the workspace. */
export default function IdentityEditor({ communityId }: { communityId: string }) {
  const { api } = useSession();
  const [loaded, retry] = useLoad(
    useCallback(() => Promise.all([getCommunity(api, communityId), getWorkshop(api, communityId, 1)]), [api, communityId]),
  );
  if (loaded.status === 'loading') return <LoadingState />;
  if (loaded.status === 'error') return <ErrorState error={loaded.error} onRetry={retry} />;
  const [community, workshop] = loaded.data;
  return <IdentityWorkspace communityId={communityId} role={community.role} workshop={workshop} />;
}
