import { pageApprovals } from './page-approvals';
import { dispatchOwn, ownEvents } from '../editors/driver';
import { showToast } from '../overlay/toast';
import type { ContentDeps } from './deps';
import { findingRows } from './findings-view';
import { isTextLike, MAX_SCANNED_FILE_BYTES } from './text-files';

/** What to do with a set of files: attach these (maybe rewritten) files, or nothing. */
type FileDecision = { attach: File[]; notes: string[] } | { attach: null };

async function decide(deps: ContentDeps, files: File[]): Promise<FileDecision> {
  const scanned = files.filter(isTextLike);
  if (scanned.some((file) => file.size > MAX_SCANNED_FILE_BYTES)) {
    await deps.overlay.show({
      tone: 'block',
      title: 'File not attached',
      lines: ['This text file is too large for promptgate to check, so it was not attached.'],
      actions: [{ id: 'ok', label: 'OK', primary: true }],
    });
    return { attach: null };
  }
  const segments = await Promise.all(scanned.map(async (file, i) => ({ id: `file-${i}`, kind: 'file' as const, name: file.name.slice(0, 500), text: await file.text() })));
  for (const segment of segments) pageApprovals.noteEntered(segment.text);
  const url = location.href;
  const outcome = await deps.send('inspect', { url, conversationId: deps.conversation.current(url), segments });
  if (outcome.kind === 'unavailable') {
    await deps.overlay.show({
      tone: 'error',
      title: 'File not attached',
      lines: ['promptgate on this computer could not be reached to check this file, so it was not attached. Try again in a moment; if it keeps happening, ask IT.'],
      actions: [{ id: 'ok', label: 'OK', primary: true }],
    });
    return { attach: null };
  }
  const { response } = outcome;
  if (response.verdict === 'block' || response.verdict === 'hold') {
    await deps.overlay.show({
      tone: 'block',
      title: 'File not attached',
      lines: [
        `${scanned.map((f) => f.name).join(', ')} contains data your policy does not allow to send${response.verdict === 'hold' ? ' without approval' : ''}.`,
        'Remove those values from the file, or paste the parts you need into the prompt.',
      ],
      findings: findingRows(response),
      actions: [{ id: 'ok', label: 'OK', primary: true }],
    });
    return { attach: null };
  }
  const rewritten = new Map(response.segments.map((segment) => [segment.id, segment.text]));
  const notes: string[] = [];
  const attach = files.map((file) => {
    const index = scanned.indexOf(file);
    const text = index < 0 ? undefined : rewritten.get(`file-${index}`);
    // The attached text, as attached, passes the network backstop when the site uploads it: scanned once.
    if (index >= 0) pageApprovals.approve(text ?? segments[index]!.text);
    if (text === undefined || response.findings.every((f) => f.segmentId !== `file-${index}`)) return file;
    notes.push(
      `${file.name}: ${response.findings
        .filter((f) => f.segmentId === `file-${index}`)
        .map((f) => f.title)
        .join(', ')} replaced by placeholders.`,
    );
    return new File([text], file.name, { type: file.type, lastModified: file.lastModified });
  });
  return { attach, notes };
}

function fileList(files: File[]): FileList {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  return transfer.files;
}

/**
 * Text-like files chosen with a file input, dropped on the page or pasted from the clipboard are read and
 * scanned before the site sees them: forbidden ones are never attached, redacted ones are attached as
 * rewritten copies. (Inputs the site never puts in the document are placed there by the backstop's main-world
 * script when opened, so their events come this way too.)
 */
export function installFileGuard(deps: ContentDeps): () => void {
  // Inputs whose files are being scanned: their `input` and `change` events are held back until the verdict.
  const scanning = new WeakSet<HTMLInputElement>();
  const onChoose = (event: Event) => {
    const input = event.target;
    if (ownEvents.active || !(input instanceof HTMLInputElement) || input.type !== 'file') return;
    if (scanning.has(input)) {
      event.stopImmediatePropagation();
      return;
    }
    const files = Array.from(input.files ?? []);
    if (!files.some(isTextLike)) return;
    event.stopImmediatePropagation();
    scanning.add(input);
    // Emptied at once: while the files are scanned, the site must not find them in the input either.
    input.value = '';
    void decide(deps, files)
      .catch((): FileDecision => ({ attach: null }))
      .then((decision) => {
        scanning.delete(input);
        if (decision.attach === null) return;
        input.files = fileList(decision.attach);
        if (decision.notes.length) showToast('info', 'File redacted before attaching', decision.notes);
        dispatchOwn(input, new Event('input', { bubbles: true, composed: true }));
        dispatchOwn(input, new Event('change', { bubbles: true }));
      });
  };
  /**
   * Holds back a drop or paste that carries text files, checks them, and hands the site the same event again with
   * what may be attached (nothing when the check fails or refuses).
   */
  const intercept = (event: Event, files: File[], again: (transfer: DataTransfer) => Event) => {
    if (ownEvents.active || !files.some(isTextLike)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const target = event.target instanceof EventTarget ? event.target : document;
    void decide(deps, files)
      .catch((): FileDecision => ({ attach: null }))
      .then((decision) => {
        if (decision.attach === null) return;
        const transfer = new DataTransfer();
        for (const file of decision.attach) transfer.items.add(file);
        if (decision.notes.length) showToast('info', 'File redacted before attaching', decision.notes);
        dispatchOwn(target, again(transfer));
      });
  };
  const onDrop = (event: DragEvent) => {
    const { clientX, clientY } = event;
    intercept(
      event,
      Array.from(event.dataTransfer?.files ?? []),
      (dataTransfer) => new DragEvent('drop', { dataTransfer, bubbles: true, cancelable: true, composed: true, clientX, clientY }),
    );
  };
  const onPaste = (event: ClipboardEvent) => {
    intercept(
      event,
      Array.from(event.clipboardData?.files ?? []),
      (clipboardData) => new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true, composed: true }),
    );
  };
  window.addEventListener('input', onChoose, true);
  window.addEventListener('change', onChoose, true);
  window.addEventListener('drop', onDrop, true);
  window.addEventListener('paste', onPaste, true);
  return () => {
    window.removeEventListener('input', onChoose, true);
    window.removeEventListener('change', onChoose, true);
    window.removeEventListener('drop', onDrop, true);
    window.removeEventListener('paste', onPaste, true);
  };
}
