// Azure China (operated by 21Vianet), for a university whose Teams is teams.microsoftonline.cn.
// Deploy with `az cloud set --name AzureChinaCloud` first. Cloud = China makes the bot and functions use the
// 21Vianet Bot Framework endpoints. Flex Consumption is not assumed to be offered in Azure China regions, so the
// main Functions app runs on the App Service plan too (set useFlexConsumption = true where it is).
using 'main.bicep'

param environmentName = 'rectify-cn'
param location = 'chinanorth3'
param cloud = 'China'
param useFlexConsumption = false
param appServicePlanSku = 'B1'
param botSku = 'F0'
