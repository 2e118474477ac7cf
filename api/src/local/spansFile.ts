import fs from 'node:fs';
import { collectSpans, takeSpans } from '@elan/bot/tracing/spans';

/**
 * Collects spans from now on and writes them (JSON, one array) to `file` when the process exits: the
 * bench reads them after stopping the API, so no route is needed. Local mode only (`serve.ts`).
 */
export function writeSpansAtExit(file: string): void {
  collectSpans(true);
  process.once('exit', () => writeSpans(file));
}

/** Writes the spans collected so far to `file` and empties the list. */
export function writeSpans(file: string): void {
  fs.writeFileSync(file, JSON.stringify(takeSpans()));
}
