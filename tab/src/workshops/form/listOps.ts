import { getIn, type Path, setIn } from './paths';

/** A copy of `items` with the item at `from` moved to `to` (both clamped to the list). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  if (from < 0 || from >= next.length) return next;
  const target = Math.max(0, Math.min(next.length - 1, to));
  const [item] = next.splice(from, 1);
  next.splice(target, 0, item as T);
  return next;
}

/** A copy of `items` with `item` inserted at `index` (clamped, so a list that shrank meanwhile still takes it back). */
export function insertAt<T>(items: readonly T[], index: number, item: T): T[] {
  const next = [...items];
  next.splice(Math.max(0, Math.min(next.length, index)), 0, item);
  return next;
}

/** What a removal took away, so it can be put back. */
export interface Removal {
  /** Increases with every removal, so the undo bar restarts its timer for a new one. */
  id: number;
  /** The list the user removed from (`problems`, `pulse.itemIds`); focus returns there. */
  path: Path;
  /** The label of that list, for "Item removed from …". */
  label: string;
  /** Every item taken away: the one removed, and any that referred to it (a stakeholder's relationships). */
  items: { path: Path; index: number; item: unknown }[];
}

const listAt = (draft: unknown, path: Path): unknown[] => {
  const value = getIn(draft, path);
  return Array.isArray(value) ? value : [];
};

/**
 * Removes several items at once (each `{path, index}` as the lists are now) and returns the new draft and
 * what to give back on undo. Indexes that do not exist are ignored; nothing removed gives no removal.
 */
export function removeManyFromDraft<D>(
  draft: D,
  targets: readonly { path: Path; index: number }[],
  meta: { id: number; label: string; path: Path },
): { draft: D; removal: Removal | undefined } {
  const items: Removal['items'] = [];
  let next = draft;
  for (const path of [...new Set(targets.map((t) => t.path))]) {
    const list = listAt(draft, path);
    const indexes = new Set(targets.filter((t) => t.path === path && t.index >= 0 && t.index < list.length).map((t) => t.index));
    if (indexes.size === 0) continue;
    for (const index of [...indexes].sort((a, b) => a - b)) items.push({ path, index, item: list[index] });
    next = setIn(
      next,
      path,
      list.filter((_, i) => !indexes.has(i)),
    );
  }
  return items.length === 0 ? { draft, removal: undefined } : { draft: next, removal: { ...meta, items } };
}

/** Removes item `index` of the list at `path`; returns the new draft and what to give back on undo. */
export function removeFromDraft<D>(
  draft: D,
  path: Path,
  index: number,
  meta: { id: number; label: string },
): { draft: D; removal: Removal | undefined } {
  return removeManyFromDraft(draft, [{ path, index }], { ...meta, path });
}

/**
 * Puts removed items back where they were, in the lists as they are now (other edits made since are kept).
 * Items go back in ascending index order, so each lands at its original position.
 */
export function undoRemoval<D>(draft: D, removal: Removal): D {
  let next = draft;
  for (const { path, index, item } of removal.items) next = setIn(next, path, insertAt(listAt(next, path), index, item));
  return next;
}

/** Moves item `from` of the list at `path` to position `to`. */
export function moveInDraft<D>(draft: D, path: Path, from: number, to: number): D {
  return setIn(draft, path, moveItem(listAt(draft, path), from, to));
}

/** Appends `item` to the list at `path`. */
export function appendToDraft<D>(draft: D, path: Path, item: unknown): D {
  return setIn(draft, path, [...listAt(draft, path), item]);
}
