// Provision step (teamsapp.yml): makes the poll ballot key once per environment.
// The API pseudonymises voters with it (ELAN_BALLOT_KEY), so it must never change while polls are open.
// Prints `::set-teamsfx-env SECRET_ELAN_BALLOT_KEY=…`, which the toolkit stores in env/.env.<env>.user
// (SECRET_ names go there), only when neither the environment nor that file has one yet.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readEnvFile } from '../scripts/package.mjs';

const name = 'SECRET_ELAN_BALLOT_KEY';
const envArg = process.argv.indexOf('--env');
const envName = envArg > 0 ? process.argv[envArg + 1] : process.env.TEAMSFX_ENV;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fromFile = envName ? readEnvFile(path.join(root, 'env', `.env.${envName}.user`))[name] : undefined;

if (process.env[name] || fromFile) {
  console.log(`${name} is already set for "${envName}": kept.`);
} else {
  console.log(`::set-teamsfx-env ${name}=${randomBytes(32).toString('base64')}`);
}
