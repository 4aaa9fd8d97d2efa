// A sample environment in the public cloud. Nothing secret: the bot's credential is the managed identity.
using 'main.bicep'

param environmentName = 'rectify-sample'
param location = 'eastasia'
param cloud = 'Public'
param useFlexConsumption = true
param appServicePlanSku = 'B1'
param botSku = 'F0'
