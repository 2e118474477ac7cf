import fs from 'node:fs';
import path from 'node:path';
import { envText, runPackage, testEnv } from './testing/packaged';
import { readJson, root, runNode, tempDir } from './testing/repo';
import { readZip } from './testing/zip';

const manifest = readJson('appPackage/manifest.json');

describe('npm run package -- --env <name>', () => {
  it('writes exactly manifest.json, the two icons and the two localization files', () => {
    const { status, stdout, entries } = runPackage({ '.env.test': envText(testEnv) });
    expect(status).toBe(0);
    expect(stdout).toContain('appPackage.test.zip');
    expect(entries!.map((e) => e.name).sort()).toEqual(['color.png', 'en.json', 'fr.json', 'manifest.json', 'outline.png']);
  });

  it("fills every variable: no ${{ is left, and the values are the environment's", () => {
    const { entries } = runPackage({ '.env.test': envText(testEnv) });
    for (const entry of entries!.filter((e) => e.name.endsWith('.json'))) expect(entry.data.toString('utf8')).not.toContain('${{');
    const filled = JSON.parse(entries!.find((e) => e.name === 'manifest.json')!.data.toString('utf8'));
    expect(filled.id).toBe(testEnv.TEAMS_APP_ID);
    expect(filled.bots[0].botId).toBe(testEnv.BOT_ID);
    expect(filled.webApplicationInfo.id).toBe(testEnv.AAD_APP_CLIENT_ID);
    expect(filled.configurableTabs[0].configurationUrl).toBe(`${testEnv.TAB_ENDPOINT}/#/config`);
    expect(filled.developer.name).toBe(testEnv.PUBLISHER_NAME);
  });

  it('copies the icons byte for byte and keeps the manifest otherwise unchanged', () => {
    const { entries } = runPackage({ '.env.test': envText(testEnv) });
    for (const icon of ['color.png', 'outline.png'])
      expect(entries!.find((e) => e.name === icon)!.data.equals(fs.readFileSync(path.join(root, 'appPackage', icon)))).toBe(true);
    const filled = JSON.parse(entries!.find((e) => e.name === 'manifest.json')!.data.toString('utf8'));
    expect(Object.keys(filled)).toEqual(Object.keys(manifest));
    expect(filled.localizationInfo).toEqual(manifest.localizationInfo);
  });

  it('lets env/.env.<name>.user override and complete the committed file', () => {
    const { status, entries } = runPackage({
      '.env.test': envText({ ...testEnv, BOT_ID: '' }),
      '.env.test.user': envText({ BOT_ID: 'b0770000-9999-4222-8333-444455556666' }),
    });
    expect(status).toBe(0);
    expect(JSON.parse(entries!.find((e) => e.name === 'manifest.json')!.data.toString('utf8')).bots[0].botId).toBe(
      'b0770000-9999-4222-8333-444455556666',
    );
  });

  it('refuses an environment with unfilled variables, naming each of them', () => {
    const { TEAMS_APP_ID: _id, PRIVACY_URL: _privacy, ...partial } = testEnv;
    const { status, stderr, entries } = runPackage({ '.env.test': envText({ ...partial, BOT_ID: '' }) });
    expect(status).toBe(1);
    expect(entries).toBeUndefined();
    for (const name of ['TEAMS_APP_ID', 'PRIVACY_URL', 'BOT_ID']) expect(stderr).toContain(name);
    expect(stderr).not.toContain('TAB_DOMAIN');
  });

  it('refuses an environment that does not exist', () => {
    const { status, stderr } = runPackage({ '.env.test': envText(testEnv) }, 'nope');
    expect(status).toBe(1);
    expect(stderr).toMatch(/No environment "nope"/);
  });

  it('packages the committed local environment as is', () => {
    const out = tempDir('local');
    try {
      const { status, stderr } = runNode(['scripts/package.mjs', '--env', 'local', '--out-dir', out]);
      expect(stderr).toBe('');
      expect(status).toBe(0);
      const entries = readZip(fs.readFileSync(path.join(out, 'appPackage.local.zip')));
      expect(entries.map((e) => e.name).sort()).toEqual(['color.png', 'en.json', 'fr.json', 'manifest.json', 'outline.png']);
      expect(entries.find((e) => e.name === 'manifest.json')!.data.toString('utf8')).not.toContain('${{');
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  it('writes the same bytes for the same input (fixed timestamps), so packages can be compared', () => {
    const a = runPackage({ '.env.test': envText(testEnv) }).zip!;
    const b = runPackage({ '.env.test': envText(testEnv) }).zip!;
    expect(a.equals(b)).toBe(true);
  });

  it('is wired as the root "package" script', () => {
    expect(readJson('package.json').scripts.package).toBe('node scripts/package.mjs');
  });
});
