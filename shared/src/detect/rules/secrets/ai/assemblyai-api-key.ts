import { contextRule } from '../../../define';

/** AssemblyAI API key: 32 hex characters next to an AssemblyAI keyword. */
export const assemblyaiApiKey = contextRule({
  id: 'assemblyai-api-key',
  title: 'AssemblyAI API key',
  severity: 'high',
  confidence: 0.85,
  keywords: ['assemblyai', 'assembly_ai', 'assembly-ai'],
  pattern: /[a-f0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 3.3,
});
