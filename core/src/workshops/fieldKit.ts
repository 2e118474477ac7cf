import { z } from 'zod';

/**
 * Builds the field types of a workshop schema in one of two modes.
 * - `draft`: what autosave may store. Types, bounds and unknown keys are enforced, but nothing is
 *   required, so a half-filled form can be saved.
 * - `complete`: what the workshop needs to count as done. Required fields and minimum counts apply.
 * Each workshop declares its shape once with a kit, and both schemas are derived from it.
 */
export interface FieldKit {
  readonly mode: 'draft' | 'complete';
  /** Single-line text up to `max` characters; `optional` fields may stay empty even when complete. */
  text(max: number, opts?: { optional?: boolean }): z.ZodType<string | undefined>;
  /** A list whose length must be within [min, max] when complete (optional when min is 0), and at most `max` in a draft. */
  list<T extends z.ZodType>(item: T, min: number, max: number): z.ZodType<z.infer<T>[]>;
  /** A choice among fixed values; a draft may leave it unset. */
  choice<const V extends readonly [string, ...string[]]>(values: V, opts?: { optional?: boolean }): z.ZodType<V[number] | undefined>;
  /** An integer in [min, max]; a draft may leave it unset. */
  int(min: number, max: number, opts?: { optional?: boolean }): z.ZodType<number | undefined>;
  /** A calendar date as YYYY-MM-DD; a draft may leave it unset. */
  date(opts?: { optional?: boolean }): z.ZodType<string | undefined>;
  /** A yes/no value; a draft may leave it unset. */
  bool(opts?: { optional?: boolean }): z.ZodType<boolean | undefined>;
}

const isoDate = z.iso.date();

function kit(mode: FieldKit['mode']): FieldKit {
  const complete = mode === 'complete';
  const need = (opts?: { optional?: boolean }) => complete && !opts?.optional;
  return {
    mode,
    text: (max, opts) => {
      const base = z.string().trim().max(max);
      return (need(opts) ? base.min(1) : base.optional()) as never;
    },
    list: (item, min, max) => {
      const base = z.array(item).max(max);
      // A list that may be empty is optional even when complete.
      return (complete && min > 0 ? base.min(min) : base.optional()) as never;
    },
    choice: (values, opts) => (need(opts) ? z.enum(values) : z.enum(values).optional()) as never,
    int: (min, max, opts) => {
      const base = z.number().int().min(min).max(max);
      return (need(opts) ? base : base.optional()) as never;
    },
    date: (opts) => (need(opts) ? isoDate : isoDate.optional()) as never,
    bool: (opts) => (need(opts) ? z.boolean() : z.boolean().optional()) as never,
  };
}

export const draftKit: FieldKit = kit('draft');
export const completeKit: FieldKit = kit('complete');

/** A person named in a workshop: free text name, optionally the Teams/Entra user id. */
export function personField(f: FieldKit, opts?: { optional?: boolean }) {
  const person = z.strictObject({
    name: f.text(100),
    userId: z.string().max(64).optional(),
  });
  return opts?.optional || f.mode === 'draft' ? person.optional() : person;
}
