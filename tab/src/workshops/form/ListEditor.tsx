import { Body1, Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { AddRegular, ArrowDownRegular, ArrowUpRegular, DeleteRegular } from '@fluentui/react-icons';
import { type ReactNode, useState } from 'react';
import { announce } from '../../common/announcer';
import { usePageStyles } from '../../common/pageStyles';
import { FieldError } from '../fields/FieldError';
import { useFieldStyles } from '../fields/styles';
import { focusField } from '../focusField';
import { Pager } from './Pager';
import type { FormApi } from './formApi';
import { child } from './paths';

const useStyles = makeStyles({
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
    '@media (max-width: 480px)': { padding: 0 },
  },
  itemBody: { flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column', gap: '12px' },
  actions: { display: 'flex', gap: '2px', justifyContent: 'flex-end', flexShrink: 0 },
  actionsCompact: { marginTop: '26px', '@media (max-width: 480px)': { marginTop: 0 } },
  footer: { display: 'flex', alignItems: 'center', gap: '8px 12px', flexWrap: 'wrap' },
});

export interface ListEditorProps {
  form: FormApi;
  /** The list's path in the draft (`problems`, `pulse.itemIds`). */
  path: string;
  max: number;
  /** Defaults to the path's label. */
  label?: string;
  hint?: string;
  /** One input per item: a tighter layout with the buttons beside it. */
  compact?: boolean;
  newItem(): unknown;
  /** The controls of one item, addressed by its path (`problems.0`). */
  renderItem(itemPath: string, index: number): ReactNode;
  /** More buttons beside "Add" (presets, a starter set). */
  extraActions?: ReactNode;
  /** Shown under the list (a running total, a warning). */
  footerNote?: ReactNode;
  /** Long lists (a thousand relationships) show this many items at a time, with a pager. */
  pageSize?: number;
  /** Asks before removing an item (a whole meeting series): call `remove` once the person confirms. */
  confirmRemove?(index: number, remove: () => void): void;
}

/**
 * A repeating group of fields: add, move up, move down and remove (with undo). Every button's accessible name
 * says which item of which list, and focus follows the item being moved.
 */
export function ListEditor({
  form,
  path,
  max,
  label,
  hint,
  compact,
  newItem,
  renderItem,
  extraActions,
  footerNote,
  pageSize,
  confirmRemove,
}: ListEditorProps) {
  const { t, readOnly } = form;
  const styles = useStyles();
  const pageStyles = usePageStyles();
  const fieldStyles = useFieldStyles();
  const value = form.get(path);
  const items = Array.isArray(value) ? value : [];
  const id = form.domId(path);
  const listLabel = label ?? form.label(path);
  const issues = form.issuesAt(path);
  const errorId = `${id}-error`;
  const itemId = (i: number) => `${id}-item-${i}`;
  const [pageState, setPage] = useState(0);
  const size = pageSize ?? Math.max(1, items.length);
  const pages = Math.max(1, Math.ceil(items.length / size));
  const page = Math.min(pageState, pages - 1);
  const first = page * size;
  const visible = items.slice(first, first + size);

  const add = () => {
    form.add(path, newItem());
    setPage(Math.floor(items.length / size));
    // Take the keyboard to the new item once it is rendered.
    requestAnimationFrame(() => focusField(itemId(items.length)));
  };
  const move = (from: number, to: number, direction: 'up' | 'down') => {
    form.move(path, from, to);
    setPage(Math.floor(to / size));
    announce(t('tab.list.moved', { n: to + 1, count: items.length, list: listLabel }));
    requestAnimationFrame(() => document.getElementById(`${itemId(to)}-${direction}`)?.focus());
  };

  return (
    <fieldset id={id} className={fieldStyles.fieldset} aria-describedby={issues.length > 0 ? errorId : undefined}>
      <legend className={fieldStyles.legend}>{listLabel}</legend>
      {hint && <p className={fieldStyles.hint}>{hint}</p>}
      {items.length === 0 && readOnly && <Body1 as="p">{t('tab.list.empty')}</Body1>}
      {items.length > 0 && (
        <ul className={pageStyles.list}>
          {visible.map((_item, offset) => {
            const index = first + offset;
            const names = { n: index + 1, list: listLabel };
            return (
              // Items have no identity of their own; the position is what the schema and the API use too.
              <li key={index} id={itemId(index)} className={mergeClasses(styles.item, compact && styles.compactItem)}>
                <div className={styles.itemBody}>{renderItem(child(path, index), index)}</div>
                {!readOnly && (
                  <div className={mergeClasses(styles.actions, compact && styles.actionsCompact)}>
                    <Button
                      id={`${itemId(index)}-up`}
                      appearance="subtle"
                      icon={<ArrowUpRegular />}
                      disabledFocusable={index === 0}
                      aria-label={t('tab.list.moveUp', names)}
                      title={t('tab.list.moveUp', names)}
                      onClick={() => move(index, index - 1, 'up')}
                    />
                    <Button
                      id={`${itemId(index)}-down`}
                      appearance="subtle"
                      icon={<ArrowDownRegular />}
                      disabledFocusable={index === items.length - 1}
                      aria-label={t('tab.list.moveDown', names)}
                      title={t('tab.list.moveDown', names)}
                      onClick={() => move(index, index + 1, 'down')}
                    />
                    <Button
                      appearance="subtle"
                      icon={<DeleteRegular />}
                      aria-label={t('tab.list.removeFrom', names)}
                      title={t('tab.list.removeFrom', names)}
                      onClick={() => {
                        const remove = () => {
                          form.remove(path, index);
                          requestAnimationFrame(() => document.getElementById(`${id}-add`)?.focus());
                        };
                        if (confirmRemove) confirmRemove(index, remove);
                        else remove();
                      }}
                    />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <Pager t={t} className={styles.footer} list={listLabel} page={page} size={size} count={items.length} onPage={setPage} />
      <FieldError id={errorId} messages={issues} />
      {footerNote}
      {!readOnly && (
        <div className={styles.footer}>
          <Button
            id={`${id}-add`}
            icon={<AddRegular />}
            disabled={items.length >= max}
            aria-label={t('tab.list.addTo', { list: listLabel })}
            onClick={add}
          >
            {t('list.add')}
          </Button>
          {extraActions}
          <span className={fieldStyles.hint}>{t('tab.list.count', { count: items.length, max })}</span>
        </div>
      )}
    </fieldset>
  );
}
