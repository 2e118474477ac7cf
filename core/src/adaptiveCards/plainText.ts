// Adaptive Card TextBlocks render a Markdown subset (bold, italic, lists, links), Teams expands
// {{DATE()}}/{{TIME()}} in them, and Adaptive Card templating reads ${...} anywhere in a card. Text that
// people typed (names, questions, options, reasons) must show as typed, never as any of these.

// Characters that start inline Markdown, HTML, entities or template/date expressions wherever they appear.
const inlineSpecial = /[\\`*_[\]<>~&{]/g;
// At the start of a line: headings, quotes, list bullets and numbered-list markers ("1." or "1)").
const lineStart = /^([ \t]*)(?:([#>+\-=])|(\d+)([.)]))/gm;

/**
 * Escapes user text for the `text` of an Adaptive Card TextBlock (or a catalog parameter placed in one):
 * every Markdown, HTML and template special character gets a CommonMark backslash escape, so the text
 * renders literally — `[x](url)` stays brackets, `**b**` stays asterisks, `<b>` stays angle brackets,
 * and `${a}` / `{{DATE(…)}}` no longer contain the sequences templating and Teams look for.
 * Use it on every piece of user text in a TextBlock, and only there (inputs and choice titles are not
 * Markdown: use {@link plainField} for those).
 */
export function plainText(text: string): string {
  return text
    .replace(inlineSpecial, '\\$&')
    .replace(lineStart, (_m, indent: string, mark?: string, digits?: string, dot?: string) =>
      mark !== undefined ? `${indent}\\${mark}` : `${indent}${digits}\\${dot}`,
    );
}

/**
 * Neutralises template expressions in user text placed in a non-Markdown card field (choice titles,
 * input labels and values, action titles): `${` gets an invisible word joiner between its characters,
 * so no templating engine sees an expression, while the text reads the same.
 */
export function plainField(text: string): string {
  return text.replace(/\$\{/g, '$\u2060{').replace(/\{\{/g, '{\u2060{');
}
