/**
 * Dotted paths into a workshop draft (`problems.0.severity`), the same paths zod reports issues on and the
 * API names in its 400 details. Updates are immutable: every object on the way is copied, nothing else is.
 */
export type Path = string;

/** Splits `a.0.b` into segments; digit-only segments are list indexes. */
export function segments(path: Path): (string | number)[] {
  if (path === '') return [];
  return path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** The value at `path`, or undefined when any step is missing. */
export function getIn(root: unknown, path: Path): unknown {
  let at: unknown = root;
  for (const key of segments(path)) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at;
}

function assign(container: unknown, key: string | number, rest: (string | number)[], value: unknown): unknown {
  if (typeof key === 'number') {
    const list = Array.isArray(container) ? [...(container as unknown[])] : [];
    const next = rest.length === 0 ? value : assign(list[key], rest[0]!, rest.slice(1), value);
    if (next === undefined && rest.length === 0) list.splice(key, 1);
    else list[key] = next;
    return list;
  }
  const object = container !== null && typeof container === 'object' && !Array.isArray(container) ? { ...(container as object) } : {};
  const record = object as Record<string, unknown>;
  const next = rest.length === 0 ? value : assign(record[key], rest[0]!, rest.slice(1), value);
  // An unset choice, number or date is removed rather than stored as undefined (JSON would drop it anyway).
  if (next === undefined) delete record[key];
  else record[key] = next;
  return record;
}

/**
 * A copy of `root` with `value` at `path`, creating objects and lists on the way. `undefined` removes an
 * object key; at a list index it removes the item (use `removeAt` from listOps to keep the intent explicit).
 */
export function setIn<T>(root: T, path: Path, value: unknown): T {
  const keys = segments(path);
  if (keys.length === 0) return value as T;
  return assign(root, keys[0]!, keys.slice(1), value) as T;
}

/** The path of a child: `child('problems', 0)` is `problems.0`. */
export function child(path: Path, key: string | number): Path {
  return path === '' ? String(key) : `${path}.${key}`;
}
