import { type Persona, personas } from '@elan/core/dev/personas';
import { preferences } from '../common/storage';

const key = 'elan.persona';

/** The persona local preview acts as: the remembered one, else the facilitator. */
export function rememberedPersona(): Persona {
  const id = preferences.get(key);
  return personas.find((p) => p.userId === id) ?? personas[0]!;
}

/** Remembers the persona for the next visit. */
export function rememberPersona(persona: Persona): void {
  preferences.set(key, persona.userId);
}
