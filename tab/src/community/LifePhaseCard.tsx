import { type LifePhase, type LifePhaseView, lifePhases } from '@elan/core/community/lifePhase';
import type { CommunityView } from '@elan/core/contract';
import { can } from '@elan/core/policies/can';
import { Badge, Body1, Button, Field, makeStyles, MessageBar, MessageBarBody, Select, Spinner, tokens } from '@fluentui/react-components';
import { CheckmarkRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { ApiFailure } from '../api/failure';
import { announce } from '../common/announcer';
import { failureMessage } from '../common/failureMessage';
import { usePageStyles } from '../common/pageStyles';
import { TitledSection } from '../common/TitledSection';
import { formatInstant } from '../i18n/formatDate';
import { useT } from '../i18n/useT';
import { useSession } from '../session/SessionContext';
import { confirmLifePhase } from './lifePhaseEndpoints';
import { WhatToDoNow } from './WhatToDoNow';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: '10px', alignItems: 'flex-start' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'flex-end' },
  badges: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'center' },
  text: { margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground3 },
  select: { minWidth: '12rem', maxWidth: '100%' },
});

/**
 * The community home's life phase: the phase shown (confirmed by a facilitator, else Élan's suggestion) with its
 * CEFRIO stage, when and by whom it was confirmed; facilitators confirm it or choose another. Then what to do now.
 */
export function LifePhaseCard({ community }: { community: CommunityView }) {
  const { t, locale } = useT();
  const { api } = useSession();
  const page = usePageStyles();
  const styles = useStyles();
  const [view, setView] = useState<LifePhaseView>(community.lifePhase);
  const shown = view.confirmed ?? view.suggested;
  const [chosen, setChosen] = useState<LifePhase>(shown);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const mayConfirm = can(community.role, 'community.phase') && community.lifecycle.stage !== 'archived';

  async function confirm() {
    setSaving(true);
    setFailure(undefined);
    setNotice(undefined);
    try {
      const next = await confirmLifePhase(api, community.id, chosen, view.changedAt ?? null);
      setView(next);
      const said = t('tab.lifePhase.done', { phase: t(`lifePhase.${chosen}`) });
      setNotice(said);
      announce(said);
    } catch (error) {
      // Another facilitator confirmed one at the same moment (412): show the phase stored beside the explanation.
      const current =
        error instanceof ApiFailure ? (error.body as { current?: { lifePhase?: LifePhaseView } } | undefined)?.current : undefined;
      if (current?.lifePhase) {
        setView(current.lifePhase);
        setChosen(current.lifePhase.confirmed ?? current.lifePhase.suggested);
      }
      setFailure(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
      <TitledSection headingId="home-life-phase" title={t('tab.lifePhase.title')} className={page.card} testId="home-life-phase">
        <div className={styles.stack}>
          <div className={styles.badges}>
            <Badge
              appearance={view.confirmed ? 'filled' : 'tint'}
              shape="rounded"
              color="brand"
              data-testid="life-phase-badge"
              data-phase={shown}
              data-confirmed={view.confirmed ? 'true' : 'false'}
            >
              {t(`lifePhase.${shown}`)}
            </Badge>
            <Body1 as="span" className={styles.muted}>
              {t(`lifePhase.stage.${shown}`)}
            </Body1>
          </div>
          <Body1 as="p" className={styles.muted} data-testid="life-phase-status">
            {view.confirmed && view.changedAt
              ? t('tab.lifePhase.confirmed', { date: formatInstant(locale, view.changedAt, 'date'), name: view.changedBy?.name ?? '' })
              : t('tab.lifePhase.suggested')}
          </Body1>
          {view.confirmed && view.confirmed !== view.suggested && (
            <Body1 as="p" className={styles.muted} data-testid="life-phase-suggestion">
              {t('tab.lifePhase.suggestionDiffers', { phase: t(`lifePhase.${view.suggested}`) })}
            </Body1>
          )}
          <Body1 as="p" className={styles.text}>
            {t(`tab.lifePhase.about.${shown}`)}
          </Body1>
          {mayConfirm ? (
            <div className={styles.row}>
              <Field label={t('tab.lifePhase.choose')}>
                <Select
                  className={styles.select}
                  value={chosen}
                  disabled={saving}
                  data-testid="life-phase-select"
                  onChange={(_e, d) => setChosen(d.value as LifePhase)}
                >
                  {lifePhases.map((p) => (
                    <option key={p} value={p}>
                      {t(`lifePhase.${p}`)}
                    </option>
                  ))}
                </Select>
              </Field>
              <Button
                appearance="primary"
                disabledFocusable={saving || chosen === view.confirmed}
                icon={saving ? <Spinner size="tiny" /> : <CheckmarkRegular />}
                onClick={() => void confirm()}
              >
                {saving ? t('tab.lifePhase.confirming') : t('tab.lifePhase.confirm')}
              </Button>
            </div>
          ) : (
            <Body1 as="p" className={styles.muted}>
              {t('tab.lifePhase.readOnly')}
            </Body1>
          )}
          {notice && (
            <MessageBar intent="success" layout="multiline" data-testid="life-phase-notice">
              <MessageBarBody>{notice}</MessageBarBody>
            </MessageBar>
          )}
          {failure !== undefined && (
            <MessageBar intent="error" layout="multiline" data-testid="life-phase-error">
              <MessageBarBody>{failureMessage(failure, t)}</MessageBarBody>
            </MessageBar>
          )}
        </div>
      </TitledSection>
      <WhatToDoNow community={community} phase={shown} view={view} />
    </>
  );
}
