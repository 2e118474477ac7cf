import fs from 'node:fs';
import path from 'node:path';
import { packagedWithTestEnv, testEnv } from './testing/packaged';
import { readJson, readText, schemaValidator, teamsSchemaPath } from './testing/repo';

const manifest = readJson('appPackage/manifest.json');
const fr = readJson('appPackage/fr.json');
const en = readJson('appPackage/en.json');
const version: string = manifest.manifestVersion;
const manifestSchema = teamsSchemaPath(version, 'MicrosoftTeams');
const localizationSchema = teamsSchemaPath(version, 'MicrosoftTeams.Localization');

/** Reads a localization key such as `bots[0].commandLists[0].commands[1].title` in the manifest. */
function at(obj: any, key: string): unknown {
  return key.split('.').reduce((value: any, part) => {
    const m = /^([^[]+)((?:\[\d+\])*)$/.exec(part);
    if (!m || value === undefined) return undefined;
    let next = value[m[1]!];
    for (const index of m[2]!.matchAll(/\[(\d+)\]/g)) next = next?.[Number(index[1])];
    return next;
  }, obj);
}

/** Every string of the manifest that Teams lets a localization file translate. */
function localizableKeys(m: any): string[] {
  const keys = ['name.short', 'name.full', 'description.short', 'description.full'];
  (m.staticTabs ?? []).forEach((tab: any, i: number) => tab.name && keys.push(`staticTabs[${i}].name`));
  (m.bots ?? []).forEach((bot: any, b: number) =>
    (bot.commandLists ?? []).forEach((list: any, l: number) =>
      list.commands.forEach((command: any, c: number) => {
        keys.push(`bots[${b}].commandLists[${l}].commands[${c}].title`);
        if (command.description) keys.push(`bots[${b}].commandLists[${l}].commands[${c}].description`);
      }),
    ),
  );
  (m.composeExtensions ?? []).forEach((extension: any, e: number) =>
    (extension.commands ?? []).forEach((command: any, c: number) => {
      keys.push(`composeExtensions[${e}].commands[${c}].title`);
      if (command.description) keys.push(`composeExtensions[${e}].commands[${c}].description`);
    }),
  );
  return keys;
}

describe('schema versions', () => {
  it('uses a manifest schema that @microsoft/app-manifest bundles, the same version everywhere', () => {
    expect(version).toMatch(/^1\.\d+$/);
    expect(Number(version.split('.')[1])).toBeGreaterThanOrEqual(22);
    expect(fs.existsSync(manifestSchema)).toBe(true);
    expect(fs.existsSync(localizationSchema)).toBe(true);
    expect(manifest.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`);
    for (const file of [fr, en])
      expect(file.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.Localization.schema.json`);
  });

  it('gives the app the version of the repository (semver), so a release bumps both', () => {
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(manifest.version).toBe(readJson('package.json').version);
  });
});

describe('validity against the official schemas (bundled, no download)', () => {
  const validateManifest = schemaValidator(manifestSchema);
  const validateLocalization = schemaValidator(localizationSchema);
  const packaged = packagedWithTestEnv();

  it('the packaged manifest (variables filled) is valid', () => {
    expect(validateManifest(JSON.parse(packaged.get('manifest.json')!.toString('utf8')))).toEqual([]);
  });

  it('both localization files are valid, in the repository and in the package', () => {
    for (const name of ['fr.json', 'en.json']) {
      expect(validateLocalization(readJson(`appPackage/${name}`))).toEqual([]);
      expect(validateLocalization(JSON.parse(packaged.get(name)!.toString('utf8')))).toEqual([]);
    }
  });

  it('the validator does catch mistakes (so the checks above mean something)', () => {
    const filled = JSON.parse(packaged.get('manifest.json')!.toString('utf8'));
    expect(validateManifest({ ...filled, icons: undefined, accentColor: 'teal' }).length).toBeGreaterThan(0);
    expect(validateManifest({ ...filled, id: '${{TEAMS_APP_ID}}' }).join('\n')).toMatch(/\/id/);
    expect(validateLocalization({ ...fr, 'name.short': 'x'.repeat(31) }).length).toBeGreaterThan(0);
  });
});

describe('localization: French by default, English equal', () => {
  it('declares fr as the default language with its file, and en as an additional language', () => {
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'fr',
      defaultLanguageFile: 'fr.json',
      additionalLanguages: [{ languageTag: 'en', file: 'en.json' }],
    });
  });

  it('has every translatable string of the manifest in both files, and nothing else', () => {
    const keys = localizableKeys(manifest).sort();
    const keysOf = (file: any) =>
      Object.keys(file)
        .filter((k) => k !== '$schema')
        .sort();
    expect(keysOf(fr)).toEqual(keys);
    expect(keysOf(en)).toEqual(keys);
    for (const key of keys) {
      expect(typeof en[key]).toBe('string');
      expect(en[key].trim()).not.toBe('');
    }
  });

  it('fr.json repeats the manifest, which is written in French', () => {
    for (const key of localizableKeys(manifest)) expect([key, fr[key]]).toEqual([key, at(manifest, key)]);
  });

  it('en.json is a translation, not a copy', () => {
    for (const key of ['name.full', 'description.short', 'description.full', 'staticTabs[0].name']) expect(en[key]).not.toBe(fr[key]);
  });
});

