/**
 * Table Storage caps a string property at 64 KiB (UTF-16, so 32K characters) and an entity at 1 MiB.
 * Workshop data is JSON that can exceed one property (an ecosystem map with 300 stakeholders), so it is
 * split across `d0`, `d1`, … properties and joined back on read.
 */
const chunkChars = 30_000;
/** Above this the entity would approach the 1 MiB limit; callers refuse such data with 413. */
export const maxJsonChars = 480_000;

/** Splits a JSON string into entity properties. */
export function toChunks(json: string): Record<string, string | number> {
  const props: Record<string, string | number> = {};
  let count = 0;
  for (let i = 0; i < json.length;) {
    let end = Math.min(i + chunkChars, json.length);
    // Never cut a surrogate pair (emoji): a lone half does not survive UTF-8 on the wire.
    const last = json.charCodeAt(end - 1);
    if (end < json.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    props[`d${count++}`] = json.slice(i, end);
    i = end;
  }
  props['chunks'] = count;
  return props;
}

/** Joins the chunk properties of an entity back into the JSON string. */
export function fromChunks(entity: Record<string, unknown>): string {
  const count = Number(entity['chunks'] ?? 0);
  let json = '';
  for (let i = 0; i < count; i++) json += String(entity[`d${i}`] ?? '');
  return json;
}
