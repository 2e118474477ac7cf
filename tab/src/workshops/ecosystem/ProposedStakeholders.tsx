import type { EcosystemDraft } from '@elan/core/workshops/ecosystem';
import { Button, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { AddRegular, DismissRegular } from '@fluentui/react-icons';
import { announce } from '../../common/announcer';
import type { FormApi } from '../form/formApi';
import { acceptProposal, dismissProposal, type Proposal } from './proposals';

const useStyles = makeStyles({
  box: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '12px',
    display: 'flex',
    flexDirection: 'column',
    gap: '8px',
  },
  title: { margin: 0 },
  hint: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '8px' },
  item: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '4px 12px', overflowWrap: 'anywhere' },
  main: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: '12em' },
  meta: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', gap: '8px' },
});

/**
 * People and organisations members named in a snowball survey: the group adds each to the map (then rates it)
 * or sets it aside.
 */
export function ProposedStakeholders({
  form,
  proposals,
  full,
  onAccepted,
}: {
  form: FormApi;
  proposals: readonly Partial<Proposal>[];
  /** The map holds its maximum of stakeholders: nothing more can be added. */
  full: boolean;
  onAccepted(id: string): void;
}) {
  const { t, readOnly } = form;
  const styles = useStyles();
  if (proposals.length === 0) return null;
  const change = (p: Partial<Proposal>, accept: boolean) => {
    if (!p.id) return;
    const id = p.id;
    form.change(
      (d) => (accept ? acceptProposal(d as EcosystemDraft, id) : dismissProposal(d as EcosystemDraft, id)) as Record<string, unknown>,
    );
    announce(t(accept ? 'tabAsks.proposed.added' : 'tabAsks.proposed.dismissed', { name: p.name ?? '' }));
    if (accept) onAccepted(id);
  };
  return (
    <section className={styles.box} aria-labelledby="proposed-title" data-testid="proposed-stakeholders">
      <Subtitle2 as="h3" id="proposed-title" className={styles.title}>
        {t('tabAsks.proposed.title')}
      </Subtitle2>
      <p className={styles.hint}>{t('tabAsks.proposed.hint')}</p>
      <ul className={styles.list}>
        {proposals.map((p, i) => (
          <li key={p.id ?? i} className={styles.item} data-proposal={p.id}>
            <div className={styles.main}>
              <strong>{p.name}</strong>
              <span className={styles.meta}>
                {p.kind ? t(`doc.stakeholderKind.${p.kind}`) : ''} · {t('tabAsks.proposed.nominations', { n: p.nominations ?? 0 })}
                {p.reasons && p.reasons.length > 0 ? ` · ${p.reasons.join(' · ')}` : ''}
              </span>
            </div>
            {!readOnly && (
              <div className={styles.actions}>
                <Button
                  size="small"
                  icon={<AddRegular />}
                  disabled={full}
                  aria-label={t('tabAsks.proposed.add', { name: p.name ?? '' })}
                  onClick={() => change(p, true)}
                >
                  {t('tabAsks.proposed.addShort')}
                </Button>
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<DismissRegular />}
                  aria-label={t('tabAsks.proposed.dismiss', { name: p.name ?? '' })}
                  onClick={() => change(p, false)}
                >
                  {t('tabAsks.proposed.dismissShort')}
                </Button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
