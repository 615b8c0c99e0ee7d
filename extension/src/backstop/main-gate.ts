import { ASK_EVENT, channelEvent, HELLO_EVENT, parseJson, type CheckAnswer, type CheckRequest, type Via } from './channel';
import { readBody, readBodyNow, type BodyReading } from './body-pieces';

/** What happens to one outgoing body: sent as it is, sent as this other body, or not sent. */
export type Decision = { send: 'as-is' } | { send: 'rewritten'; body: unknown } | { send: 'nothing' };

const AS_IS: Decision = { send: 'as-is' };
const NOTHING: Decision = { send: 'nothing' };
/** How long a request waits for the content script to come up before it is stopped (it never goes unchecked). */
const PEER_WAIT_MS = 10_000;

/**
 * The main-world half of the backstop: hands each outgoing body to the isolated world and sends what it
 * answers. Clean bodies are answered in the same task (events dispatch synchronously across worlds), so
 * the fast path adds no wait; bodies with findings wait for the person or the gateway.
 */
export class MainGate {
  private readonly channel = crypto.randomUUID();
  private ready = false;
  private readonly whenReady: Promise<void>;
  private nextId = 1;
  private readonly answers = new Map<number, (answer: CheckAnswer) => void>();

  // Taken before any page script runs: a site library that later replaces these cannot see or answer our checks.
  private readonly dispatch: (event: Event) => boolean;
  private readonly stringify = JSON.stringify;
  private readonly Custom = CustomEvent;

  constructor(target: EventTarget = window) {
    this.dispatch = target.dispatchEvent.bind(target);
    let markReady = () => {};
    this.whenReady = new Promise((resolve) => (markReady = resolve));
    target.addEventListener(channelEvent(this.channel, 'ready'), () => {
      this.ready = true;
      markReady();
    });
    target.addEventListener(channelEvent(this.channel, 'answer'), (event) => {
      const answer = parseJson<CheckAnswer>((event as CustomEvent).detail);
      if (answer) this.answers.get(answer.id)?.(answer);
    });
    const announce = () => this.dispatch(new this.Custom(HELLO_EVENT, { detail: this.channel }));
    // The isolated side may start before or after us: it asks once if it missed the announcement.
    const onAsk = () => {
      if (!this.ready) announce();
      target.removeEventListener(ASK_EVENT, onAsk);
    };
    target.addEventListener(ASK_EVENT, onAsk);
    announce();
  }

  /** Decides synchronously when it can (clean text bodies), else returns a promise. */
  decide(via: Via, url: string, body: unknown): Decision | Promise<Decision> {
    if (body === null || body === undefined) return AS_IS;
    const now = readBodyNow(body);
    if (now !== undefined && this.ready) return this.ask(via, url, now);
    return (async () => {
      const reading = now !== undefined ? now : await readBody(body);
      if (!this.ready && !(await this.peer())) return NOTHING;
      return this.ask(via, url, reading);
    })();
  }

  private async peer(): Promise<boolean> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), PEER_WAIT_MS)));
    const ok = await Promise.race([this.whenReady.then(() => true), late]);
    clearTimeout(timer);
    return ok;
  }

  private ask(via: Via, url: string, reading: BodyReading): Decision | Promise<Decision> {
    if (reading === null) return AS_IS;
    const id = this.nextId++;
    const request: CheckRequest = 'unreadable' in reading ? { id, via, url, pieces: [], unreadable: reading.unreadable } : { id, via, url, pieces: reading.pieces };
    let first: CheckAnswer | undefined;
    let later: ((answer: CheckAnswer) => void) | undefined;
    this.answers.set(id, (answer) => (first === undefined ? (first = answer) : later?.(answer)));
    this.dispatch(new this.Custom(channelEvent(this.channel, 'check'), { detail: this.stringify(request) }));
    const settle = (answer: CheckAnswer): Decision => {
      this.answers.delete(id);
      if (answer.verdict === 'pass') return AS_IS;
      if (answer.verdict === 'send' && !('unreadable' in reading)) return { send: 'rewritten', body: reading.rebuild(answer.texts) };
      return NOTHING;
    };
    if (first === undefined) {
      // No answer in the same task: the content script is gone (extension reloaded). Nothing leaves unchecked.
      this.answers.delete(id);
      return NOTHING;
    }
    if (first.verdict !== 'wait') return settle(first);
    return new Promise((resolve) => (later = (answer) => resolve(settle(answer))));
  }
}
