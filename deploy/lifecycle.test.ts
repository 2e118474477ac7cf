import yaml from 'js-yaml';
import { placeholdersOf, readEnvTemplate, readJson, readText, runNode } from './testing/repo';

interface Action {
  uses: string;
  name?: string;
  with?: Record<string, any>;
  writeToEnvironmentFile?: Record<string, string>;
}
interface Lifecycle {
  version: string;
  environmentFolderPath: string;
  provision?: Action[];
  deploy?: Action[];
  publish?: Action[];
}

const remote = yaml.load(readText('teamsapp.yml')) as Lifecycle;
const local = yaml.load(readText('teamsapp.local.yml')) as Lifecycle;
const bicep = readText('infra/main.bicep');
const bicepOutputs = new Set([...bicep.matchAll(/^output\s+(\w+)\s+\w+\s*=/gm)].map((m) => m[1]!));

/** Variables the toolkit asks for when they are empty, instead of failing. */
const prompted = new Set(['AZURE_SUBSCRIPTION_ID', 'AZURE_RESOURCE_GROUP_NAME']);
/** What the repository's scripts print as `::set-teamsfx-env NAME=…` (checked against the scripts below). */
const scriptOutputs: Record<string, string[]> = { 'infra/ballotKey.mjs': ['SECRET_ELAN_BALLOT_KEY'] };

/** Files an action reads and expands variables in, besides its own parameters. */
function filesReadBy(action: Action): string[] {
  const w = action.with ?? {};
  switch (action.uses) {
    case 'arm/deploy':
      return (w['templates'] as any[]).map((t) => t.parameters).filter(Boolean);
    case 'aadApp/update':
      return [w['manifestPath']];
    case 'teamsApp/validateManifest':
    case 'teamsApp/zipAppPackage': {
      const manifest = readJson(w['manifestPath']);
      const loc = manifest.localizationInfo ?? {};
      return [w['manifestPath'], loc.defaultLanguageFile, ...(loc.additionalLanguages ?? []).map((l: any) => l.file)]
        .filter(Boolean)
        .map((f: string) => (f === w['manifestPath'] ? f : `appPackage/${f}`));
    }
    default:
      return [];
  }
}

const usedBy = (action: Action): Set<string> =>
  new Set([...placeholdersOf(JSON.stringify(action.with ?? {})), ...filesReadBy(action).flatMap((f) => [...placeholdersOf(readText(f))])]);

/** What an action writes to the environment file. */
function producedBy(action: Action): string[] {
  if (action.uses === 'arm/deploy') return [...bicepOutputs];
  // aadApp/update generates the scope ID when the manifest uses it and it is empty.
  if (action.uses === 'aadApp/update') return ['AAD_APP_ACCESS_AS_USER_PERMISSION_ID'];
  if (action.uses === 'script') {
    const script = /node\s+(\S+\.mjs)/.exec(action.with?.['run'] ?? '')?.[1];
    return script ? (scriptOutputs[script] ?? []) : [];
  }
  return Object.values(action.writeToEnvironmentFile ?? {});
}

const actions = (l: Lifecycle) => [...(l.provision ?? []), ...(l.deploy ?? []), ...(l.publish ?? [])];
const uses = (list: Action[] | undefined) => (list ?? []).map((a) => a.uses);

/** The variables the template lists under "Written by provision": actions fill them, nobody else. */
function writtenByProvision(file: string): Set<string> {
  const text = readText(file);
  const start = text.indexOf('Written by provision');
  const end = text.indexOf('# ---- ', start);
  if (start < 0) return new Set();
  return new Set([...text.slice(start, end < 0 ? undefined : end).matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]!));
}

/**
 * Replays a lifecycle the way the toolkit does: the template's own inputs (everything not written by
 * provision, filled by you or left empty on purpose) are there from the start; every other variable may
 * be used only after an earlier action wrote it. Returns the problems found.
 */
function replay(l: Lifecycle, file: string): string[] {
  const template = readEnvTemplate(file);
  const written = writtenByProvision(file);
  const available = new Set([...template.keys()].filter((k) => !written.has(k)));
  for (const name of prompted) available.add(name);
  const problems: string[] = [];
  for (const [stage, list] of [
    ['provision', l.provision],
    ['deploy', l.deploy],
    ['publish', l.publish],
  ] as const)
    for (const action of list ?? []) {
      const produced = producedBy(action);
      for (const name of usedBy(action))
        if (!available.has(name) && !(action.uses === 'aadApp/update' && produced.includes(name)))
          problems.push(`${stage} ${action.uses} uses ${name} before anything sets it`);
      produced.forEach((name) => available.add(name));
    }
  return problems;
}

