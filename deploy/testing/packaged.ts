import fs from 'node:fs';
import path from 'node:path';
import { runNode, tempDir } from './repo';
import { type ZipEntry, readZip } from './zip';

/** Values a provisioned environment would have: real-looking GUIDs and https URLs. */
export const testEnv: Record<string, string> = {
  TEAMSFX_ENV: 'test',
  TEAMS_APP_ID: '6f1c2a4e-1b2c-4d3e-8f90-a1b2c3d4e5f6',
  AAD_APP_CLIENT_ID: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  BOT_ID: 'b0770000-1111-4222-8333-444455556666',
  TAB_DOMAIN: 'stelanwebabc123.z9.web.core.windows.net',
  TAB_ENDPOINT: 'https://stelanwebabc123.z9.web.core.windows.net',
  PUBLISHER_NAME: 'CIUSSS de test',
  SUPPORT_URL: 'https://example.org/elan/support',
  PRIVACY_URL: 'https://example.org/elan/confidentialite',
  TERMS_OF_USE_URL: 'https://example.org/elan/conditions',
};

export const envText = (vars: Record<string, string>): string =>
  Object.entries(vars)
    .map(([k, v]) => `${k}=${v}`)
    .join('\n') + '\n';

/** Runs `scripts/package.mjs --env <name>` against a temporary env folder and output folder. */
export function runPackage(files: Record<string, string>, env = 'test') {
  const dir = tempDir('package');
  const envDir = path.join(dir, 'env');
  const outDir = path.join(dir, 'out');
  fs.mkdirSync(envDir);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(envDir, name), text);
  const result = runNode(['scripts/package.mjs', '--env', env, '--env-dir', envDir, '--out-dir', outDir]);
  const zipPath = path.join(outDir, `appPackage.${env}.zip`);
  const zip = fs.existsSync(zipPath) ? fs.readFileSync(zipPath) : undefined;
  const entries: ZipEntry[] | undefined = zip ? readZip(zip) : undefined;
  fs.rmSync(dir, { recursive: true, force: true });
  return { ...result, zip, entries };
}

/** The package built with `testEnv`, its entries by name. */
export function packagedWithTestEnv(): Map<string, Buffer> {
  const { status, stderr, entries } = runPackage({ '.env.test': envText(testEnv) });
  if (status !== 0 || !entries) throw new Error(`package failed: ${stderr}`);
  return new Map(entries.map((e) => [e.name, e.data]));
}
