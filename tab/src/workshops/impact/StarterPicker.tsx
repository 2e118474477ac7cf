import { valueCycles } from '@elan/core/workshops/impact';
import { Button, Checkbox, DialogTrigger, makeStyles, tokens } from '@fluentui/react-components';
import { LibraryRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { DialogShell } from '../../dialogs/DialogShell';
import type { FormApi } from '../form/formApi';
import { starterIndicators } from '@elan/core/workshops/impactStarters';

const useStyles = makeStyles({
  group: { border: 'none', margin: '0 0 12px', padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: '4px' },
  definition: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

const maxIndicators = 15;

/** "Pick from the starter set": the indicators of WORKSHOPS.md §6 by cycle; the chosen ones are added to the list. */
export function StarterPicker({ form, current }: { form: FormApi; current: readonly { name?: string }[] }) {
  const { t } = form;
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState<string[]>([]);
  const have = new Set(current.map((i) => i.name?.trim().toLocaleLowerCase()));
  const room = maxIndicators - current.length;
  const name = (key: string) => t(`tab.w6.starter.${key}` as 'tab.w6.starter.trust');

  const add = () => {
    const chosen = starterIndicators
      .filter((s) => picked.includes(s.key))
      .slice(0, room)
      .map((s) => ({
        name: name(s.key),
        cycle: s.cycle,
        definition: t(`tab.w6.starter.${s.key}.definition` as 'tab.w6.starter.trust.definition'),
        source: s.source,
        ...(s.measure ? { measure: s.measure } : {}),
        ...(s.pulseItem ? { pulseItem: s.pulseItem } : {}),
        frequency: s.frequency,
        target: '',
      }));
    form.set('indicators', [...current, ...chosen]);
    setPicked([]);
    setOpen(false);
  };

  return (
    <DialogShell
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button icon={<LibraryRegular />} disabled={room <= 0}>
          {t('tab.w6.starter.open')}
        </Button>
      }
      title={t('tab.w6.starter.title')}
      actions={
        <>
          <DialogTrigger disableButtonEnhancement>
            <Button appearance="secondary">{t('tab.dialog.cancel')}</Button>
          </DialogTrigger>
          <Button appearance="primary" disabled={picked.length === 0} onClick={add}>
            {t('tab.w6.starter.add', { n: picked.length })}
          </Button>
        </>
      }
    >
      <p style={{ marginTop: 0 }}>{t('tab.w6.starter.intro', { room })}</p>
      {valueCycles.map((cycle) => (
        <fieldset key={cycle} className={styles.group}>
          <legend className={styles.legend}>{t(`doc.cycle.${cycle}`)}</legend>
          {starterIndicators
            .filter((s) => s.cycle === cycle)
            .map((s) => {
              const already = have.has(name(s.key).toLocaleLowerCase());
              const checked = already || picked.includes(s.key);
              return (
                <Checkbox
                  key={s.key}
                  checked={checked}
                  disabled={already || (!checked && picked.length >= room)}
                  onChange={(_e, data) => setPicked(data.checked ? [...picked, s.key] : picked.filter((k) => k !== s.key))}
                  label={
                    <span>
                      {name(s.key)}
                      <br />
                      <span className={styles.definition}>
                        {t(`tab.w6.starter.${s.key}.definition` as 'tab.w6.starter.trust.definition')}
                      </span>
                    </span>
                  }
                />
              );
            })}
        </fieldset>
      ))}
    </DialogShell>
  );
}
