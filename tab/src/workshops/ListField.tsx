import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { focusField } from './focusField';
import { FieldError } from './fields/FieldError';
import { useFieldStyles } from './fields/styles';

const useStyles = makeStyles({
  items: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '8px' },
  item: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: '8px',
    padding: '12px',
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    '@media (max-width: 480px)': { padding: '8px', flexDirection: 'column', alignItems: 'stretch' },
  },
  compactItem: {
    padding: 0,
    border: 'none',
    backgroundColor: 'transparent',
    '@media (max-width: 480px)': { padding: 0, flexDirection: 'row', alignItems: 'flex-end' },
  },
  itemBody: { flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column', gap: '12px' },
  removeCompact: { marginTop: '26px', '@media (max-width: 480px)': { marginTop: 0 } },
  removeWrap: { display: 'flex', justifyContent: 'flex-end' },
  footer: { display: 'flex', alignItems: 'center', gap: '12px', flexWrap: 'wrap' },
});

export interface ListFieldProps<T> {
  /** DOM id of the list (see `fieldDomId`); items get `${id}-item-${index}`. */
  id: string;
  label: string;
  hint?: string;
  items: readonly T[];
  max: number;
  /** Problems with the list as a whole (e.g. too many items). */
  issues: readonly string[];
  readOnly: boolean;
  /** One input per item (scope lists): a tighter layout with the remove button beside it. */
  compact?: boolean;
  newItem(): T;
  onChange(items: T[]): void;
  /** Renders the controls of one item; `update` replaces the item. */
  renderItem(item: T, index: number, update: (next: T) => void): ReactNode;
}

/** A repeating group of fields with add and remove buttons whose accessible names say which list and item. */
export function ListField<T>({ id, label, hint, items, max, issues, readOnly, compact, newItem, onChange, renderItem }: ListFieldProps<T>) {
  const { t } = useT();
  const styles = useStyles();
  const fieldStyles = useFieldStyles();
  const errorId = `${id}-error`;
  const addId = `${id}-add`;

  const add = () => {
    onChange([...items, newItem()]);
    // Take the keyboard to the new item once it is rendered.
    requestAnimationFrame(() => focusField(`${id}-item-${items.length}`));
  };
  const remove = (index: number) => {
    onChange(items.filter((_, i) => i !== index));
    requestAnimationFrame(() => document.getElementById(addId)?.focus());
  };

  return (
    <fieldset id={id} className={fieldStyles.fieldset} aria-describedby={issues.length > 0 ? errorId : undefined}>
      <legend className={fieldStyles.legend}>{label}</legend>
      {hint && <p className={fieldStyles.hint}>{hint}</p>}
      {items.length === 0 && readOnly && <Body1 as="p">{t('tab.list.empty')}</Body1>}
      {items.length > 0 && (
        <ul className={styles.items}>
          {items.map((item, index) => (
            // Items have no identity of their own; the position is what the schema and the API use too.
            <li key={index} id={`${id}-item-${index}`} className={compact ? `${styles.item} ${styles.compactItem}` : styles.item}>
              <div className={styles.itemBody}>
                {renderItem(item, index, (next) => onChange(items.map((old, i) => (i === index ? next : old))))}
              </div>
              {!readOnly && (
                <div className={compact ? styles.removeCompact : styles.removeWrap}>
                  <Button
                    appearance="subtle"
                    icon={<DeleteRegular />}
                    aria-label={t('tab.list.removeFrom', { n: index + 1, list: label })}
                    title={t('tab.list.removeFrom', { n: index + 1, list: label })}
                    onClick={() => remove(index)}
                  />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <FieldError id={errorId} messages={issues} />
      {!readOnly && (
        <div className={styles.footer}>
          <Button
            id={addId}
            icon={<AddRegular />}
            disabled={items.length >= max}
            aria-label={t('tab.list.addTo', { list: label })}
            onClick={add}
          >
            {t('list.add')}
          </Button>
          <span className={fieldStyles.hint}>{t('tab.list.count', { count: items.length, max })}</span>
        </div>
      )}
    </fieldset>
  );
}
