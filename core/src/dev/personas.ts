import type { Role } from '../community/community';
import type { MessageKey } from '../i18n/fr';

/** The seeded people a developer can act as in local preview (outside Teams). */
export interface Persona {
  userId: string;
  name: string;
  tenantId: string;
  /** The role this persona is meant to play in demo communities. */
  role: Role;
  label: MessageKey;
}

export const localTenantId = 'local-tenant';

export const personas: readonly Persona[] = [
  {
    userId: 'local-facilitator',
    name: 'Nadia Tremblay',
    tenantId: localTenantId,
    role: 'facilitator',
    label: 'preview.persona.facilitator',
  },
  { userId: 'local-member', name: 'Marc-André Gagnon', tenantId: localTenantId, role: 'member', label: 'preview.persona.member' },
  { userId: 'local-sponsor', name: 'Hélène Bouchard', tenantId: localTenantId, role: 'sponsor', label: 'preview.persona.sponsor' },
];
