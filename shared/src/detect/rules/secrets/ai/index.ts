import type { Rule } from '../../../rule';
import { openaiProjectKey } from './openai-project-key';
import { openaiServiceAccountKey } from './openai-service-account-key';
import { openaiAdminKey } from './openai-admin-key';
import { openaiApiKey } from './openai-api-key';
import { anthropicApiKey } from './anthropic-api-key';
import { anthropicAdminKey } from './anthropic-admin-key';
import { anthropicOauthToken } from './anthropic-oauth-token';
import { anthropicSessionKey } from './anthropic-session-key';
import { huggingfaceAccessToken } from './huggingface-access-token';
import { huggingfaceOrgToken } from './huggingface-org-token';
import { groqApiKey } from './groq-api-key';
import { cohereApiKey } from './cohere-api-key';
import { replicateApiToken } from './replicate-api-token';
import { mistralApiKey } from './mistral-api-key';
import { perplexityApiKey } from './perplexity-api-key';
import { xaiApiKey } from './xai-api-key';
import { openrouterApiKey } from './openrouter-api-key';
import { deepseekApiKey } from './deepseek-api-key';
import { togetherApiKey } from './together-api-key';
import { togetherLegacyApiKey } from './together-legacy-api-key';
import { fireworksApiKey } from './fireworks-api-key';
import { nvidiaApiKey } from './nvidia-api-key';
import { tavilyApiKey } from './tavily-api-key';
import { cerebrasApiKey } from './cerebras-api-key';
import { pineconeApiKey } from './pinecone-api-key';
import { pineconeLegacyApiKey } from './pinecone-legacy-api-key';
import { langsmithPersonalAccessToken } from './langsmith-personal-access-token';
import { langsmithServiceKey } from './langsmith-service-key';
import { wandbApiKey } from './wandb-api-key';
import { elevenlabsApiKey } from './elevenlabs-api-key';
import { assemblyaiApiKey } from './assemblyai-api-key';
import { deepgramApiKey } from './deepgram-api-key';
import { voyageApiKey } from './voyage-api-key';
import { stabilityApiKey } from './stability-api-key';
import { runpodApiKey } from './runpod-api-key';
import { jinaApiKey } from './jina-api-key';
import { langfuseSecretKey } from './langfuse-secret-key';
import { heliconeApiKey } from './helicone-api-key';
import { clarifaiApiKey } from './clarifai-api-key';
import { ai21ApiKey } from './ai21-api-key';

export const rules: readonly Rule[] = [
  openaiProjectKey,
  openaiServiceAccountKey,
  openaiAdminKey,
  openaiApiKey,
  anthropicApiKey,
  anthropicAdminKey,
  anthropicOauthToken,
  anthropicSessionKey,
  huggingfaceAccessToken,
  huggingfaceOrgToken,
  groqApiKey,
  cohereApiKey,
  replicateApiToken,
  mistralApiKey,
  perplexityApiKey,
  xaiApiKey,
  openrouterApiKey,
  deepseekApiKey,
  togetherApiKey,
  togetherLegacyApiKey,
  fireworksApiKey,
  nvidiaApiKey,
  tavilyApiKey,
  cerebrasApiKey,
  pineconeApiKey,
  pineconeLegacyApiKey,
  langsmithPersonalAccessToken,
  langsmithServiceKey,
  wandbApiKey,
  elevenlabsApiKey,
  assemblyaiApiKey,
  deepgramApiKey,
  voyageApiKey,
  stabilityApiKey,
  runpodApiKey,
  jinaApiKey,
  langfuseSecretKey,
  heliconeApiKey,
  clarifaiApiKey,
  ai21ApiKey,
];
