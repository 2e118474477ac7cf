import { readEnvTemplate, readJson, readText } from './testing/repo';

const bicep = readText('infra/main.bicep');

/** The text of one resource declaration, from its `resource` line to its closing brace at column 0. */
function resource(symbol: string): string {
  const start = bicep.search(new RegExp(`^resource ${symbol} '`, 'm'));
  if (start < 0) throw new Error(`no resource ${symbol} in main.bicep`);
  return bicep.slice(start, bicep.indexOf('\n}', start) + 2);
}
/** Symbols of every resource of one type. */
const resourcesOfType = (type: string): string[] =>
  [...bicep.matchAll(new RegExp(`^resource (\\w+) '${type.replace('/', '\\/')}@[\\d-]+(?:-preview)?'`, 'gm'))].map((m) => m[1]!);

/** App settings of the Function App: name → value expression. */
function appSettings(): Map<string, string> {
  const block = resource('functionApp');
  const list = block.slice(block.indexOf('appSettings: ['));
  return new Map([...list.matchAll(/name: '([^']+)'\s*\n\s*value: (.+)/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

/** Every ELAN_* variable the API reads, straight from its configuration code. */
const apiVariables = [...new Set([...readText('api/src/config.ts').matchAll(/env\['(ELAN_[A-Z0-9_]+)'\]/g)].map((m) => m[1]!))];

describe('infra/main.bicep: storage', () => {
  const accounts = resourcesOfType('Microsoft.Storage/storageAccounts');

  it('has the data account (Table Storage) and the tab account', () => {
    expect(accounts.sort()).toEqual(['dataStorage', 'webStorage']);
    expect(resource('tableService')).toContain('parent: dataStorage');
  });

  it.each(['dataStorage', 'webStorage'])('%s: TLS 1.2, https only, no public blob access', (symbol) => {
    const block = resource(symbol);
    expect(block).toMatch(/minimumTlsVersion: 'TLS1_2'/);
    expect(block).toMatch(/supportsHttpsTrafficOnly: true/);
    expect(block).toMatch(/allowBlobPublicAccess: false/);
    expect(block).toMatch(/allowCrossTenantReplication: false/);
  });
});

describe('infra/main.bicep: Function App', () => {
  const app = resource('functionApp');

  it('runs on the Flex Consumption plan, Linux, Node 22', () => {
    expect(resource('plan')).toMatch(/name: 'FC1'\s*\n\s*tier: 'FlexConsumption'/);
    expect(app).toMatch(/kind: 'functionapp,linux'/);
    expect(app).toMatch(/runtime: \{\s*name: 'node'\s*version: '22'\s*\}/);
    expect(app).toMatch(/httpsOnly: true/);
    expect(app).toMatch(/minTlsVersion: '1\.2'/);
    expect(app).toMatch(/ftpsState: 'Disabled'/);
  });

  it('has a system-assigned managed identity, used for the runtime storage and the deployment package', () => {
    expect(app).toMatch(/identity: \{\s*type: 'SystemAssigned'\s*\}/);
    expect(app).toMatch(/authentication: \{\s*type: 'SystemAssignedIdentity'\s*\}/);
    expect(appSettings().get('AzureWebJobsStorage__accountName')).toBe('dataStorage.name');
    expect(appSettings().has('AzureWebJobsStorage')).toBe(false);
  });

  it('sets every variable the API reads (api/src/config.ts), with ELAN_ENV=production', () => {
    expect(apiVariables.length).toBeGreaterThanOrEqual(12);
    const settings = appSettings();
    for (const name of apiVariables) expect([name, settings.has(name)]).toEqual([name, true]);
    expect(settings.get('ELAN_ENV')).toBe("'production'");
    expect(settings.get('NODE_ENV')).toBe("'production'");
  });

  it('takes every secret from Key Vault, never as a plain value', () => {
    const settings = appSettings();
    for (const name of ['ELAN_STORAGE', 'ELAN_BOT_SECRET', 'ELAN_BALLOT_KEY'])
      expect(settings.get(name)).toMatch(/^'\$\{kvRef\}\$\{secretNames\.\w+\}\)'$/);
    // Each reference names a secret the template creates, and the app waits for the secrets.
    for (const [, key] of bicep.matchAll(/\$\{kvRef\}\$\{secretNames\.(\w+)\}/g))
      expect(bicep).toMatch(new RegExp(`name: secretNames\\.${key}\\n`));
    expect(resource('functionApp')).toMatch(/dependsOn: \[[^\]]*botPasswordSecret[^\]]*ballotKeySecret[^\]]*storageSecret/);
    expect(bicep).toMatch(/var kvRef = '@Microsoft\.KeyVault\(VaultName=\$\{vault\.name\};SecretName='/);
    for (const secret of ['botPassword', 'ballotKey']) {
      expect(bicep).toMatch(new RegExp(`@secure\\(\\)\\n(@\\w+\\(\\d+\\)\\n)?param ${secret} string`));
      // The parameter itself (not secretNames.x nor an object key): declared, then stored in Key Vault, nothing else.
      expect([...bicep.matchAll(new RegExp(`(?<![.\\w])${secret}\\b(?!:)`, 'g'))].length).toBe(2);
    }
  });

  it('sets no setting the Flex Consumption plan rejects', () => {
    for (const name of [
      'FUNCTIONS_WORKER_RUNTIME',
      'FUNCTIONS_EXTENSION_VERSION',
      'WEBSITE_NODE_DEFAULT_VERSION',
      'WEBSITE_RUN_FROM_PACKAGE',
      'WEBSITE_CONTENTSHARE',
    ])
      expect(appSettings().has(name)).toBe(false);
  });

  it('lets only the tab call it from a browser (CORS) and points the API at the tab', () => {
    expect(app).toMatch(/allowedOrigins: \[\s*tabOrigin\s*\]/);
    expect(appSettings().get('ELAN_TAB_URL')).toBe('tabOrigin');
    expect(appSettings().get('ELAN_API_ID_URI')).toBe("'api://${tabDomain}/${apiClientId}'");
  });

  it('grants its identity exactly what it uses', () => {
    const assignments = resourcesOfType('Microsoft.Authorization/roleAssignments').map((s) => resource(s));
    const granted = assignments.map((a) => /roles\.(\w+)\)/.exec(a)![1]).sort();
    expect(granted).toEqual(['keyVaultSecretsUser', 'monitoringMetricsPublisher', 'storageBlobDataOwner']);
    for (const a of assignments) expect(a).toMatch(/principalId: functionApp\.identity\.principalId/);
  });
});

