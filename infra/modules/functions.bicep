// The Functions apps (.NET 10 isolated worker), both deployed from the same functions/ build:
// - the main app runs every function except the sender: on Flex Consumption (or, where Flex Consumption is not
//   offered, e.g. some Azure China regions, on the bot's App Service plan);
// - the sender app runs only SendOutboxMessage (plus Health) on the bot's App Service plan pinned to ONE instance
//   (numberOfWorkers 1 with per-site scaling), because Teams' send limit is per app per tenant: one instance keeps the
//   in-process rate limiter global. Flex Consumption cannot promise that: its scale-out is per function and its
//   maximumInstanceCount caps the whole app, not one function.
param namePrefix string
param nameSuffix string
param location string
param tags object
param identityId string
param appSettings object
param dedicatedPlanId string
param useFlexConsumption bool

@description('The blob container URL the Flex Consumption app is deployed from.')
param deploymentContainerUrl string

@description('Every function of functions/ (the [Function] names): the Infra tests check this list against the code.')
param functionNames array

@description('The queue-triggered function that sends outbox messages through the Bot Connector.')
param senderFunction string

@description('Functions every app keeps (health probe).')
param alwaysOnFunctions array

@description('Flex Consumption scale-out limit for the main app (the sender is not in it).')
@minValue(1)
param maximumInstanceCount int

var identity = {
  type: 'UserAssigned'
  userAssignedIdentities: { '${identityId}': {} }
}

// Functions host settings Flex Consumption sets itself (functionAppConfig.runtime) and refuses as app settings.
var dedicatedRuntimeSettings = {
  FUNCTIONS_EXTENSION_VERSION: '~4'
  FUNCTIONS_WORKER_RUNTIME: 'dotnet-isolated'
}

var mainSettings = union(appSettings, useFlexConsumption ? {} : dedicatedRuntimeSettings, {
  'AzureWebJobs.${senderFunction}.Disabled': 'true'
})

var senderOnly = filter(functionNames, f => f != senderFunction && !contains(alwaysOnFunctions, f))
var senderSettings = union(appSettings, dedicatedRuntimeSettings, toObject(senderOnly, f => 'AzureWebJobs.${f}.Disabled', f => 'true'))

var flexPlanName = '${namePrefix}-flex-plan'

resource flexPlan 'Microsoft.Web/serverfarms@2024-04-01' = if (useFlexConsumption) {
  name: flexPlanName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource mainApp 'Microsoft.Web/sites@2024-04-01' = {
  name: '${namePrefix}-func-${nameSuffix}'
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: identity
  dependsOn: [flexPlan]
  properties: {
    serverFarmId: useFlexConsumption ? resourceId('Microsoft.Web/serverfarms', flexPlanName) : dedicatedPlanId
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    functionAppConfig: useFlexConsumption
      ? {
          deployment: {
            storage: {
              type: 'blobContainer'
              value: deploymentContainerUrl
              authentication: {
                type: 'UserAssignedIdentity'
                userAssignedIdentityResourceId: identityId
              }
            }
          }
          scaleAndConcurrency: {
            maximumInstanceCount: maximumInstanceCount
            instanceMemoryMB: 2048
          }
          runtime: {
            name: 'dotnet-isolated'
            version: '10.0'
          }
        }
      : null
    siteConfig: {
      linuxFxVersion: useFlexConsumption ? null : 'DOTNET-ISOLATED|10.0'
      alwaysOn: !useFlexConsumption
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [for s in items(mainSettings): { name: s.key, value: s.value }]
    }
  }
}

resource senderApp 'Microsoft.Web/sites@2024-04-01' = {
  name: '${namePrefix}-send-${nameSuffix}'
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: identity
  properties: {
    serverFarmId: dedicatedPlanId
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'DOTNET-ISOLATED|10.0'
      alwaysOn: true
      numberOfWorkers: 1
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [for s in items(senderSettings): { name: s.key, value: s.value }]
    }
  }
}

output mainAppName string = mainApp.name
output senderAppName string = senderApp.name
