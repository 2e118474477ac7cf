// Élan on Azure: everything one environment needs, in one resource group.
//   - Storage account "data": Azure Table Storage (communities, memberships, workshops and their history,
//     polls, decisions), the Functions runtime's own blobs and queues, and the deployment package.
//   - Storage account "web": the tab's static files (static website, enabled by teamsapp.yml). Chosen over
//     Static Web Apps: same region as the rest (Static Web Apps has few regions, none in Canada or
//     Belgium), deployed by the toolkit's own actions, and a domain apart from the API's.
//   - Function App on the Flex Consumption plan (Linux, Node 22), system-assigned managed identity:
//     the HTTP API, the bot endpoint /api/messages and the timers.
//   - Key Vault: the bot's client secret, the ballot key and the data storage connection string,
//     read by the Function App through Key Vault references (never stored in app settings).
//   - Azure Bot (single-tenant app) with the Microsoft Teams channel.
//   - Application Insights on a Log Analytics workspace (Entra ID authentication only).
// Deployed by `arm/deploy` in teamsapp.yml with main.parameters.json; its outputs (UPPER_CASE) are
// written to env/.env.<env> by the toolkit and used by the later steps.

// ---- Parameters -------------------------------------------------------------------------------

@description('Short lowercase prefix (3 to 8 letters or digits) for resource names.')
@minLength(3)
@maxLength(8)
param namePrefix string = 'elan'

@description('Region of every regional resource. For data residency: canadacentral (Québec), belgiumcentral or westeurope (Belgium, EU). It must offer the Flex Consumption plan.')
param location string = resourceGroup().location

@description('Suffix that makes global names unique. Empty: derived from the resource group and the prefix.')
param resourceSuffix string = ''

@description('Redundancy of both storage accounts.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSku string = 'Standard_LRS'

@description('Azure Bot pricing tier. Microsoft Teams is a standard channel, free on both tiers.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Where the Azure Bot service processes messages: global, or a regional deployment (westeurope keeps bot processing in the EU).')
@allowed([
  'global'
  'westeurope'
  'centralindia'
])
param botLocation string = 'global'

@description('Memory of each Function App instance (MB).')
@allowed([
  512
  2048
  4096
])
param functionInstanceMemoryMB int = 2048

@description('Most instances the Function App may scale out to.')
@minValue(40)
@maxValue(1000)
param functionMaximumInstanceCount int = 40

@description('Days Log Analytics keeps telemetry (requests, traces, errors; no workshop content).')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

@description('Key Vault purge protection. Recommended in production; once on, it cannot be turned off, and a deleted vault blocks its name for the retention period.')
param keyVaultPurgeProtection bool = false

@description('Client ID of the Entra app that signs users in to the tab and the API (AAD_APP_CLIENT_ID).')
param apiClientId string

@description('Microsoft Entra tenant where that app lives: the tenant of Élan\'s users (AAD_APP_TENANT_ID).')
param tenantId string

@description('Comma-separated tenant IDs allowed to call the API. Empty: tenantId only.')
param allowedTenants string = ''

@description('Client ID of the bot\'s Entra app (BOT_ID).')
param botId string

@description('Client secret of the bot\'s Entra app (SECRET_BOT_PASSWORD); stored in Key Vault only.')
@secure()
param botPassword string

@description('Tenant of the bot\'s Entra app (BOT_TENANT_ID). Empty: tenantId.')
param botTenantId string = ''

@description('Key that pseudonymises voters in polls: 32 random bytes, base64 (SECRET_ELAN_BALLOT_KEY); stored in Key Vault only.')
@secure()
@minLength(44)
param ballotKey string

@description('Name of the bot shown in the Azure portal.')
param botDisplayName string = 'Élan'

@description('The Teams app\'s id (TEAMS_APP_ID): bot cards deep-link into the channel tab. Empty: they open the tab\'s address.')
param teamsAppId string = ''

// ---- Names ------------------------------------------------------------------------------------

var prefix = toLower(namePrefix)
var suffix = empty(resourceSuffix) ? uniqueString(resourceGroup().id, prefix) : toLower(resourceSuffix)
var names = {
  logs: '${prefix}-logs-${suffix}'
  insights: '${prefix}-insights-${suffix}'
  dataStorage: take('st${prefix}data${suffix}', 24)
  webStorage: take('st${prefix}web${suffix}', 24)
  keyVault: take('kv-${prefix}-${suffix}', 24)
  plan: '${prefix}-plan-${suffix}'
  functionApp: '${prefix}-api-${suffix}'
  bot: '${prefix}-bot-${suffix}'
}
var deploymentContainer = 'app-package'
// Key Vault secret names, as the Function App's Key Vault references name them.
var secretNames = {
  botPassword: 'bot-password'
  ballotKey: 'ballot-key'
  storage: 'storage-connection'
}
var effectiveBotTenantId = empty(botTenantId) ? tenantId : botTenantId

// Built-in role definition IDs (the same in every tenant).
var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}