describe('infra/main.bicep: bot, tab, secrets, monitoring', () => {
  it("registers an Azure Bot on the Function App's /api/messages, single tenant, with the Teams channel", () => {
    const bot = resource('bot');
    expect(bot).toMatch(/'Microsoft\.BotService\/botServices@/);
    expect(bot).toMatch(/endpoint: 'https:\/\/\$\{functionApp\.properties\.defaultHostName\}\/api\/messages'/);
    expect(bot).toMatch(/msaAppType: 'SingleTenant'/);
    expect(bot).toMatch(/msaAppId: botId/);
    expect(resource('teamsChannel')).toMatch(/channelName: 'MsTeamsChannel'/);
    expect(appSettings().get('ELAN_BOT_ID')).toBe('botId');
  });

  it("keeps secrets in a Key Vault with RBAC, read by the Function App's identity", () => {
    expect(resource('vault')).toMatch(/enableRbacAuthorization: true/);
    expect(resourcesOfType('Microsoft.KeyVault/vaults/secrets').sort()).toEqual(['ballotKeySecret', 'botPasswordSecret', 'storageSecret']);
  });

  it('monitors with Application Insights on a Log Analytics workspace, Entra ID auth only', () => {
    expect(resource('insights')).toMatch(/WorkspaceResourceId: logs\.id/);
    expect(resource('insights')).toMatch(/DisableLocalAuth: true/);
    expect(appSettings().get('APPLICATIONINSIGHTS_AUTHENTICATION_STRING')).toBe("'Authorization=AAD'");
  });

  it('parameterises name prefix, region and SKUs', () => {
    for (const p of ['namePrefix', 'location', 'storageSku', 'botSku', 'functionInstanceMemoryMB'])
      expect(bicep).toMatch(new RegExp(`^param ${p} `, 'm'));
    expect(bicep).toMatch(/canadacentral/);
    expect(bicep).toMatch(/belgiumcentral/);
  });

  it('outputs nothing secret', () => {
    for (const line of bicep.split('\n').filter((l) => l.startsWith('output ')))
      expect(line).not.toMatch(/listKeys|botPassword|ballotKey|Secret|ConnectionString/);
  });

  it('lists every output in env/.env.dev, where the toolkit will write it', () => {
    const template = readEnvTemplate('env/.env.dev');
    for (const [, name] of bicep.matchAll(/^output (\w+) /gm)) expect([name, template.has(name!)]).toEqual([name, true]);
  });
});

describe('infra/aad.manifest.json: the sign-in app', () => {
  const aad = readJson('infra/aad.manifest.json');
  const manifest = readJson('appPackage/manifest.json');
  const verifier = readText('api/src/auth/tokenVerifier.ts');

  it('exposes the scope the API requires, as v2 tokens (the issuer the API accepts)', () => {
    const required = /scopes\.includes\('([^']+)'\)/.exec(verifier)![1];
    expect(aad.api.oauth2PermissionScopes.map((s: any) => s.value)).toEqual([required]);
    expect(verifier).toContain('/v2.0');
    expect(aad.api.requestedAccessTokenVersion).toBe(2);
  });

  it("uses the same identifier URI as the manifest's webApplicationInfo, in one tenant", () => {
    expect(aad.identifierUris).toEqual([manifest.webApplicationInfo.resource]);
    expect(aad.appId).toBe(manifest.webApplicationInfo.id);
    expect(aad.signInAudience).toBe('AzureADMyOrg');
  });

  it('pre-authorises the Teams desktop/mobile and web clients for that scope, and asks for no Graph permission', () => {
    const scopeId = aad.api.oauth2PermissionScopes[0].id;
    expect(aad.api.preAuthorizedApplications).toEqual([
      { appId: '1fec8e78-bce4-4aaf-ab1b-5451cc387264', delegatedPermissionIds: [scopeId] },
      { appId: '5e3ce6c0-2b1f-4285-8d4b-75ee78787346', delegatedPermissionIds: [scopeId] },
    ]);
    expect(aad.requiredResourceAccess).toEqual([]);
    expect(aad.web.implicitGrantSettings).toEqual({ enableAccessTokenIssuance: false, enableIdTokenIssuance: false });
  });
});

