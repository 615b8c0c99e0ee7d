import type { InspectResponse } from '@promptgate/shared';
import type { OverlayContent } from '../overlay/overlay';
import { findingRows } from './findings-view';

/** A preview longer than this is cut: the person checks the placeholders, not 100 KB of prompt. */
export const PREVIEW_CHARS = 4000;

function previewOf(text: string): string {
  if (text.length <= PREVIEW_CHARS) return text;
  const more = text.length - PREVIEW_CHARS;
  return `${text.slice(0, PREVIEW_CHARS)}\u2026 (${more.toLocaleString('en')} more characters, sent as shown above: only the flagged values change)`;
}

/** Why "Send original" is missing, in the person's words; null when it is offered. */
export function whyNoSendOriginal(response: InspectResponse, local: boolean): string | null {
  if (local) return 'Sending the original is not offered now: promptgate on this computer cannot be reached to record your reason, so only the version with placeholders can go.';
  if (!response.warn?.allowSendOriginal)
    return 'Sending the original is not offered: your organisation\u2019s policy allows only the version with placeholders for these values. If you need to send them, ask IT.';
  return null;
}

/**
 * The warn overlay for a prompt: what was found, exactly what "Send redacted" sends, and either how to send
 * the original (with a reason, when policy asks) or why that is not offered.
 */
export function warnView(response: InspectResponse, redactedText: string, local: boolean): { content: OverlayContent; canSendOriginal: boolean } {
  const why = whyNoSendOriginal(response, local);
  const canSendOriginal = why === null;
  const requireJustification = response.warn?.requireJustification ?? true;
  return {
    canSendOriginal,
    content: {
      tone: 'warn',
      title: 'This prompt contains sensitive data',
      lines: ['promptgate found the values below. By default they are replaced by placeholders before sending.', ...(why ? [why] : [])],
      findings: findingRows(response),
      preview: { label: 'What \u201cSend redacted\u201d sends', text: previewOf(redactedText) },
      ...(canSendOriginal && requireJustification ? { justification: { label: 'To send the original, say why (recorded):' } } : {}),
      actions: [
        { id: 'edit', label: 'Edit' },
        ...(canSendOriginal ? [{ id: 'send-original', label: 'Send original', needsJustification: requireJustification }] : []),
        { id: 'send-redacted', label: 'Send redacted', primary: true },
      ],
    },
  };
}
