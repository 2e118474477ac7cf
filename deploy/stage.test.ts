import fs from 'node:fs';
import path from 'node:path';
import { readJson, root, runNode, tempDir } from './testing/repo';
import { readZip } from './testing/zip';

// Needs the workspaces built (`npm test` builds first, as CI does).
describe('infra/stage.mjs: what `deploy` uploads', () => {
  let out: string;
  let result: ReturnType<typeof runNode>;

  beforeAll(() => {
    out = tempDir('stage');
    result = runNode(['infra/stage.mjs', '--api-endpoint', 'https://elan-api-test.azurewebsites.net', '--env', 'test', '--out', out], {
      timeoutMs: 180_000,
    });
  }, 200_000);
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  it('succeeds', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('gives the Functions app a host.json, its package.json and the built API', () => {
    const functions = path.join(out, 'functions');
    expect(readJsonAt(functions, 'host.json').version).toBe('2.0');
    const pkg = readJsonAt(functions, 'package.json');
    expect(pkg.main).toBe(readJson('api/package.json').main);
    expect(fs.existsSync(path.join(functions, pkg.main))).toBe(true);
    expect(pkg.dependencies).toEqual(readJson('api/package.json').dependencies);
  });

  it('bundles @elan/core and @elan/bot as packages, and no development tool', () => {
    const modules = path.join(out, 'functions/node_modules');
    for (const ws of ['core', 'bot']) {
      expect(readJsonAt(modules, `@elan/${ws}/package.json`).name).toBe(`@elan/${ws}`);
      expect(fs.existsSync(path.join(modules, `@elan/${ws}/dist`))).toBe(true);
      expect(fs.existsSync(path.join(modules, `@elan/${ws}/src`))).toBe(false);
    }
    for (const dev of ['jest', 'typescript', 'azurite', 'eslint', 'vite', 'react', '@microsoft/app-manifest', 'adaptivecards'])
      expect([dev, fs.existsSync(path.join(modules, dev))]).toEqual([dev, false]);
  });

  it('runs on its own, outside the repository: the entry loads and every dependency resolves', () => {
    // Every dependency is there; those with an entry point load (fonts-only packages have none).
    const check = [
      "const fs = require('fs');",
      "const pkg = require('./package.json');",
      "require('./dist/functions.js');",
      '(async () => {',
      '  for (const dep of Object.keys(pkg.dependencies)) {',
      '    const meta = require(`./node_modules/${dep}/package.json`);',
      "    const entry = meta.main || (meta.exports && (typeof meta.exports === 'string' || meta.exports['.'])) || fs.existsSync(`./node_modules/${dep}/index.js`);",
      '    if (entry) await import(dep);',
      '  }',
      '  console.log("OK", Object.keys(pkg.dependencies).length);',
      '})().catch((e) => { console.error(e); process.exit(1); });',
    ].join('\n');
    const run = runNode(['-e', check], { cwd: path.join(out, 'functions'), env: { ELAN_ENV: 'production' } });
    // Outside the Functions host, @azure/functions says it runs in test mode; anything else is a failure.
    expect(
      run.stderr.replace(/^WARNING: (Skipping call to register function|Failed to detect the Azure Functions runtime).*\n/gm, ''),
    ).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^OK \d+/m);
    expect(path.relative(root, out).startsWith('..')).toBe(true);
  });

  it('zips the same files, host.json at the root', () => {
    const entries = readZip(fs.readFileSync(path.join(out, 'functions.zip')));
    const names = new Set(entries.map((e) => e.name));
    for (const name of ['host.json', 'package.json', 'dist/functions.js', 'node_modules/@elan/core/package.json'])
      expect(names).toContain(name);
    expect(entries.find((e) => e.name === 'host.json')!.data.equals(fs.readFileSync(path.join(out, 'functions/host.json')))).toBe(true);
  });

  it('gives the tab its built files and the config.json it reads at start', () => {
    expect(fs.existsSync(path.join(out, 'tab/index.html'))).toBe(true);
    expect(readJsonAt(out, 'tab/config.json')).toEqual({ apiBase: 'https://elan-api-test.azurewebsites.net', env: 'test' });
  });

  it('refuses an API address that is not an https origin', () => {
    const bad = runNode(['infra/stage.mjs', '--api-endpoint', 'http://elan.example', '--out', path.join(out, 'bad')], {
      timeoutMs: 180_000,
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/https origin/);
  }, 200_000);
});

function readJsonAt(dir: string, rel: string): any {
  return JSON.parse(fs.readFileSync(path.join(dir, rel), 'utf8'));
}
