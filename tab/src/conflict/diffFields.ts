/**
 * What a person would call "the content" of a value: trimmed text, with empty text, empty list items and
 * empty objects dropped. Two drafts that differ only by whitespace or a blank row are the same to a reader,
 * and the API trims text on save, so comparing raw values would report phantom conflicts.
 */
export function normalize(value: unknown): unknown {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }
  if (Array.isArray(value)) {
    const items = value.map(normalize).filter((v) => v !== undefined);
    return items.length === 0 ? undefined : items;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .map(([k, v]) => [k, normalize(v)] as const)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  return value ?? undefined;
}

/** Whether two values have the same content in the sense of `normalize`. */
export function sameContent(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));
}

/**
 * The top-level fields whose content differs between my draft and theirs, in `order` first (the form's order),
 * then any other field alphabetically.
 */
export function diffFields(mine: Record<string, unknown>, theirs: Record<string, unknown>, order: readonly string[] = []): string[] {
  const keys = new Set([...Object.keys(mine), ...Object.keys(theirs)]);
  const rank = (k: string) => {
    const i = order.indexOf(k);
    return i === -1 ? order.length : i;
  };
  return [...keys].filter((k) => !sameContent(mine[k], theirs[k])).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}
