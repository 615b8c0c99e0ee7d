import { contextRule } from '../../../define';

/** Azure DevOps personal access token in the original format: 52 lowercase base32 characters, next to an Azure DevOps keyword. */
export const azureDevopsPat = contextRule({
  id: 'azure-devops-pat',
  title: 'Azure DevOps personal access token',
  severity: 'critical',
  confidence: 0.85,
  keywords: ['azure_devops', 'azuredevops', 'azure-devops', 'azure devops', 'ado_pat', 'ado_token', 'dev.azure.com', 'visualstudio.com', 'vsts', 'devops_pat', 'system_accesstoken', 'azdo', 'vsce', 'azure.devops', 'adopat', 'ado.pat', 'ado-pat', 'adotoken', 'ado.token', 'ado-token', 'devopspat', 'devops.pat', 'devops-pat', 'systemaccesstoken', 'system.accesstoken', 'system-accesstoken'],
  pattern: /[a-z2-7]{52}/,
  minLength: 52,
  maxLength: 52,
  minEntropy: 4,
});
