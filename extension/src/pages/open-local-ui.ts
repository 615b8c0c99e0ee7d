import type { Response } from '../messages/protocol';

export interface OpenLocalUiDeps {
  /** Asks the background for a fresh single-use link. */
  askForLink(): Promise<Response<'uiLink'>>;
  openTab(url: string): Promise<unknown>;
  /** Says why nothing opened, next to the link. */
  show(message: string): void;
}

/**
 * The popup's "Open the promptgate window": each click gets its own link (a link signs in once), so the
 * person lands in the local UI signed in. True when a tab was opened.
 */
export async function openLocalUi(deps: OpenLocalUiDeps): Promise<boolean> {
  deps.show('');
  let answer: Response<'uiLink'>;
  try {
    answer = await deps.askForLink();
  } catch (error) {
    deps.show(`promptgate could not open its window: ${String(error)}`);
    return false;
  }
  if (!('url' in answer)) {
    deps.show(answer.message);
    return false;
  }
  await deps.openTab(answer.url);
  return true;
}
