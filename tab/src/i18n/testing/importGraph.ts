import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** How the tab's build resolves a specifier: `@elan/core/*` to core's sources, and the vite.config.ts file aliases. */
export interface GraphOptions {
  coreSrc: string;
  /** Absolute file → absolute file, as the `resolve.alias` entries of tab/vite.config.ts swap them. */
  aliases: ReadonlyMap<string, string>;
}

/** One file's imports that stay in the bundle: static ones (type-only ones are erased) and `import()` ones. */
export interface FileImports {
  static: string[];
  dynamic: string[];
}

/** Reads the value imports and re-exports of a TypeScript file, skipping `import type` and all-`type` lists. */
export function readImports(file: string): FileImports {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: FileImports = { static: [], dynamic: [] };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!isTypeOnlyImport(node.importClause)) found.static.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const allTypes = node.exportClause && ts.isNamedExports(node.exportClause) && node.exportClause.elements.every((e) => e.isTypeOnly);
      if (!node.isTypeOnly && !allTypes) found.static.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg)) found.dynamic.push(arg.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

// `import type {…}` and `import { type A, type B }` leave nothing behind (the tab has no verbatimModuleSyntax).
function isTypeOnlyImport(clause: ts.ImportClause | undefined): boolean {
  if (!clause) return false; // `import './x'`: a side effect
  if (clause.isTypeOnly) return true;
  if (clause.name) return false;
  const bindings = clause.namedBindings;
  return !!bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
}

const extensions = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** The source file a specifier means from `from`, after the aliases; undefined for packages and non-code files. */
export function resolveImport(specifier: string, from: string, options: GraphOptions): string | undefined {
  let base: string;
  if (specifier.startsWith('@elan/core/')) base = path.join(options.coreSrc, specifier.slice('@elan/core/'.length));
  else if (specifier.startsWith('.')) base = path.resolve(path.dirname(from), specifier);
  else return undefined;
  for (const ext of extensions) {
    const file = base + ext;
    if (/\.tsx?$/.test(file) && fs.existsSync(file) && fs.statSync(file).isFile()) return options.aliases.get(file) ?? file;
  }
  return undefined;
}

/**
 * Every file reachable from `entry`, each with the chain of files that first reached it (for failure messages).
 * Static imports are always followed; `import()` only when `followDynamic` says so for that importing file.
 */
export function reachableFiles(
  entry: string,
  options: GraphOptions,
  followDynamic: (file: string) => boolean = () => false,
): Map<string, string[]> {
  const chains = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const imports = readImports(file);
    const specifiers = followDynamic(file) ? [...imports.static, ...imports.dynamic] : imports.static;
    for (const specifier of specifiers) {
      const target = resolveImport(specifier, file, options);
      if (!target || chains.has(target)) continue;
      chains.set(target, [...chains.get(file)!, target]);
      queue.push(target);
    }
  }
  return chains;
}
