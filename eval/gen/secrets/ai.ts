/** AI model providers and ML platforms. */
import { header, same, tok, type SecretFormat } from '../format';
import { ALPHA, B62, B64URL, LOWER_NUM, type Rng } from '../rng';

/** OpenAI's current keys embed the base64 of "OpenAI" (T3BlbkFJ) between two random halves. */
function openaiKey(r: Rng, prefix: string): string {
  return prefix + r.s(B64URL, 74) + 'T3BlbkFJ' + r.s(B64URL, 74);
}

export const ai: SecretFormat[] = [
  tok('openai-project-key', 'OPENAI_API_KEY', (r) => openaiKey(r, 'sk-proj-')),
  tok('openai-service-account-key', 'OPENAI_API_KEY', (r) => openaiKey(r, 'sk-svcacct-')),
  tok('openai-admin-key', 'OPENAI_ADMIN_KEY', (r) => openaiKey(r, 'sk-admin-')),
  tok('openai-legacy-key', 'OPENAI_API_KEY', (r) => 'sk-' + r.s(B62, 20) + 'T3BlbkFJ' + r.s(B62, 20)),
  tok('anthropic-api-key', 'ANTHROPIC_API_KEY', (r) => 'sk-ant-api03-' + r.s(B64URL, 93) + 'AA'),
  tok('anthropic-admin-key', 'ANTHROPIC_ADMIN_KEY', (r) => 'sk-ant-admin01-' + r.s(B64URL, 93) + 'AA'),
  tok('huggingface-token', 'HF_TOKEN', (r) => 'hf_' + r.s(ALPHA, 34)),
  tok('huggingface-org-token', 'HUGGINGFACE_ORG_TOKEN', (r) => 'api_org_' + r.s(ALPHA, 34)),
  tok('groq-api-key', 'GROQ_API_KEY', (r) => 'gsk_' + r.s(B62, 52)),
  tok('cohere-api-key', 'COHERE_API_KEY', (r) => r.s(B62, 40)),
  tok('replicate-api-token', 'REPLICATE_API_TOKEN', (r) => 'r8_' + r.s(B62, 37)),
  tok('perplexity-api-key', 'PERPLEXITY_API_KEY', (r) => 'pplx-' + r.s(B62, 48)),
  tok('xai-api-key', 'XAI_API_KEY', (r) => 'xai-' + r.s(B62, 80)),
  tok('openrouter-api-key', 'OPENROUTER_API_KEY', (r) => 'sk-or-v1-' + r.hex(64)),
  tok('mistral-api-key', 'MISTRAL_API_KEY', (r) => r.s(B62, 32)),
  tok('together-api-key', 'TOGETHER_API_KEY', (r) => 'tgp_v1_' + r.s(B64URL, 43)),
  tok('deepseek-api-key', 'DEEPSEEK_API_KEY', (r) => 'sk-' + r.hex(32)),
  tok('fireworks-api-key', 'FIREWORKS_API_KEY', (r) => 'fw_' + r.s(B62, 24)),
  tok('langsmith-personal-token', 'LANGSMITH_API_KEY', (r) => `lsv2_pt_${r.hex(32)}_${r.hex(10)}`),
  tok('langsmith-service-key', 'LANGCHAIN_API_KEY', (r) => `lsv2_sk_${r.hex(32)}_${r.hex(10)}`),
  tok('elevenlabs-api-key', 'ELEVENLABS_API_KEY', (r) => 'sk_' + r.hex(48)),
  tok('deepgram-api-key', 'DEEPGRAM_API_KEY', (r) => r.hex(40)),
  tok('assemblyai-api-key', 'ASSEMBLYAI_API_KEY', (r) => r.hex(32)),
  tok('stability-api-key', 'STABILITY_API_KEY', (r) => 'sk-' + r.s(B62, 48)),
  tok('wandb-api-key', 'WANDB_API_KEY', (r) => r.hex(40)),
  tok('langfuse-secret-key', 'LANGFUSE_SECRET_KEY', (r) => 'sk-lf-' + r.uuid()),
  tok('cerebras-api-key', 'CEREBRAS_API_KEY', (r) => 'csk-' + r.s(LOWER_NUM, 48)),
  tok('nvidia-api-key', 'NVIDIA_API_KEY', (r) => 'nvapi-' + r.s(B64URL, 64)),
  header('azure-openai-api-key', 'api-key', (r) => same(r.hex(32))),
  tok('pinecone-api-key', 'PINECONE_API_KEY', (r) => `pcsk_${r.s(B62, 5)}_${r.s(B62, 63)}`),
  tok('voyage-api-key', 'VOYAGE_API_KEY', (r) => 'pa-' + r.s(B64URL, 43)),
];
