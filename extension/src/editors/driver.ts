/** Reads and writes one kind of composer so that the site's own editor model sees the change. */
export interface EditorDriver {
  read(composer: HTMLElement): string;
  /** Replaces the whole content; resolves when the editor has had the chance to apply it. */
  write(composer: HTMLElement, text: string): Promise<void>;
  /** What a text looks like once the editor holds it (e.g. blank lines collapsed into paragraph breaks). */
  normalize(text: string): string;
}

/** Lets the browser deliver queued `selectionchange` events and editors commit batched updates. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Set while promptgate itself dispatches an event, so its own listeners let that event through. */
export const ownEvents = { active: false };

export function dispatchOwn(target: EventTarget, event: Event): boolean {
  ownEvents.active = true;
  try {
    return target.dispatchEvent(event);
  } finally {
    ownEvents.active = false;
  }
}
