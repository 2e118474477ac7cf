import { compassDimensions } from '@elan/core/compass/compass';
import { satisfactionLimits } from '@elan/core/surveys/satisfaction/satisfactionItems';
import { Badge, Button, Checkbox, Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import { AddRegular, ArrowUndoRegular, DeleteRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import { compassText } from '../compass/compassText';
import { useT } from '../i18n/useT';
import { bankDimension, isReworded, type OwnRow, type SatisfactionDraft } from './satisfactionDraft';

const useStyles = makeStyles({
  fieldset: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '8px', minWidth: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: '4px' },
  hint: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '10px' },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
    minWidth: 0,
    overflowWrap: 'anywhere',
    paddingBottom: '8px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  meta: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '4px 8px', paddingLeft: '32px' },
  wording: { paddingLeft: '32px' },
  own: { display: 'flex', flexDirection: 'column', gap: '6px', minWidth: 0 },
});

/**
 * The statements of a satisfaction survey before posting: bank items to tick, each with its wording editable
 * and the compass dimension it feeds, and up to three statements of the facilitator's own.
 */
export function SatisfactionEditor({ draft, onChange }: { draft: SatisfactionDraft; onChange(draft: SatisfactionDraft): void }) {
  const { t } = useT();
  const styles = useStyles();
  const hintId = useId();
  const setBank = (index: number, change: Partial<SatisfactionDraft['bank'][number]>) =>
    onChange({ ...draft, bank: draft.bank.map((r, i) => (i === index ? { ...r, ...change } : r)) });
  const setOwn = (index: number, change: Partial<OwnRow>) =>
    onChange({ ...draft, own: draft.own.map((r, i) => (i === index ? { ...r, ...change } : r)) });
  const original = (index: number) => t(`satisfaction.item.${draft.bank[index]!.item}`);

  return (
    <>
      <fieldset className={styles.fieldset} aria-describedby={hintId} data-testid="satisfaction-items">
        <legend className={styles.legend}>{t('tab.satisfaction.items')}</legend>
        <p id={hintId} className={styles.hint}>
          {t('tab.satisfaction.itemsHint')}
        </p>
        <ul className={styles.list}>
          {draft.bank.map((row, i) => {
            const dimension = bankDimension(row);
            const reworded = isReworded(row, t);
            return (
              <li key={row.item} className={styles.item} data-testid={`satisfaction-item-${row.item}`}>
                <Checkbox checked={row.asked} label={original(i)} onChange={(_e, d) => setBank(i, { asked: d.checked === true })} />
                <div className={styles.meta}>
                  <span className={styles.hint}>
                    {dimension ? t('tab.satisfaction.feeds', { dimension: compassText(t, dimension) }) : t('tab.satisfaction.openAnswer')}
                  </span>
                  {row.asked && reworded && (
                    <Badge appearance="tint" color="informative">
                      {t('tab.satisfaction.reworded')}
                    </Badge>
                  )}
                </div>
                {row.asked && (
                  <div className={styles.wording}>
                    <Field
                      label={t('tab.satisfaction.wording')}
                      hint={t('tab.satisfaction.wordingHint', { max: satisfactionLimits.wording })}
                      validationMessage={row.text.trim().length < 3 ? t('tab.satisfaction.tooShort') : undefined}
                    >
                      <Textarea
                        value={row.text}
                        maxLength={satisfactionLimits.wording}
                        resize="vertical"
                        onChange={(_e, d) => setBank(i, { text: d.value })}
                      />
                    </Field>
                    {reworded && (
                      <Button
                        size="small"
                        appearance="subtle"
                        icon={<ArrowUndoRegular />}
                        onClick={() => setBank(i, { text: original(i) })}
                      >
                        {t('tab.satisfaction.restore')}
                      </Button>
                    )}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      </fieldset>
      <fieldset className={styles.fieldset} data-testid="satisfaction-own">
        <legend className={styles.legend}>{t('tab.satisfaction.own.title')}</legend>
        {draft.own.length > 0 && (
          <ul className={styles.list}>
            {draft.own.map((row, i) => (
              <li key={i} className={`${styles.item} ${styles.own}`}>
                <Field
                  label={t('tab.satisfaction.own.label', { n: i + 1 })}
                  validationMessage={row.text.trim().length < 3 ? t('tab.satisfaction.tooShort') : undefined}
                >
                  <Input value={row.text} maxLength={satisfactionLimits.wording} onChange={(_e, d) => setOwn(i, { text: d.value })} />
                </Field>
                <Field label={t('tab.satisfaction.own.dimension')}>
                  <Select value={row.dimension} onChange={(_e, d) => setOwn(i, { dimension: d.value as OwnRow['dimension'] })}>
                    <option value="">{t('tab.satisfaction.own.noDimension')}</option>
                    {compassDimensions.map((d) => (
                      <option key={d} value={d}>
                        {compassText(t, d)}
                      </option>
                    ))}
                  </Select>
                </Field>
                <div>
                  <Button
                    size="small"
                    icon={<DeleteRegular />}
                    onClick={() => onChange({ ...draft, own: draft.own.filter((_r, j) => j !== i) })}
                  >
                    {t('tab.satisfaction.own.remove', { n: i + 1 })}
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        )}
        {draft.own.length < satisfactionLimits.ownItems ? (
          <div>
            <Button icon={<AddRegular />} onClick={() => onChange({ ...draft, own: [...draft.own, { text: '', dimension: '' }] })}>
              {t('tab.satisfaction.own.add')}
            </Button>
          </div>
        ) : (
          <p className={styles.hint}>{t('tab.satisfaction.own.max', { max: satisfactionLimits.ownItems })}</p>
        )}
      </fieldset>
    </>
  );
}
