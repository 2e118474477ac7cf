/** What the stakeholders table, grid and map need to know about one stakeholder. */
export interface StakeholderLike {
  id?: string;
  name?: string;
  tags?: (string | undefined)[];
  notes?: string;
  kind?: string;
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase()
    .trim();

/** Every tag in use, once (case-insensitive, first spelling kept), sorted for the reader's language. */
export function allTags(stakeholders: readonly StakeholderLike[], locale: string): string[] {
  const seen = new Map<string, string>();
  for (const s of stakeholders) for (const tag of s.tags ?? []) if (tag?.trim() && !seen.has(fold(tag))) seen.set(fold(tag), tag.trim());
  return [...seen.values()].sort((a, b) => a.localeCompare(b, locale));
}

/**
 * Indexes of the stakeholders matching a search (name, tags, notes; accents and case ignored; every word must
 * match) and, when given, carrying a tag.
 */
export function filterStakeholders(stakeholders: readonly StakeholderLike[], query: string, tag: string | undefined): number[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const wanted = tag ? fold(tag) : undefined;
  const out: number[] = [];
  stakeholders.forEach((s, i) => {
    const tags = (s.tags ?? []).filter((x): x is string => !!x).map(fold);
    if (wanted && !tags.includes(wanted)) return;
    const haystack = [fold(s.name ?? ''), ...tags, fold(s.notes ?? '')].join(' ');
    if (words.every((w) => haystack.includes(w))) out.push(i);
  });
  return out;
}

/** Splits a typed tag list ("santé, patients") into at most `max` distinct tags. */
export function parseTags(text: string, max = 8): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of text.split(/[,;|]/)) {
    const tag = raw.trim();
    if (!tag || seen.has(fold(tag))) continue;
    seen.add(fold(tag));
    tags.push(tag);
  }
  return tags.slice(0, max);
}

/** Number of relationships each stakeholder takes part in, by id. */
export function degrees(relationships: readonly { from?: string; to?: string }[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of relationships) {
    if (!r.from || !r.to) continue;
    out.set(r.from, (out.get(r.from) ?? 0) + 1);
    if (r.to !== r.from) out.set(r.to, (out.get(r.to) ?? 0) + 1);
  }
  return out;
}