// ---- Monitoring -------------------------------------------------------------------------------

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: names.logs
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionInDays
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: names.insights
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
    // Telemetry is accepted only with an Entra ID token (the Function App's identity), not the key alone.
    DisableLocalAuth: true
  }
}

// ---- Storage: data (Table Storage) and the Functions runtime -----------------------------------

resource dataStorage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: names.dataStorage
  location: location
  kind: 'StorageV2'
  sku: {
    name: storageSku
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // The API reaches Table Storage with a connection string (kept in Key Vault); the Functions runtime
    // and the deployment use the managed identity.
    allowSharedKeyAccess: true
    defaultToOAuthAuthentication: true
    allowCrossTenantReplication: false
    publicNetworkAccess: 'Enabled'
    encryption: {
      keySource: 'Microsoft.Storage'
      services: {
        blob: {
          enabled: true
        }
        table: {
          enabled: true
        }
        queue: {
          enabled: true
        }
      }
    }
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: dataStorage
  name: 'default'
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: dataStorage
  name: 'default'
}

resource packageContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: deploymentContainer
  properties: {
    publicAccess: 'None'
  }
}

// ---- Storage: the tab's static files ----------------------------------------------------------

resource webStorage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: names.webStorage
  location: location
  kind: 'StorageV2'
  sku: {
    name: storageSku
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    // Containers are never public; the static website endpoint serves $web on its own.
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    publicNetworkAccess: 'Enabled'
  }
}

var tabDomain = replace(replace(webStorage.properties.primaryEndpoints.web, 'https://', ''), '/', '')
var tabOrigin = 'https://${tabDomain}'

// ---- Key Vault ----------------------------------------------------------------------------------

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: names.keyVault
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    enablePurgeProtection: keyVaultPurgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
  }
}

resource botPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: secretNames.botPassword
  properties: {
    value: botPassword
  }
}

resource ballotKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: secretNames.ballotKey
  properties: {
    value: ballotKey
  }
}

resource storageSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: secretNames.storage
  properties: {
    value: 'DefaultEndpointsProtocol=https;AccountName=${dataStorage.name};AccountKey=${dataStorage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
  }
}

var kvRef = '@Microsoft.KeyVault(VaultName=${vault.name};SecretName='

