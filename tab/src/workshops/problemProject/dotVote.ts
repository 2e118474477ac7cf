/** Poll options may hold 80 characters; a longer statement is cut at a word and marked with an ellipsis. */
export function optionLabel(text: string, max = 80): string {
  const clean = text.trim().replace(/\s+/g, ' ');
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The options of the dot vote on the problems: each statement once (case-insensitively, as the API checks),
 * at most ten, and the points each member spreads: about a third of the options, at least 3 (WORKSHOPS.md §4).
 */
export function dotVoteOptions(statements: readonly unknown[]): { options: string[]; dots: number } {
  const seen = new Set<string>();
  const options: string[] = [];
  for (const s of statements) {
    if (typeof s !== 'string' || s.trim() === '') continue;
    let label = optionLabel(s);
    // Two statements that start alike would collide once cut: number the later one.
    for (let k = 2; seen.has(label.toLocaleLowerCase()); k++) label = `${optionLabel(s, 76)} (${k})`;
    seen.add(label.toLocaleLowerCase());
    options.push(label);
    if (options.length === 10) break;
  }
  return { options, dots: Math.min(20, Math.max(3, Math.ceil(options.length / 3))) };
}
