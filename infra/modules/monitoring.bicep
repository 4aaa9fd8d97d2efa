// Log Analytics workspace and the workspace-based Application Insights that bot and functions send telemetry to.
param namePrefix string
param location string
param tags object

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${namePrefix}-logs'
  location: location
  tags: tags
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${namePrefix}-insights'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
  }
}

// Not a secret (it only lets telemetry in); app settings carry it as APPLICATIONINSIGHTS_CONNECTION_STRING.
output appInsightsConnectionString string = appInsights.properties.ConnectionString
