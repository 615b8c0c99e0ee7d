import { chatgpt } from './chatgpt';
import { claude } from './claude';
import { copilot } from './copilot';
import { deepseek } from './deepseek';
import { gemini } from './gemini';
import { mistral } from './mistral';
import { perplexity } from './perplexity';
import type { SiteDefinition } from './site';

export const SITES: readonly SiteDefinition[] = [chatgpt, claude, gemini, copilot, perplexity, mistral, deepseek];
export type { SiteDefinition } from './site';
export type { EditorKind } from '../editors/index';