// ---- Function App (Flex Consumption) ------------------------------------------------------------

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: names.plan
  location: location
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: names.functionApp
  location: location
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    publicNetworkAccess: 'Enabled'
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${dataStorage.properties.primaryEndpoints.blob}${deploymentContainer}'
          authentication: {
            type: 'SystemAssignedIdentity'
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: functionMaximumInstanceCount
        instanceMemoryMB: functionInstanceMemoryMB
      }
      runtime: {
        name: 'node'
        version: '22'
      }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      // The browser calls the API from the tab's origin only.
      cors: {
        allowedOrigins: [
          tabOrigin
        ]
        supportCredentials: false
      }
      appSettings: [
        // Functions runtime storage through the managed identity (no key).
        {
          name: 'AzureWebJobsStorage__accountName'
          value: dataStorage.name
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: insights.properties.ConnectionString
        }
        {
          name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING'
          value: 'Authorization=AAD'
        }
        {
          name: 'NODE_ENV'
          value: 'production'
        }
        // Élan's own settings: every variable api/src/config.ts reads.
        {
          name: 'ELAN_ENV'
          value: 'production'
        }
        {
          name: 'ELAN_STORAGE'
          value: '${kvRef}${secretNames.storage})'
        }
        {
          // Only local mode writes there; kept explicit so no setting is left to a default.
          name: 'ELAN_DATA_DIR'
          value: '/tmp/elan'
        }
        {
          name: 'ELAN_TAB_URL'
          value: tabOrigin
        }
        {
          name: 'ELAN_TEAMS_APP_ID'
          value: teamsAppId
        }
        {
          name: 'ELAN_WRITE_BURST'
          value: '120'
        }
        {
          name: 'ELAN_WRITE_PER_SECOND'
          value: '10'
        }
        {
          name: 'ELAN_CORS_ORIGINS'
          value: tabOrigin
        }
        {
          name: 'ELAN_API_CLIENT_ID'
          value: apiClientId
        }
        {
          name: 'ELAN_API_ID_URI'
          value: 'api://${tabDomain}/${apiClientId}'
        }
        {
          name: 'ELAN_TENANT_ID'
          value: tenantId
        }
        {
          name: 'ELAN_ALLOWED_TENANTS'
          value: allowedTenants
        }
        {
          name: 'ELAN_BOT_ID'
          value: botId
        }
        {
          name: 'ELAN_BOT_SECRET'
          value: '${kvRef}${secretNames.botPassword})'
        }
        {
          name: 'ELAN_BOT_TENANT_ID'
          value: effectiveBotTenantId
        }
        {
          name: 'ELAN_BALLOT_KEY'
          value: '${kvRef}${secretNames.ballotKey})'
        }
      ]
    }
  }
  // The secrets exist before the app first resolves its Key Vault references.
  dependsOn: [
    packageContainer
    botPasswordSecret
    ballotKeySecret
    storageSecret
  ]
}

// ---- What the Function App's identity may do ------------------------------------------------------
// Blobs: the Functions host (keys, timer leases) and the deployment package. HTTP and timer triggers need
// no queue; Table Storage is reached with the connection string in Key Vault, so no table role either.

resource blobOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(dataStorage.id, functionApp.id, roles.storageBlobDataOwner)
  scope: dataStorage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataOwner)
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, functionApp.id, roles.keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser)
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource metricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(insights.id, functionApp.id, roles.monitoringMetricsPublisher)
  scope: insights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.monitoringMetricsPublisher)
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

// ---- Azure Bot and its Microsoft Teams channel ------------------------------------------------------

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: names.bot
  location: botLocation
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${functionApp.properties.defaultHostName}/api/messages'
    msaAppId: botId
    msaAppType: 'SingleTenant'
    msaAppTenantId: effectiveBotTenantId
    // No Direct Line or Web Chat keys: Teams is the only channel.
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: botLocation
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

// ---- Outputs: written to env/.env.<env> by the toolkit ---------------------------------------------

output TAB_DOMAIN string = tabDomain
output TAB_ENDPOINT string = tabOrigin
output TAB_STORAGE_RESOURCE_ID string = webStorage.id
output API_DOMAIN string = functionApp.properties.defaultHostName
output API_ENDPOINT string = 'https://${functionApp.properties.defaultHostName}'
output API_FUNCTION_APP_NAME string = functionApp.name
output API_FUNCTION_APP_RESOURCE_ID string = functionApp.id
output BOT_MESSAGING_ENDPOINT string = bot.properties.endpoint
output BOT_SERVICE_NAME string = bot.name
output KEY_VAULT_NAME string = vault.name
output DATA_STORAGE_ACCOUNT_NAME string = dataStorage.name
