import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'here is the key for the qwen endpoint: sk-7c1e9d2a4b3f4e8a9c6d2f1b8e7a5d3c', secret: 'sk-7c1e9d2a4b3f4e8a9c6d2f1b8e7a5d3c' },
    { text: 'OPENAI_BASE_URL=https://llm.internal/v1\nOPENAI_API_KEY=sk-Qm3xT8vKp2LwN9rYd5HcB7jF4gZs6AeU1oXiPnRt0qWyMbVa', secret: 'sk-Qm3xT8vKp2LwN9rYd5HcB7jF4gZs6AeU1oXiPnRt0qWyMbVa' },
    { text: 'client = OpenAI(api_key="sk-kq4w9zr2m7xv1nb8t5yc3hd6jf0pls2ga7ue9oi4", base_url=MOONSHOT)', secret: 'sk-kq4w9zr2m7xv1nb8t5yc3hd6jf0pls2ga7ue9oi4' },
    { text: '{"tool":"bash","input":"curl -H \\"Authorization: Bearer sk-3a8f1c6e9b2d4f7a0c5e8b1d3f6a9c2e\\" $API"}', secret: 'sk-3a8f1c6e9b2d4f7a0c5e8b1d3f6a9c2e' },
  ],
  negative: [
    // A placeholder, a periodic body, letters that read as words.
    'OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'key sk-abcdefabcdefabcdefabcdefabcdefab12 in the docs',
    'class="sk-spinner sk-chasing-dots-and-bouncing-circles2024"',
    // Too short for a key, and a body that runs into a dash.
    'sk-4f2a9c1e7b3d5f6a8c0e',
    'sk-7c1e9d2a4b3f4e8a9c6d2f1b8e7a5d3c-backup',
  ],
};
export default fixtures;