describe('teamsapp.yml (Azure environments)', () => {
  it('uses the Agents Toolkit file format, from v1.11 (the first with generateServicePrincipal)', () => {
    expect(remote.version).toMatch(/^v1\.(1[1-9]|[2-9]\d)$/);
    expect(remote.environmentFolderPath).toBe('./env');
    expect(readText('teamsapp.yml').split('\n')[0]).toMatch(/yaml-language-server: \$schema=.*\/v1\.\d+\/yaml\.schema\.json/);
  });

  it('provisions in a working order: apps, Azure, static website, SSO update, then the Teams package', () => {
    const order = uses(remote.provision);
    expect(order).toEqual([
      'teamsApp/create',
      'aadApp/create',
      'aadApp/create',
      'script',
      'arm/deploy',
      'azureStorage/enableStaticWebsite',
      'aadApp/update',
      'teamsApp/validateManifest',
      'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
    ]);
  });

  it('creates a single-tenant SSO app without secret and a single-tenant bot app with a service principal', () => {
    const [sso, bot] = remote.provision!.filter((a) => a.uses === 'aadApp/create');
    expect(sso!.with).toMatchObject({ signInAudience: 'AzureADMyOrg', generateClientSecret: false });
    expect(sso!.writeToEnvironmentFile).toMatchObject({
      clientId: 'AAD_APP_CLIENT_ID',
      objectId: 'AAD_APP_OBJECT_ID',
      tenantId: 'AAD_APP_TENANT_ID',
    });
    expect(bot!.with).toMatchObject({ signInAudience: 'AzureADMyOrg', generateClientSecret: true, generateServicePrincipal: true });
    expect(bot!.writeToEnvironmentFile).toMatchObject({
      clientId: 'BOT_ID',
      clientSecret: 'SECRET_BOT_PASSWORD',
      tenantId: 'BOT_TENANT_ID',
    });
  });

  it('deploys infra/main.bicep with its parameters file, and the SSO manifest from infra/', () => {
    const arm = remote.provision!.find((a) => a.uses === 'arm/deploy')!;
    expect(arm.with!['templates']).toEqual([
      expect.objectContaining({ path: './infra/main.bicep', parameters: './infra/main.parameters.json' }),
    ]);
    expect(remote.provision!.find((a) => a.uses === 'aadApp/update')!.with!['manifestPath']).toBe('./infra/aad.manifest.json');
    expect(remote.provision!.find((a) => a.uses === 'azureStorage/enableStaticWebsite')!.with!['storageResourceId']).toBe(
      '${{TAB_STORAGE_RESOURCE_ID}}',
    );
  });

  it('deploys: locked install, build, staging, the Functions app, then the tab files', () => {
    expect(uses(remote.deploy)).toEqual(['cli/runNpmCommand', 'cli/runNpmCommand', 'script', 'script', 'azureStorage/deploy']);
    const [install, build, stage, functions, tab] = remote.deploy!;
    expect(install!.with!['args']).toMatch(/^ci\b/);
    expect(build!.with!['args']).toBe('run build');
    expect(stage!.with!['run']).toMatch(/^node infra\/stage\.mjs --api-endpoint \$\{\{API_ENDPOINT\}\}/);
    expect(functions!.with!['run']).toMatch(/^az functionapp deployment source config-zip .*--src infra\/dist\/functions\.zip$/);
    expect(tab!.with).toMatchObject({ artifactFolder: 'infra/dist/tab', resourceId: '${{TAB_STORAGE_RESOURCE_ID}}' });
  });

  it('publishes: validates, packages, updates, then submits to the admin center', () => {
    expect(uses(remote.publish)).toEqual([
      'teamsApp/validateManifest',
      'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
      'teamsApp/publishAppPackage',
    ]);
  });

  it('never uses a variable before the template or an earlier action gives it a value', () => {
    expect(replay(remote, 'env/.env.dev')).toEqual([]);
  });

  it('catches a variable used too early (the replay itself works)', () => {
    const broken: Lifecycle = { ...remote, provision: [remote.provision!.find((a) => a.uses === 'aadApp/update')!, ...remote.provision!] };
    expect(replay(broken, 'env/.env.dev').join('\n')).toMatch(/aadApp\/update uses TAB_DOMAIN/);
  });

  it('reads from arm/deploy only outputs that infra/main.bicep declares', () => {
    const written = writtenByProvision('env/.env.dev');
    const byOthers = new Set(
      actions(remote)
        .filter((a) => a.uses !== 'arm/deploy')
        .flatMap(producedBy),
    );
    const armIndex = actions(remote).findIndex((a) => a.uses === 'arm/deploy');
    const fromArm = new Set(
      actions(remote)
        .slice(armIndex + 1)
        .flatMap((a) => [...usedBy(a)])
        .filter((n) => written.has(n) && !byOthers.has(n)),
    );
    expect([...fromArm].sort()).toEqual(['API_ENDPOINT', 'API_FUNCTION_APP_NAME', 'TAB_DOMAIN', 'TAB_ENDPOINT', 'TAB_STORAGE_RESOURCE_ID']);
    for (const name of fromArm) expect(bicepOutputs).toContain(name);
  });

  it('fills every variable the template lists as written by provision, and lists all it writes', () => {
    const written = writtenByProvision('env/.env.dev');
    const produced = new Set(actions(remote).flatMap(producedBy));
    expect(written.size).toBeGreaterThan(15);
    for (const name of written) expect([name, produced.has(name)]).toEqual([name, true]);
    for (const name of produced) if (!name.startsWith('SECRET_')) expect([name, written.has(name)]).toEqual([name, true]);
  });

  it('writes what each script step announces', () => {
    for (const [script, names] of Object.entries(scriptOutputs))
      for (const name of names) {
        expect(readText(script)).toContain('::set-teamsfx-env');
        expect(readText(script)).toContain(`'${name}'`);
      }
  });
});

