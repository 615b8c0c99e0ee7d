import { PALETTE } from './palette';

const { text, muted, surface, subtle, border, accent } = PALETTE;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const MONO = 'ui-monospace, SFMono-Regular, Menlo, monospace';

/** Lives inside the shadow root: the site's CSS cannot reach it, and it cannot reach the site. */
export const OVERLAY_CSS = `
:host { all: initial; }
.backdrop { position: fixed; inset: 0; z-index: 2147483647; background: rgba(15, 23, 42, 0.45); display: flex; align-items: center; justify-content: center;
  font: 14px/1.45 ${FONT}; color: ${text}; }
.corner { position: fixed; z-index: 2147483646; display: flex; flex-direction: column; gap: 8px; width: 340px; max-width: calc(100vw - 32px);
  font: 13px/1.4 ${FONT}; color: ${text}; }
.panel { background: ${surface}; border-radius: 12px; box-shadow: 0 20px 50px rgba(0,0,0,.3); width: min(480px, calc(100vw - 32px)); max-height: calc(100vh - 64px);
  overflow: auto; padding: 20px 22px; box-sizing: border-box; border-top: 5px solid var(--accent); }
.panel:focus { outline: none; }
.toast, .notice { background: ${surface}; border-radius: 10px; box-shadow: 0 8px 24px rgba(0,0,0,.25); padding: 12px 14px; box-sizing: border-box; border-left: 5px solid var(--accent); }
.warn { --accent: ${accent.warn}; } .block { --accent: ${accent.block}; } .hold { --accent: ${accent.hold}; } .error { --accent: ${accent.error}; } .info { --accent: ${accent.info}; }
.notice strong, .toast strong { display: block; margin-right: 24px; }
.brand { font-size: 11px; letter-spacing: .08em; text-transform: uppercase; color: ${muted}; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 0 0 8px; }
p { margin: 6px 0; }
ul { margin: 8px 0; padding: 0; list-style: none; }
li { display: flex; justify-content: space-between; gap: 12px; padding: 6px 8px; border-radius: 6px; background: ${subtle}; color: ${text}; margin-bottom: 4px; }
li .preview { font-family: ${MONO}; color: ${muted}; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.sent-preview { margin: 10px 0; }
.sent-preview h3 { font-size: 13px; margin: 0 0 4px; }
.sent-preview pre { font: 12px/1.45 ${MONO}; background: ${subtle}; color: ${text}; border: 1px solid ${border}; border-radius: 6px; padding: 6px 8px; margin: 0;
  max-height: 140px; overflow: auto; white-space: pre-wrap; overflow-wrap: anywhere; }
.sent-preview pre:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
code { font-family: ${MONO}; background: ${subtle}; padding: 1px 4px; border-radius: 4px; }
textarea { width: 100%; box-sizing: border-box; min-height: 56px; margin-top: 6px; font: inherit; color: ${text}; background: ${surface}; padding: 6px 8px; border: 1px solid ${border}; border-radius: 6px; }
textarea:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
label { display: block; margin-top: 10px; font-weight: 600; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; justify-content: flex-end; margin-top: 16px; }
button { font: inherit; border-radius: 8px; padding: 7px 14px; border: 1px solid ${border}; background: ${surface}; color: ${text}; cursor: pointer; }
button.primary { background: var(--accent); border-color: var(--accent); color: ${surface}; font-weight: 600; }
button:disabled { opacity: .5; cursor: default; }
button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.pending { display: flex; align-items: center; gap: 8px; color: ${muted}; }
.spinner { flex: none; width: 14px; height: 14px; border-radius: 50%; border: 2px solid #bfdbfe; border-top-color: ${accent.hold}; animation: spin 0.9s linear infinite; }
@keyframes spin { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { .spinner { animation-duration: 3s; } }
.close { float: right; border: none; padding: 2px 6px; margin: -4px -6px 0 4px; font-size: 16px; line-height: 1; color: ${muted}; background: transparent; }
`;
