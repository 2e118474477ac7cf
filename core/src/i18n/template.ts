import type { Locale } from './locale';

/** The values a template's `{name}` placeholders and plural blocks are filled from. */
export type MessageParams = Record<string, string | number>;

/** Fills a catalog template (plural blocks, then placeholders) as `translate` does, for a template in hand. */
export function fillTemplate(locale: Locale, template: string, params: MessageParams): string {
  return choosePlurals(locale, template, params).replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** One `{name, plural, …}` block of a template: its parameter, its branches and where it ends. */
export interface PluralBlock {
  name: string;
  branches: Map<string, string>;
  end: number;
}

const pluralStart = /\{(\w+), plural,/g;

/** Reads the plural block starting at `start` (its `{`); undefined when it is malformed. */
export function readPluralBlock(template: string, start: number): PluralBlock | undefined {
  const head = /^\{(\w+), plural,/.exec(template.slice(start));
  if (!head) return undefined;
  const branches = new Map<string, string>();
  let at = start + head[0].length;
  for (;;) {
    while (template[at] === ' ') at += 1;
    if (template[at] === '}') return { name: head[1]!, branches, end: at + 1 };
    const selector = /^(=\d+|zero|one|two|few|many|other) ?\{/.exec(template.slice(at));
    if (!selector) return undefined;
    at += selector[0].length;
    const bodyStart = at;
    for (let depth = 1; depth > 0; at += 1) {
      if (at >= template.length) return undefined;
      if (template[at] === '{') depth += 1;
      else if (template[at] === '}') depth -= 1;
    }
    branches.set(selector[1]!, template.slice(bodyStart, at - 1));
  }
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** Replaces every plural block whose number is in `params` by the branch the language's rules choose. */
function choosePlurals(locale: Locale, template: string, params: MessageParams): string {
  if (!template.includes(', plural,')) return template;
  let out = '';
  let from = 0;
  for (const match of template.matchAll(pluralStart)) {
    if (match.index < from) continue;
    const block = readPluralBlock(template, match.index);
    if (!block || !Object.prototype.hasOwnProperty.call(params, block.name)) continue;
    const value = params[block.name]!;
    const n = Number(value);
    let rules = pluralRules.get(locale);
    if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
    // A value that is not a number (already formatted, say) takes the general form rather than showing the block.
    const form = Number.isFinite(n) ? (block.branches.get(`=${n}`) ?? block.branches.get(rules.select(n))) : undefined;
    const branch = form ?? block.branches.get('other') ?? '';
    out += template.slice(from, match.index) + choosePlurals(locale, branch, params).replaceAll('#', String(value));
    from = block.end;
  }
  return out + template.slice(from);
}
