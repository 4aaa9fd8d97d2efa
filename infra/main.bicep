// RectifyBot in one resource group: storage, monitoring, the shared managed identity, the bot (web app + Azure Bot
// with the Teams channel) and the Functions apps. Deploy with a parameters file:
//   az deployment group create -g <rg> -f infra/main.bicep -p infra/main.bicepparam        (public cloud)
//   az deployment group create -g <rg> -f infra/main.bicep -p infra/main.china.bicepparam  (Azure China, 21Vianet)
// Nothing secret goes in: the bot authenticates as the user-assigned managed identity (UserAssignedMSI) and every
// storage call uses that identity's role assignments.
targetScope = 'resourceGroup'

@description('Short lowercase name of the environment, used in every resource name, e.g. "rectify-prod".')
@minLength(3)
@maxLength(16)
param environmentName string

param location string = resourceGroup().location

@description('Public or China (Azure operated by 21Vianet): the bot\'s Bot Framework endpoints follow it (app setting Cloud).')
@allowed(['Public', 'China'])
param cloud string = environment().name == 'AzureChinaCloud' ? 'China' : 'Public'

@description('Run the main Functions app on Flex Consumption; false puts it on the bot\'s App Service plan (regions without Flex Consumption).')
param useFlexConsumption bool = true

@description('App Service plan SKU shared by the bot and the one-instance sender app.')
param appServicePlanSku string = 'B1'

@allowed(['F0', 'S1'])
param botSku string = 'F0'

param botDisplayName string = '整改助手 RectifyBot'

@description('Flex Consumption scale-out limit for the main Functions app (the sender app always has one instance).')
param functionsMaximumInstanceCount int = 40

@description('Six-field CRON in UTC for the outbox sweep (Schedules:RequeueUnsentOutbox).')
param requeueUnsentOutboxSchedule string = '0 */5 * * * *'

@description('Six-field CRON in UTC for re-routing open reviews (Schedules:RerouteOpenReviews); 00:30 UTC = 08:30 CST.')
param rerouteOpenReviewsSchedule string = '0 30 0 * * *'

@description('Six-field CRON in UTC for the daily supervision digests (Schedules:SupervisionReminders); 01:00 UTC = 09:00 CST.')
param supervisionRemindersSchedule string = '0 0 1 * * *'

@description('Six-field CRON in UTC for the weekly bulletin (Schedules:SupervisionBulletins); Monday 09:00 CST.')
param supervisionBulletinsSchedule string = '0 0 1 * * 1'

@description('Six-field CRON in UTC for the nightly repair of the due-date index (Schedules:SupervisionReconcile); 02:00 CST.')
param supervisionReconcileSchedule string = '0 0 18 * * *'

@description('Six-field CRON in UTC for closing unit plans\' feedback windows (Schedules:ClosePlanWindows); 00:05 CST.')
param closePlanWindowsSchedule string = '0 5 16 * * *'

@description('Six-field CRON in UTC for closing surveys\' answer windows: tally, majority rule, notices (Schedules:CloseSurveyWindows); 09:00 CST.')
param closeSurveyWindowsSchedule string = '0 0 1 * * *'

@description('Public address of the functions app, for the survey links, QR codes, suggestion box and published results page (SurveyWeb:PublicBaseUrl). Empty: the main functions app\'s default host name; set it for a custom domain or an app with a unique default host name.')
param surveyWebPublicBaseUrl string = ''

@secure()
@description('Secret (at least 32 characters) from which SurveyWeb:FormKey, the key signing the web survey form\'s anti-forgery token, is made. Default: new at every deployment, so a form left open across a deployment asks to be reloaded.')
@minLength(32)
param surveyWebFormSecret string = newGuid()

param tags object = { app: 'RectifyBot', environment: environmentName }

var nameSuffix = take(uniqueString(resourceGroup().id, environmentName), 6)
var deploymentContainerName = 'functions-deployment'