describe('teamsapp.local.yml', () => {
  it('creates nothing in any cloud: no Entra, Azure or Developer Portal action', () => {
    for (const action of actions(local))
      expect(action.uses).toMatch(/^(teamsApp\/(validateManifest|zipAppPackage)|cli\/runNpmCommand|file\/)/);
    expect(local.version).toBe(remote.version);
  });

  it('needs nothing that env/.env.local does not already give', () => {
    expect(replay(local, 'env/.env.local')).toEqual([]);
    for (const [name, entry] of readEnvTemplate('env/.env.local')) expect([name, entry.value]).not.toEqual([name, '']);
  });

  it('says that the local run needs no toolkit', () => {
    expect(readText('teamsapp.local.yml')).toMatch(/needs no toolkit/);
  });
});

describe('env/ templates', () => {
  const templates = ['env/.env.dev', 'env/.env.local'];

  it('explain every variable in a comment', () => {
    for (const file of templates)
      for (const [name, entry] of readEnvTemplate(file)) expect([file, name, entry.comment.length > 10]).toEqual([file, name, true]);
  });

  it('define every variable teamsapp.yml, the manifest, the Entra manifest and the Bicep parameters use', () => {
    const template = readEnvTemplate('env/.env.dev');
    const text = readText('env/.env.dev');
    const used = new Set(actions(remote).flatMap((a) => [...usedBy(a)]));
    for (const name of used)
      if (name.startsWith('SECRET_')) expect(text).toMatch(new RegExp(`^#\\s+${name}\\s`, 'm'));
      else expect([name, template.has(name)]).toEqual([name, true]);
  });

  it('list every variable provision writes, so none appears unexplained', () => {
    const template = readEnvTemplate('env/.env.dev');
    const text = readText('env/.env.dev');
    for (const name of actions(remote).flatMap(producedBy))
      if (name.startsWith('SECRET_')) expect(text).toMatch(new RegExp(`^#\\s+${name}\\s`, 'm'));
      else expect([name, template.has(name)]).toEqual([name, true]);
  });

  it('leave empty only what provision writes, what the toolkit asks, or what the comment says you set', () => {
    const written = writtenByProvision('env/.env.dev');
    for (const [name, entry] of readEnvTemplate('env/.env.dev'))
      if (entry.value === '' && !written.has(name) && !prompted.has(name))
        expect([name, entry.comment]).toEqual([name, expect.stringMatching(/Empty:|set by you/i)]);
  });

  it('hold no secret: no SECRET_ value committed, and .user files are ignored by git', () => {
    for (const file of templates) for (const name of readEnvTemplate(file).keys()) expect(name.startsWith('SECRET_')).toBe(false);
    expect(readText('.gitignore')).toMatch(/^\.env\*\.user$/m);
  });

  it('give every Bicep parameter a value, from the parameters file or a default', () => {
    const params = [...bicep.matchAll(/^param\s+(\w+)\s+\w+(\s*=.*)?$/gm)].map((m) => ({ name: m[1]!, hasDefault: Boolean(m[2]) }));
    const file = readJson('infra/main.parameters.json').parameters;
    for (const { name, hasDefault } of params) expect([name, hasDefault || name in file]).toEqual([name, true]);
    for (const name of Object.keys(file)) expect(params.map((p) => p.name)).toContain(name);
  });
});

describe('infra/ballotKey.mjs', () => {
  it('makes a 32-byte key once, as a toolkit output', () => {
    const made = runNode(['infra/ballotKey.mjs', '--env', 'no-such-env'], { env: { SECRET_ELAN_BALLOT_KEY: undefined } });
    expect(made.status).toBe(0);
    const key = /^::set-teamsfx-env SECRET_ELAN_BALLOT_KEY=([A-Za-z0-9+/=]+)$/m.exec(made.stdout)?.[1];
    expect(Buffer.from(key!, 'base64')).toHaveLength(32);
  });

  it('keeps an existing key', () => {
    const kept = runNode(['infra/ballotKey.mjs', '--env', 'no-such-env'], { env: { SECRET_ELAN_BALLOT_KEY: 'a'.repeat(44) } });
    expect(kept.status).toBe(0);
    expect(kept.stdout).not.toContain('set-teamsfx-env');
  });
});