describe('README deployment sections', () => {
  const docs = readText('README.md');
  const section = (title: string) => {
    const start = docs.indexOf(`## ${title}`);
    expect([title, start >= 0]).toEqual([title, true]);
    const next = docs.indexOf('\n## ', start + 3);
    return docs.slice(start, next < 0 ? undefined : next);
  };

  it('has the four sections the administrator needs', () => {
    for (const title of ['Deploy to your tenant', 'Configuration', 'Security model', 'Permissions and why']) section(title);
  });

  it("explains every variable: the API's, and every one in the env templates", () => {
    const configuration = section('Configuration');
    for (const name of apiVariables) expect([name, configuration.includes(`\`${name}\``)]).toEqual([name, true]);
    for (const file of ['env/.env.dev', 'env/.env.local'])
      for (const name of readEnvTemplate(file).keys()) expect([name, configuration.includes(`\`${name}\``)]).toEqual([name, true]);
    for (const secret of ['SECRET_BOT_PASSWORD', 'SECRET_ELAN_BALLOT_KEY']) expect(configuration).toContain(`\`${secret}\``);
  });

  it('covers tokens, roles, tenant isolation, storage, retention and the local mode guard', () => {
    const security = section('Security model');
    for (const words of [
      'getAuthToken',
      'facilitator',
      'member',
      'sponsor',
      '404',
      'Table Storage',
      'retention',
      'ELAN_ENV=local',
      'managed identity',
    ])
      expect([words, security.includes(words)]).toEqual([words, true]);
  });

  it('gives the toolkit commands, for the CLI and for VS Code', () => {
    const deploy = section('Deploy to your tenant');
    for (const words of ['atk provision --env dev', 'atk deploy --env dev', 'atk publish --env dev', 'Visual Studio Code', 'az login'])
      expect([words, deploy.includes(words)]).toEqual([words, true]);
  });
});