describe('capabilities', () => {
  it('has a configurable channel tab whose configuration page links the channel to a community', () => {
    const [tab, ...others] = manifest.configurableTabs;
    expect(others).toEqual([]);
    expect(tab.configurationUrl).toBe('${{TAB_ENDPOINT}}/#/config');
    expect(tab.scopes).toEqual(expect.arrayContaining(['team', 'groupChat']));
    expect(tab.context).toEqual(expect.arrayContaining(['channelTab', 'meetingChatTab', 'meetingSidePanel', 'meetingStage']));
  });

  it('has a personal "my communities" tab at the root of the tab', () => {
    const personal = manifest.staticTabs.find((t: any) => t.entityId === 'communities');
    expect(personal).toMatchObject({ contentUrl: '${{TAB_ENDPOINT}}/#/', scopes: ['personal'] });
    expect([fr['staticTabs[0].name'], en['staticTabs[0].name']]).toEqual(['Mes communautés', 'My communities']);
  });

  it('has the bot in team, group chat and personal scopes, with files for consent cards', () => {
    const [bot, ...others] = manifest.bots;
    expect(others).toEqual([]);
    expect([...bot.scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(bot.supportsFiles).toBe(true);
    expect(bot.isNotificationOnly).toBe(false);
  });

  it('lists the five commands in French and in English, in every scope', () => {
    const titles = (file: any) => [0, 1, 2, 3, 4].map((i) => file[`bots[0].commandLists[0].commands[${i}].title`]);
    expect(titles(fr)).toEqual(['aide', 'état', 'prochaine rencontre', 'sondages', 'charte']);
    expect(titles(en)).toEqual(['help', 'status', 'next meeting', 'polls', 'charter']);
    expect(manifest.bots[0].commandLists).toHaveLength(1);
    expect([...manifest.bots[0].commandLists[0].scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    for (const file of [fr, en])
      for (let i = 0; i < 5; i++) {
        expect(file[`bots[0].commandLists[0].commands[${i}].title`].length).toBeLessThanOrEqual(32);
        expect(file[`bots[0].commandLists[0].commands[${i}].description`].length).toBeLessThanOrEqual(128);
      }
  });
});

describe('identities come from the environment, never from the repository', () => {
  it('uses variables for the app, the bot, the Entra app and the tab domain', () => {
    expect(manifest.id).toBe('${{TEAMS_APP_ID}}');
    expect(manifest.bots[0].botId).toBe('${{BOT_ID}}');
    expect(manifest.webApplicationInfo).toEqual({ id: '${{AAD_APP_CLIENT_ID}}', resource: 'api://${{TAB_DOMAIN}}/${{AAD_APP_CLIENT_ID}}' });
    expect(manifest.validDomains).toEqual(['${{TAB_DOMAIN}}']);
  });

  it('has no GUID written in it', () => {
    expect(readText('appPackage/manifest.json')).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
  });

  it('once filled, every tab URL is on the single valid domain, over https', () => {
    const filled = JSON.parse(packagedWithTestEnv().get('manifest.json')!.toString('utf8'));
    const urls = [
      filled.configurableTabs[0].configurationUrl,
      ...filled.staticTabs.flatMap((t: any) => [t.contentUrl, t.websiteUrl].filter(Boolean)),
    ];
    for (const url of urls) {
      expect(new URL(url).protocol).toBe('https:');
      expect(filled.validDomains).toContain(new URL(url).hostname);
    }
    expect(filled.webApplicationInfo.resource).toBe(`api://${testEnv.TAB_DOMAIN}/${testEnv.AAD_APP_CLIENT_ID}`);
  });
});

describe('permissions: only what Élan uses, each one explained', () => {
  const docs = readText('README.md');
  const section = docs.slice(docs.indexOf('## Permissions and why'));

  it('asks for one resource-specific permission, to share the tab to the meeting stage', () => {
    expect(manifest.authorization.permissions.resourceSpecific).toEqual([{ name: 'MeetingStage.Write.Chat', type: 'Delegated' }]);
    expect(manifest.configurableTabs[0].context).toContain('meetingStage');
    expect(manifest.permissions).toBeUndefined();
    expect(manifest.devicePermissions).toBeUndefined();
  });

  it('explains in the README every permission, consent and capability that touches data', () => {
    expect(docs).toContain('## Permissions and why');
    for (const rsc of manifest.authorization.permissions.resourceSpecific) expect(section).toContain(rsc.name);
    for (const word of [
      'webApplicationInfo',
      'access_as_user',
      'supportsFiles',
      'validDomains',
      'Key Vault Secrets User',
      'Storage Blob Data Owner',
      'MeetingStage.Write.Chat',
    ])
      expect(section).toContain(word);
  });

  it('keeps the package to the files the manifest names', () => {
    const listed = fs.readdirSync(path.join(__dirname, '../appPackage')).filter((f) => /\.(png|json)$/.test(f));
    expect(listed.sort()).toEqual(['color.png', 'en.json', 'fr.json', 'manifest.json', 'outline.png']);
  });
});
