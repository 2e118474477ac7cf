import type { WorkshopNumber } from '@elan/core/workshops/registry';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useCallback } from 'react';
import { ErrorState } from '../../common/ErrorState';
import { LoadingState } from '../../common/LoadingState';
import { useLoad } from '../../common/useLoad';
import { useT } from '../../i18n/useT';
import { useSession } from '../../session/SessionContext';
import { loadDefinition } from './definitions';
import { workshopData } from './workshopData';
import { WorkshopWorkspace } from './WorkshopWorkspace';

/** Loads a workshop, my role in the community and the workshop's form, then hands over to the workspace. */
export default function WorkshopEditor({ communityId, n }: { communityId: string; n: WorkshopNumber }) {
  const { api } = useSession();
  const { t } = useT();
  const [loaded, retry] = useLoad(
    useCallback(() => Promise.all([workshopData(api, communityId, n), loadDefinition[n]().then((m) => m.default)]), [api, communityId, n]),
  );
  if (loaded.status === 'loading') return <LoadingState />;
  if (loaded.status === 'error') return <ErrorState error={loaded.error} onRetry={retry} />;
  const [[community, workshop], definition] = loaded.data;
  const adoptedNote =
    workshop.state === 'adopted' && workshop.adoptedBy ? (
      <MessageBar intent="success" layout="multiline" data-testid="adopted-note">
        <MessageBarBody>{t('tab.state.adoptedNote', { n: workshop.adoptedBy })}</MessageBarBody>
      </MessageBar>
    ) : undefined;
  return (
    <WorkshopWorkspace
      communityId={communityId}
      n={n}
      role={community.role}
      workshop={workshop}
      definition={definition}
      adoptedNote={adoptedNote}
    />
  );
}
