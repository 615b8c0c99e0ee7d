import type { Tone } from './overlay';

/**
 * Every colour promptgate puts text in, in one place, so a unit test can hold each text/background pair to
 * WCAG AA (4.5:1). A tone's accent is also its primary button's background under white text.
 */
export const PALETTE = {
  text: '#0f172a',
  muted: '#475569',
  surface: '#ffffff',
  subtle: '#f1f5f9',
  border: '#64748b',
  accent: { warn: '#b45309', block: '#b91c1c', hold: '#1d4ed8', error: '#6d28d9', info: '#0e7490' } satisfies Record<Tone, string>,
} as const;

/** The text/background pairs the overlay, toasts and notice draw (see styles.ts). */
export function textPairs(): Array<{ what: string; foreground: string; background: string }> {
  return [
    { what: 'body text', foreground: PALETTE.text, background: PALETTE.surface },
    { what: 'brand line, close button, pending line', foreground: PALETTE.muted, background: PALETTE.surface },
    { what: 'finding title', foreground: PALETTE.text, background: PALETTE.subtle },
    { what: 'masked preview, redacted text', foreground: PALETTE.muted, background: PALETTE.subtle },
    { what: 'secondary button', foreground: PALETTE.text, background: PALETTE.surface },
    ...Object.entries(PALETTE.accent).map(([tone, accent]) => ({ what: `${tone} primary button`, foreground: PALETTE.surface, background: accent })),
  ];
}
