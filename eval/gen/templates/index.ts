/**
 * Snippet templates by context: the realistic surroundings a value leaks in. Each template receives 1–3
 * entries (one for blocks and documents) and returns the full text; a template that encodes what it pastes
 * says how each value now appears, so the label stays an exact substring.
 */
import { chat } from './chat';
import { code } from './code';
import { config } from './config';
import { log } from './log';
import { shell } from './shell';
import { toolCall } from './tool-call';
import type { ContextTemplates } from './types';
import { url } from './url';

export const contextTemplates: readonly ContextTemplates[] = [chat, shell, toolCall, config, code, url, log];
export type { ContextTemplates, Entry, Family, Snippet, Template } from './types';
