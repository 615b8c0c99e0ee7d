import type { Rule } from '../../../rule';
import { atlassianApiToken } from './atlassian-api-token';
import { atlassianDataCenterPat } from './atlassian-data-center-pat';
import { tableauPersonalAccessToken } from './tableau-personal-access-token';
import { atlassianLegacyApiToken } from './atlassian-legacy-api-token';
import { notionLegacyToken } from './notion-legacy-token';
import { notionToken } from './notion-token';
import { linearApiKey } from './linear-api-key';
import { linearOauthToken } from './linear-oauth-token';
import { figmaPat } from './figma-pat';
import { figmaOauthToken } from './figma-oauth-token';
import { figmaLegacyPat } from './figma-legacy-pat';
import { asanaPat } from './asana-pat';
import { asanaLegacyPat } from './asana-legacy-pat';
import { airtablePat } from './airtable-pat';
import { airtableApiKey } from './airtable-api-key';
import { clickupApiToken } from './clickup-api-token';
import { hubspotPrivateAppToken } from './hubspot-private-app-token';
import { hubspotApiKey } from './hubspot-api-key';
import { zendeskApiToken } from './zendesk-api-token';
import { intercomAccessToken } from './intercom-access-token';
import { freshdeskApiKey } from './freshdesk-api-key';
import { teamworkApiToken } from './teamwork-api-token';
import { ubidotsToken } from './ubidots-token';
import { voiceflowApiKey } from './voiceflow-api-key';
import { zohoOauthToken } from './zoho-oauth-token';
import { typeformPat } from './typeform-pat';
import { dropboxShortLivedToken } from './dropbox-short-lived-token';
import { dropboxLongLivedToken } from './dropbox-long-lived-token';
import { boxDeveloperToken } from './box-developer-token';
import { shopifyAccessToken } from './shopify-access-token';
import { shopifyCustomAppToken } from './shopify-custom-app-token';
import { shopifyPrivateAppToken } from './shopify-private-app-token';
import { shopifySharedSecret } from './shopify-shared-secret';
import { squarespaceApiKey } from './squarespace-api-key';
import { webflowApiToken } from './webflow-api-token';
import { miroAccessToken } from './miro-access-token';
import { trelloApiKey } from './trello-api-key';
import { trelloLegacyToken } from './trello-legacy-token';
import { trelloToken } from './trello-token';
import { zoomClientSecret } from './zoom-client-secret';
import { docusignSecretKey } from './docusign-secret-key';
import { salesforceAccessToken } from './salesforce-access-token';
import { salesforceRefreshToken } from './salesforce-refresh-token';
import { mapboxSecretToken } from './mapbox-secret-token';
import { mapboxTemporaryToken } from './mapbox-temporary-token';
import { zapierWebhookUrl } from './zapier-webhook-url';
import { postmanApiKey } from './postman-api-key';
import { smartsheetAccessToken } from './smartsheet-access-token';
import { pipedriveApiToken } from './pipedrive-api-token';
import { jotformApiKey } from './jotform-api-key';
import { spectralApiKey } from './spectral-api-key';
import { intra42ClientSecret } from './intra42-client-secret';
import { adobeClientSecret } from './adobe-client-secret';
import { maxmindLicenseKey } from './maxmind-license-key';
import { authressAccessKey } from './authress-access-key';

export const rules: readonly Rule[] = [
  atlassianApiToken,
  atlassianDataCenterPat,
  atlassianLegacyApiToken,
  notionLegacyToken,
  notionToken,
  linearApiKey,
  linearOauthToken,
  figmaPat,
  figmaOauthToken,
  figmaLegacyPat,
  asanaPat,
  asanaLegacyPat,
  airtablePat,
  airtableApiKey,
  clickupApiToken,
  hubspotPrivateAppToken,
  hubspotApiKey,
  zendeskApiToken,
  intercomAccessToken,
  freshdeskApiKey,
  typeformPat,
  teamworkApiToken,
  ubidotsToken,
  voiceflowApiKey,
  zohoOauthToken,
  dropboxShortLivedToken,
  dropboxLongLivedToken,
  boxDeveloperToken,
  shopifyAccessToken,
  shopifyCustomAppToken,
  shopifyPrivateAppToken,
  shopifySharedSecret,
  squarespaceApiKey,
  webflowApiToken,
  miroAccessToken,
  trelloApiKey,
  trelloLegacyToken,
  trelloToken,
  zoomClientSecret,
  docusignSecretKey,
  salesforceAccessToken,
  salesforceRefreshToken,
  mapboxSecretToken,
  mapboxTemporaryToken,
  zapierWebhookUrl,
  postmanApiKey,
  smartsheetAccessToken,
  pipedriveApiToken,
  jotformApiKey,
  tableauPersonalAccessToken,
  spectralApiKey,
  intra42ClientSecret,
  adobeClientSecret,
  maxmindLicenseKey,
  authressAccessKey,
];
