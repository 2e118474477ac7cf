import type { IdentityFormApi } from './formApi';
import { IdentitySection } from './sections/IdentitySection';
import { LifespanSection } from './sections/LifespanSection';
import { SponsorsSection } from './sections/SponsorsSection';
import { SuccessScopeSection } from './sections/SuccessScopeSection';
import { ValuesSection } from './sections/ValuesSection';
import { WhoSection } from './sections/WhoSection';

/** Every field of workshop 1, in the order the session runs. */
export function IdentityForm({ form }: { form: IdentityFormApi }) {
  return (
    <form onSubmit={(e) => e.preventDefault()} noValidate style={{ display: 'flex', flexDirection: 'column', gap: 16, minWidth: 0 }}>
      <IdentitySection form={form} />
      <WhoSection form={form} />
      <ValuesSection form={form} />
      <SuccessScopeSection form={form} />
      <SponsorsSection form={form} />
      <LifespanSection form={form} />
    </form>
  );
}