// Every [Function] of functions/ and which one sends: RectifyBot.Infra.Tests checks these against the code.
var functionNames = [
  'ClosePlanWindows'
  'CloseSurveyWindows'
  'Health'
  'ImportRoster'
  'IngestSurveyReply'
  'InstallTeamsApp'
  'RecordPoisonedOutboxMessage'
  'RequeueUnsentOutbox'
  'RerouteOpenReviews'
  'RosterHealthExport'
  'RosterTemplate'
  'SendOutboxMessage'
  'SendSurveyInvitations'
  'SmokeCheck'
  'SuggestionBoxForm'
  'SupervisionBulletins'
  'SupervisionReconcile'
  'SupervisionReminders'
  'SurveyResultsPage'
  'SurveyWebForm'
]
var senderFunction = 'SendOutboxMessage'

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    storageAccountName: toLower(take('${replace(environmentName, '-', '')}${uniqueString(resourceGroup().id)}', 24))
    location: location
    tags: tags
    deploymentContainerName: deploymentContainerName
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    namePrefix: environmentName
    location: location
    tags: tags
  }
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    namePrefix: environmentName
    location: location
    tags: tags
    storageAccountName: storage.outputs.storageAccountName
  }
}

// The functions app's name as modules/functions.bicep makes it; links in cards and on printed sheets point at it.
var surveyWebBaseUrl = empty(surveyWebPublicBaseUrl) ? 'https://${environmentName}-func-${nameSuffix}.${cloud == 'China' ? 'chinacloudsites.cn' : 'azurewebsites.net'}' : surveyWebPublicBaseUrl

// The settings both hosts read (names as in docs/conventions.md; "__" stands for ":").
var hostSettings = {
  SurveyWeb__PublicBaseUrl: surveyWebBaseUrl
  Cloud: cloud
  MicrosoftAppType: 'UserAssignedMSI'
  MicrosoftAppId: identity.outputs.clientId
  MicrosoftAppTenantId: tenant().tenantId
  Storage__TableServiceUri: storage.outputs.tableEndpoint
  Storage__QueueServiceUri: storage.outputs.queueEndpoint
  Storage__BlobServiceUri: storage.outputs.blobEndpoint
  Storage__ManagedIdentityClientId: identity.outputs.clientId
  APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.appInsightsConnectionString
}

// The Functions host's own storage (and the queue trigger's connection), identity-based.
var functionsSettings = union(hostSettings, {
  AzureWebJobsStorage__blobServiceUri: storage.outputs.blobEndpoint
  AzureWebJobsStorage__queueServiceUri: storage.outputs.queueEndpoint
  AzureWebJobsStorage__tableServiceUri: storage.outputs.tableEndpoint
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identity.outputs.clientId
  Schedules__RequeueUnsentOutbox: requeueUnsentOutboxSchedule
  Schedules__RerouteOpenReviews: rerouteOpenReviewsSchedule
  Schedules__SupervisionReminders: supervisionRemindersSchedule
  Schedules__SupervisionBulletins: supervisionBulletinsSchedule
  Schedules__SupervisionReconcile: supervisionReconcileSchedule
  Schedules__ClosePlanWindows: closePlanWindowsSchedule
  Schedules__CloseSurveyWindows: closeSurveyWindowsSchedule
  SurveyWeb__FormKey: base64(surveyWebFormSecret)
})

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    namePrefix: environmentName
    nameSuffix: nameSuffix
    location: location
    tags: tags
    identityId: identity.outputs.identityId
    identityClientId: identity.outputs.clientId
    appSettings: hostSettings
    planSku: appServicePlanSku
    botSku: botSku
    botDisplayName: botDisplayName
  }
}

module functions 'modules/functions.bicep' = {
  name: 'functions'
  params: {
    namePrefix: environmentName
    nameSuffix: nameSuffix
    location: location
    tags: tags
    identityId: identity.outputs.identityId
    appSettings: functionsSettings
    dedicatedPlanId: bot.outputs.planId
    useFlexConsumption: useFlexConsumption
    deploymentContainerUrl: '${storage.outputs.blobEndpoint}${deploymentContainerName}'
    functionNames: functionNames
    senderFunction: senderFunction
    alwaysOnFunctions: ['Health']
    maximumInstanceCount: functionsMaximumInstanceCount
  }
}

@description('Where Teams reaches the bot (the Azure Bot\'s messaging endpoint).')
output botEndpoint string = bot.outputs.messagingEndpoint

@description('The bot\'s app id (the managed identity\'s client id): BOT_ID for ./rectify package.')
output microsoftAppId string = identity.outputs.clientId

@description('BOT_DOMAIN for ./rectify package.')
output botDomain string = bot.outputs.botDomain

output tenantId string = tenant().tenantId
output botWebAppName string = bot.outputs.webAppName
output functionsAppName string = functions.outputs.mainAppName
output senderFunctionsAppName string = functions.outputs.senderAppName
output storageAccountName string = storage.outputs.storageAccountName
