import type { NotebookResource } from '@elan/core/notebooks/notebook';
import { Body1, Button, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useEffect, useRef } from 'react';
import { announce } from '../common/announcer';
import { usePageStyles } from '../common/pageStyles';
import { formatInstant } from '../i18n/formatDate';
import { useT } from '../i18n/useT';
import { useFieldStyles } from '../workshops/fields/styles';
import { TextField } from '../workshops/fields/TextField';
import { LineField } from './NotebookBits';
import { emptyResource, type ResourceDraft } from './notebookDraft';

/** The API keeps at most this many resources per notebook. */
export const maxResources = 100;

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: '0 0 12px', padding: 0, display: 'flex', flexDirection: 'column', gap: '12px' },
  item: {
    padding: '12px',
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
    '@media (max-width: 480px)': { padding: '8px' },
  },
  fields: { display: 'flex', flexDirection: 'column', gap: '12px', minWidth: 0 },
  foot: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: '4px 12px' },
});

const domId = (id: string, field: string) => `nb-resource-${id}-${field}`;

/**
 * The resources of a notebook: a link or a file name, a one-line description, tags and whether sponsors may see
 * it; who shared each one is shown, not edited (the API keeps it). Focus goes to a new resource's first field, and
 * back to "Add" after a removal.
 */
export function ResourcesEditor({
  resources,
  stored,
  issuesAt,
  issuesUnder,
  onChange,
}: {
  resources: readonly ResourceDraft[];
  /** The resources as stored, for who shared each one and when. */
  stored: readonly NotebookResource[];
  issuesAt(path: string): string[];
  /** Messages for a path and everything below it (`resources.0.tags` and its items). */
  issuesUnder(path: string): string[];
  onChange(next: ResourceDraft[]): void;
}) {
  const { t, locale } = useT();
  const styles = useStyles();
  const page = usePageStyles();
  const fieldStyles = useFieldStyles();
  // Where focus goes once the list the change made is on screen.
  const focusNext = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = undefined;
  });
  const sharedBy = new Map(stored.map((r) => [r.id, r]));
  const set = (index: number, change: Partial<ResourceDraft>) => onChange(resources.map((r, i) => (i === index ? { ...r, ...change } : r)));
  const add = () => {
    const fresh = emptyResource(resources.map((r) => r.id));
    onChange([...resources, fresh]);
    focusNext.current = domId(fresh.id, 'url');
    announce(t('tab.notebooks.resource.added', { n: resources.length + 1 }));
  };
  const remove = (index: number) => {
    onChange(resources.filter((_r, i) => i !== index));
    focusNext.current = 'nb-resource-add';
    announce(t('tab.notebooks.resource.removed', { n: index + 1 }));
  };
  return (
    <>
      {resources.length === 0 ? (
        <Body1 as="p" className={page.muted}>
          {t('tab.notebooks.resources.none')}
        </Body1>
      ) : (
        <ul className={styles.list} data-testid="notebook-resources">
          {resources.map((r, index) => {
            const n = index + 1;
            const at = (field: string) => issuesAt(`resources.${index}.${field}`);
            const shared = sharedBy.get(r.id);
            return (
              <li key={r.id} className={styles.item} data-resource-id={r.id}>
                <fieldset className={fieldStyles.fieldset}>
                  <legend className={fieldStyles.legend}>{t('tab.notebooks.resource.legend', { n })}</legend>
                  <div className={styles.fields}>
                    <LineField
                      id={domId(r.id, 'url')}
                      type="url"
                      label={t('tab.notebooks.resource.url')}
                      value={r.url}
                      issues={at('url')}
                      readOnly={false}
                      onChange={(url) => set(index, { url })}
                    />
                    <LineField
                      id={domId(r.id, 'fileName')}
                      label={t('tab.notebooks.resource.fileName')}
                      value={r.fileName}
                      issues={at('fileName')}
                      readOnly={false}
                      onChange={(fileName) => set(index, { fileName })}
                    />
                    <TextField
                      id={domId(r.id, 'description')}
                      label={t('tab.notebooks.resource.description')}
                      value={r.description}
                      max={150}
                      issues={at('description')}
                      readOnly={false}
                      onChange={(description) => set(index, { description })}
                    />
                    <LineField
                      id={domId(r.id, 'tags')}
                      label={t('tab.notebooks.resource.tags')}
                      hint={t('tab.notebooks.field.tagsHint')}
                      value={r.tags}
                      issues={issuesUnder(`resources.${index}.tags`)}
                      readOnly={false}
                      onChange={(tags) => set(index, { tags })}
                    />
                    <Checkbox
                      id={domId(r.id, 'public')}
                      label={t('tab.notebooks.resource.public')}
                      checked={r.public}
                      onChange={(_e, data) => set(index, { public: data.checked === true })}
                    />
                    <div className={styles.foot}>
                      <span className={fieldStyles.hint} data-testid="resource-shared-by">
                        {shared
                          ? t('tab.notebooks.resource.sharedBy', {
                              name: shared.sharedBy.name,
                              date: formatInstant(locale, shared.sharedAt, 'date'),
                            })
                          : t('tab.notebooks.resource.sharedByYou')}
                      </span>
                      <Button appearance="subtle" icon={<DeleteRegular />} onClick={() => remove(index)}>
                        {t('tab.notebooks.resource.remove', { n })}
                      </Button>
                    </div>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ul>
      )}
      <Button id="nb-resource-add" icon={<AddRegular />} disabled={resources.length >= maxResources} onClick={add}>
        {t('tab.notebooks.resource.add')}
      </Button>
    </>
  );
}
