/** Asks the gateway to name a draft's placeholders by the id the site gave the chat; false when refused. */
export type LinkDraft = (draftId: string, conversationId: string) => Promise<boolean>;

/**
 * The conversation a prompt belongs to, as the gateway keys its placeholders. A new chat has no id in its URL
 * until its first prompt is sent, so that prompt is inspected under a draft key. When the URL then shows an
 * id (the site naming the chat, not the person opening another one), the chat keeps the draft key in this
 * page, and the gateway is asked to link the id to it, so numbering goes on across the whole conversation and
 * later pages of the chat find its values. Until the gateway agrees, replies are not restored; when it refuses
 * (the id already has placeholders of its own), the id is used on its own and the draft's values stay apart.
 */
export class ConversationTracker {
  private draft: string | undefined;
  /** The last key asked for was on a page without an id: the next id seen may be the site naming that chat. */
  private onDraftPage = false;
  /** The person followed a link or went back since then: the next id is a chat they chose, not the draft's. */
  private personNavigated = false;
  /** Site id → the draft key its chat began under. */
  private readonly adopted = new Map<string, string>();
  private readonly links = new Map<string, Promise<void>>();

  constructor(
    private readonly idFromUrl: (url: string) => string | undefined,
    private readonly newId: () => string = () => `new-${crypto.randomUUID()}`,
  ) {}

  current(url: string): string {
    const id = this.idFromUrl(url);
    if (id === undefined) {
      this.onDraftPage = true;
      this.personNavigated = false;
      return (this.draft ??= this.newId());
    }
    if (this.onDraftPage && this.draft !== undefined && !this.personNavigated && !this.adopted.has(id)) {
      this.adopted.set(id, this.draft);
      this.draft = undefined;
    }
    this.onDraftPage = false;
    return this.adopted.get(id) ?? id;
  }

  /**
   * The key to restore replies with: like `current`, but a draft adopted by an id counts only once the
   * gateway linked the two. Restoring with an unconfirmed key could show another conversation's values.
   */
  async settled(url: string, link: LinkDraft): Promise<string> {
    const key = this.current(url);
    const id = this.idFromUrl(url);
    if (id === undefined || key === id) return key;
    let linking = this.links.get(id);
    if (!linking) {
      const refused = () => void this.adopted.delete(id);
      linking = link(key, id).then((linked) => (linked ? undefined : refused()), refused);
      this.links.set(id, linking);
    }
    await linking;
    return this.current(url);
  }

  /** The person is leaving the page by a link or the history buttons: not the site naming a new chat. */
  notePersonNavigating(): void {
    this.personNavigated = true;
  }
}
