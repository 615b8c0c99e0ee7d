/** Lives inside the shadow root: the site's CSS cannot reach it, and it cannot reach the site. */
export const OVERLAY_CSS = `
:host { all: initial; }
.backdrop { position: fixed; inset: 0; z-index: 2147483647; background: rgba(15, 23, 42, 0.45); display: flex; align-items: center; justify-content: center;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #0f172a; }
.toast-area { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; display: flex; flex-direction: column; gap: 8px;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #0f172a; }
.panel { background: #fff; border-radius: 12px; box-shadow: 0 20px 50px rgba(0,0,0,.3); width: min(460px, calc(100vw - 32px)); max-height: calc(100vh - 64px);
  overflow: auto; padding: 20px 22px; box-sizing: border-box; border-top: 5px solid var(--accent); }
.toast { background: #fff; border-radius: 10px; box-shadow: 0 8px 24px rgba(0,0,0,.25); width: 340px; padding: 12px 14px; border-left: 5px solid var(--accent); }
.warn { --accent: #d97706; } .block { --accent: #dc2626; } .hold { --accent: #2563eb; } .error { --accent: #7c3aed; } .info { --accent: #0891b2; }
.brand { font-size: 11px; letter-spacing: .08em; text-transform: uppercase; color: #64748b; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 0 0 8px; }
p { margin: 6px 0; }
ul { margin: 8px 0; padding: 0; list-style: none; }
li { display: flex; justify-content: space-between; gap: 12px; padding: 6px 8px; border-radius: 6px; background: #f1f5f9; margin-bottom: 4px; }
li .preview { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; color: #475569; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; background: #f1f5f9; padding: 1px 4px; border-radius: 4px; }
textarea { width: 100%; box-sizing: border-box; min-height: 56px; margin-top: 6px; font: inherit; padding: 6px 8px; border: 1px solid #cbd5e1; border-radius: 6px; }
label { display: block; margin-top: 10px; font-weight: 600; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; justify-content: flex-end; margin-top: 16px; }
button { font: inherit; border-radius: 8px; padding: 7px 14px; border: 1px solid #cbd5e1; background: #fff; color: #0f172a; cursor: pointer; }
button.primary { background: var(--accent); border-color: var(--accent); color: #fff; font-weight: 600; }
button:disabled { opacity: .5; cursor: default; }
button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.pending { display: flex; align-items: center; gap: 8px; color: #334155; }
.spinner { width: 14px; height: 14px; border-radius: 50%; border: 2px solid #bfdbfe; border-top-color: #2563eb; animation: spin 0.9s linear infinite; }
@keyframes spin { to { transform: rotate(360deg); } }
.close { float: right; border: none; padding: 0 4px; font-size: 16px; line-height: 1; color: #64748b; }
`;
