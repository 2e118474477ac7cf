import { quadrantOf } from '@elan/core/documents/charter/quadrant';
import { dispositions, stakeholderKinds } from '@elan/core/workshops/ecosystem';
import { Button, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular, DeleteRegular, DismissRegular } from '@fluentui/react-icons';
import { FCheckbox, FPerson, FScale, FSelect, FText } from '../form/bound';
import type { FormApi } from '../form/formApi';
import { FieldRow } from '../form/Section';
import { TagsField } from './TagsField';
import type { Stakeholder } from './useEcosystem';

const useStyles = makeStyles({
  box: {
    border: `2px solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: '16px',
    display: 'flex',
    flexDirection: 'column',
    gap: '14px',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: '8px', flexWrap: 'wrap' },
  title: { margin: 0, overflowWrap: 'anywhere', outline: 'none', display: 'block' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '4px' },
});

/** The fields of one stakeholder, opened from the table, the grid or the map. */
export function StakeholderEditor({
  form,
  index,
  count,
  stakeholder,
  knownTags,
  onMove,
  onRemove,
  onClose,
}: {
  form: FormApi;
  index: number;
  count: number;
  stakeholder: Partial<Stakeholder>;
  knownTags: readonly string[];
  onMove(to: number): void;
  onRemove(): void;
  onClose(): void;
}) {
  const { t, readOnly } = form;
  const styles = useStyles();
  const path = `stakeholders.${index}`;
  const name = stakeholder.name?.trim() || t('tab.w5.unnamed', { n: index + 1 });
  return (
    <section className={styles.box} aria-labelledby="stakeholder-editor-title" data-testid="stakeholder-editor" id={form.domId(path)}>
      <div className={styles.head}>
        <Subtitle2 as="h3" id="stakeholder-editor-title" className={styles.title} tabIndex={-1}>
          {t('tab.w5.editor.title', { name, n: index + 1, count })}
        </Subtitle2>
        <div className={styles.actions}>
          {!readOnly && (
            <>
              <Button size="small" icon={<ArrowUpRegular />} disabledFocusable={index === 0} onClick={() => onMove(index - 1)}>
                {t('tab.w5.editor.moveUp')}
              </Button>
              <Button size="small" icon={<ArrowDownRegular />} disabledFocusable={index === count - 1} onClick={() => onMove(index + 1)}>
                {t('tab.w5.editor.moveDown')}
              </Button>
              <Button size="small" icon={<DeleteRegular />} onClick={onRemove}>
                {t('tab.w5.editor.remove')}
              </Button>
            </>
          )}
          <Button size="small" appearance="subtle" icon={<DismissRegular />} onClick={onClose}>
            {t('tab.w5.editor.close')}
          </Button>
        </div>
      </div>
      <FText form={form} path={`${path}.name`} max={100} />
      <FieldRow>
        <FSelect form={form} path={`${path}.kind`} values={stakeholderKinds} />
        <FSelect form={form} path={`${path}.disposition`} values={dispositions} />
      </FieldRow>
      <FieldRow>
        <FScale form={form} path={`${path}.power`} min={1} max={5} />
        <FScale form={form} path={`${path}.interest`} min={1} max={5} />
      </FieldRow>
      <p style={{ margin: 0 }} data-testid="editor-quadrant">
        {t('tab.w5.editor.quadrant', { quadrant: t(`doc.quadrant.${quadrantOf(stakeholder.power, stakeholder.interest)}`) })}
      </p>
      <TagsField form={form} path={`${path}.tags`} known={knownTags} />
      <FCheckbox form={form} path={`${path}.inTeams`} />
      <FPerson form={form} path={`${path}.relationshipOwner`} optional />
      <FText form={form} path={`${path}.notes`} max={300} multiline />
    </section>
  );
}
