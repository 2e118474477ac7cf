/** One role as workshop 3 records it. */
export interface RoleSlot {
  role: string;
  holder?: string;
  rotation?: 'fixed' | 'rotating' | 'volunteer';
}

/** Who holds a role at one meeting; `person` is null when nobody can be named (volunteer roles, nobody left). */
export interface Assignment {
  role: string;
  kind: 'fixed' | 'rotating' | 'volunteer';
  person: string | null;
}

const key = (name: string) => name.trim().toLocaleLowerCase();

/**
 * Who holds each role over the next `meetings` meetings. Fixed roles keep their holder; volunteer roles stay
 * open; rotating roles take turns among `people`, shifting by one each meeting, so over a full turn everyone holds
 * each rotating role once and nobody holds two roles at the same meeting when there are enough people. Holders of
 * fixed roles are left out of the rotation: they already have a job at every meeting.
 */
export function rotationPlan(roles: readonly RoleSlot[], people: readonly string[], meetings: number): Assignment[][] {
  const fixedHolders = new Set(roles.filter((r) => (r.rotation ?? 'fixed') === 'fixed' && r.holder?.trim()).map((r) => key(r.holder!)));
  const seen = new Set<string>();
  const pool = people
    .map((p) => p.trim())
    .filter((p) => {
      const k = key(p);
      if (p === '' || fixedHolders.has(k) || seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  const plan: Assignment[][] = [];
  for (let m = 0; m < meetings; m++) {
    let turn = 0;
    plan.push(
      roles.map((r): Assignment => {
        const kind = r.rotation ?? 'fixed';
        if (kind === 'fixed') return { role: r.role, kind, person: r.holder?.trim() || null };
        if (kind === 'volunteer') return { role: r.role, kind, person: null };
        const person = pool.length === 0 ? null : pool[(m + turn) % pool.length]!;
        turn += 1;
        return { role: r.role, kind, person };
      }),
    );
  }
  return plan;
}

/** Splits a typed list of names (commas, semicolons or new lines). */
export function parsePeople(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
