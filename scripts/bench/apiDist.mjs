import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The bench drives the built API (run `npm run build` first), loaded from api/dist.

/** The repository's root folder. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Node's require, for the CommonJS build and packages. */
export const require = createRequire(import.meta.url);
/** A module of the built API, by its path under api/dist. */
export const api = (p) => require(path.join(root, 'api/dist', p));
