/**
 * The conversation a prompt belongs to, as the gateway keys its placeholders. A new chat has no id in its URL
 * until the first prompt is sent; the id it then gets adopts the draft key, so replies in the new
 * conversation restore with the placeholders the first prompt was given.
 */
export class ConversationTracker {
  private draft: string | undefined;
  private draftUsed = false;
  private readonly adopted = new Map<string, string>();

  constructor(
    private readonly idFromUrl: (url: string) => string | undefined,
    private readonly newId: () => string = () => `new-${crypto.randomUUID()}`,
  ) {}

  current(url: string): string {
    const id = this.idFromUrl(url);
    if (id === undefined) return (this.draft ??= this.newId());
    const known = this.adopted.get(id);
    if (known) return known;
    if (this.draft && this.draftUsed) {
      this.adopted.set(id, this.draft);
      const draft = this.draft;
      this.draft = undefined;
      this.draftUsed = false;
      return draft;
    }
    return id;
  }

  /** Marks that a prompt went out from the current page, so a draft key is worth adopting. */
  noteSent(url: string): void {
    if (this.idFromUrl(url) === undefined) this.draftUsed = true;
  }
}
