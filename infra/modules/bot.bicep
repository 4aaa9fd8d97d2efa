// The bot: an App Service plan (Linux) and web app serving /api/messages, and the Azure Bot registration with the
// Microsoft Teams channel. The registration's identity is the user-assigned managed identity (UserAssignedMSI).
param namePrefix string
param nameSuffix string
param location string
param tags object
param identityId string
param identityClientId string
param appSettings object

@description('App Service plan SKU for the bot (and the one-instance sender Functions app on the same plan).')
param planSku string

@description('Azure Bot pricing tier: F0 (free, standard channels such as Teams) or S1.')
@allowed(['F0', 'S1'])
param botSku string

param botDisplayName string

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${namePrefix}-plan'
  location: location
  tags: tags
  kind: 'linux'
  sku: { name: planSku }
  properties: {
    reserved: true // Linux
    perSiteScaling: true // lets the sender app stay on one instance while the bot scales (numberOfWorkers)
  }
}

resource web 'Microsoft.Web/sites@2024-04-01' = {
  name: '${namePrefix}-bot-${nameSuffix}'
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/' // BotHost answers GET / with a plain 200
      appSettings: [for s in items(appSettings): { name: s.key, value: s.value }]
    }
  }
}

var messagingEndpoint = 'https://${web.properties.defaultHostName}/api/messages'

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${namePrefix}-bot-${nameSuffix}'
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: { name: botSku }
  properties: {
    displayName: botDisplayName
    endpoint: messagingEndpoint
    msaAppType: 'UserAssignedMSI'
    msaAppId: identityClientId
    msaAppMSIResourceId: identityId
    msaAppTenantId: tenant().tenantId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output planId string = plan.id
output webAppName string = web.name
output botDomain string = web.properties.defaultHostName
output messagingEndpoint string = messagingEndpoint
output botResourceName string = bot.name
