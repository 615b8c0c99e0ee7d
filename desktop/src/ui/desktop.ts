import type { PromptgateDesktopBridge } from '../electron/desktop-bridge';

/** The Electron window's bridge (`window.promptgateDesktop`), or undefined in a plain browser tab. */
export function desktopBridge(): PromptgateDesktopBridge | undefined {
  return (window as unknown as { promptgateDesktop?: PromptgateDesktopBridge }).promptgateDesktop;
}
