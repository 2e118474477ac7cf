import type { CharterStatusView } from '@elan/core/contract';
import { Button, makeStyles } from '@fluentui/react-components';
import { CheckmarkStarburstRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useT } from '../i18n/useT';
import { AskDialog } from '../polls/AskDialog';
import { formatInstant } from '../i18n/formatDate';

const useStyles = makeStyles({ stack: { display: 'flex', flexDirection: 'column', gap: '8px', alignItems: 'flex-start' } });

/**
 * Where the charter stands, and for facilitators, putting it to the members while it is not adopted as it is:
 * first adoption, or again after a change (the amendment rule of workshop 4 applies).
 */
export function CharterAdoption({
  communityId,
  charter,
  facilitator,
}: {
  communityId: string;
  charter: CharterStatusView;
  facilitator: boolean;
}) {
  const { t, locale } = useT();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [opening, setOpening] = useState(0);
  const day = (iso: string) => formatInstant(locale, iso, 'longDate');
  const status =
    charter.status === 'draft'
      ? t('tab.charter.status.draft')
      : charter.status === 'adopted'
        ? t('tab.charter.status.adopted', { date: day(charter.adoptedAt), n: charter.decisionNumber })
        : t('tab.charter.status.amended', { since: day(charter.since), date: day(charter.adoptedAt), n: charter.decisionNumber });
  return (
    <div className={styles.stack} data-testid="charter-status" data-status={charter.status}>
      <p style={{ margin: 0 }}>{status}</p>
      {facilitator && charter.status !== 'adopted' && (
        <>
          <Button
            icon={<CheckmarkStarburstRegular />}
            onClick={() => {
              setOpening((n) => n + 1);
              setOpen(true);
            }}
          >
            {t('tab.charter.propose')}
          </Button>
          {opening > 0 && (
            <AskDialog
              key={opening}
              communityId={communityId}
              proposal={{
                question: t('tab.charter.question'),
                details: t('tab.charter.details'),
                method: 'consent',
                subject: 'charter',
                decisionKind: 'charter',
              }}
              open={open}
              onClose={() => setOpen(false)}
              onPosted={() => undefined}
            />
          )}
        </>
      )}
    </div>
  );
}
