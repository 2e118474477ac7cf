import fs from 'node:fs';
import ts from 'typescript';
import { type GraphOptions, readImports, resolveImport } from './importGraph';

/**
 * The catalog keys a source file can ask for: every string literal equal to a key, and every key a template
 * literal that starts like a key can make (`tab.guide.${n}.why` stands for all `tab.guide.….why`). Property
 * names (a catalog part's own keys), literal types and import specifiers are not counted. A dotted string that
 * starts keys (`doc.between`) stands for all of them, since code joins such prefixes to values at run time
 * (`${prefix}.${value}`); a prefix made at run time from pieces that are not keys' starts is not seen.
 * `bound` names variables whose value is known (a workshop's page for workshop 1: `n` is 1), put into templates
 * (`tab.guide.${n}.why` is then `tab.guide.1.why` alone).
 */
export function keysInFile(file: string, allKeys: ReadonlySet<string>, bound: ReadonlyMap<string, string> = new Map()): Set<string> {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found = new Set<string>();
  const patterns: RegExp[] = [];
  const prefixes: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isStringLiteralLike(node)) {
      const isPropertyName = ts.isPropertyAssignment(node.parent) && node.parent.name === node;
      // A type (`'poll.vote' | 'poll.close'`, policy actions) is gone at run time.
      const isType = ts.isLiteralTypeNode(node.parent);
      if (!isPropertyName && !isType) {
        if (allKeys.has(node.text)) found.add(node.text);
        // A dotted prefix of keys (`doc.between`, joined to a value at run time: `${prefix}.${value}`).
        if (node.text.includes('.') && !node.text.endsWith('.')) prefixes.push(`${node.text}.`);
      }
    } else if (ts.isTemplateExpression(node)) {
      // Only a template that starts like a key (`role.${r}`); `${prefix}.${value}` joins strings made elsewhere.
      const pieces = node.templateSpans.map((s) => {
        const value = ts.isIdentifier(s.expression) ? bound.get(s.expression.text) : undefined;
        return `${value === undefined ? '.+' : escapeRegExp(value)}${escapeRegExp(s.literal.text)}`;
      });
      if (node.head.text.includes('.')) patterns.push(new RegExp(`^${escapeRegExp(node.head.text)}${pieces.join('')}$`));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (patterns.length > 0 || prefixes.length > 0)
    for (const key of allKeys) if (patterns.some((p) => p.test(key)) || prefixes.some((p) => key.startsWith(p))) found.add(key);
  return found;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The `import()` specifiers of a file whose code renders with the first catalog only: all of them except those
 * handed to `lazyScreen(…)` without `{ catalog: 'first' }` (that screen downloads the whole catalog first).
 */
export function firstCatalogDynamicImports(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node, insideFullCatalogScreen: boolean): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'lazyScreen') {
      const options = node.arguments[1];
      const firstOnly = !!options && /catalog:\s*'first'/.test(options.getText(source));
      ts.forEachChild(node, (child) => visit(child, insideFullCatalogScreen || !firstOnly));
      return;
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg) && !insideFullCatalogScreen) found.push(arg.text);
    }
    ts.forEachChild(node, (child) => visit(child, insideFullCatalogScreen));
  };
  visit(source, false);
  return found;
}

/**
 * Every file whose code can run with only the catalog parts of one step loaded, starting from `entries` (main.tsx
 * for the first parts, a workshop's page and form for its parts): static imports, and `import()` as
 * `firstCatalogDynamicImports` says, except from the files in `skipDynamic` (the catalog loader, the loader of
 * every workshop's form). Each file comes with the chain that reached it.
 */
export function firstCatalogFiles(
  entries: string | string[],
  options: GraphOptions,
  skipDynamic: ReadonlySet<string>,
): Map<string, string[]> {
  const starts = typeof entries === 'string' ? [entries] : entries;
  const chains = new Map<string, string[]>(starts.map((entry) => [entry, [entry]]));
  const queue = [...starts];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const dynamic = skipDynamic.has(file) ? [] : firstCatalogDynamicImports(file);
    for (const specifier of [...readImports(file).static, ...dynamic]) {
      const target = resolveImport(specifier, file, options);
      if (!target || chains.has(target)) continue;
      chains.set(target, [...chains.get(file)!, target]);
      queue.push(target);
    }
  }
  return chains;
}
