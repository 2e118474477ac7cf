import { clock } from '@elan/core/documents/charter/clock';
import { ritualRoles } from '@elan/core/workshops/rituals';
import { FNumber, FSelect, FText } from '../form/bound';
import type { FormApi } from '../form/formApi';
import { FieldRow } from '../form/Section';

/** One agenda segment's fields: its label, then its minutes (with the time it starts) and who is in charge. */
export function SegmentFields({ form, path, startsAt }: { form: FormApi; path: string; startsAt: number }) {
  return (
    <>
      <FText form={form} path={`${path}.label`} max={60} />
      <FieldRow>
        <FNumber form={form} path={`${path}.minutes`} min={1} max={480} hint={form.t('tab.w3.segment.startsAt', { at: clock(startsAt) })} />
        <FSelect form={form} path={`${path}.roleInCharge`} values={ritualRoles} />
      </FieldRow>
    </>
  );
}
