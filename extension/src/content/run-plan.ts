import type { ContentDeps } from './deps';
import { findingRows } from './findings-view';
import { waitForApproval } from './hold';
import { unavailableLines, type Plan } from './plan';
import { submitComposer } from './submit';
import { warnView } from './warn-view';

async function rewriteAndSubmit(deps: ContentDeps, composer: HTMLElement, text: string, sendVia?: HTMLElement): Promise<boolean> {
  if (!(await deps.adapter.write(composer, text))) {
    // The composer does not hold exactly the checked text: sending now could leak, so nothing is sent.
    await deps.overlay.show({
      tone: 'error',
      title: 'Not sent: the redacted text could not be put in place',
      lines: ['promptgate could not replace the text in this chat box reliably, so it did not send anything.', 'Remove the sensitive values by hand, then send again.'],
      actions: [{ id: 'edit', label: 'Back to editing', primary: true }],
    });
    return false;
  }
  await submitComposer(deps.adapter, composer, sendVia);
  return true;
}

/**
 * Carries out a plan on the page: send, rewrite then send, or ask the person through the overlay. `sendVia`
 * is the control to send with when the site's send control is not recognised.
 */
export async function runPlan(deps: ContentDeps, composer: HTMLElement, plan: Plan, sendVia?: HTMLElement): Promise<void> {
  switch (plan.do) {
    case 'send':
      await submitComposer(deps.adapter, composer, sendVia);
      return;
    case 'rewrite-and-send':
      await rewriteAndSubmit(deps, composer, plan.text, sendVia);
      return;
    case 'warn': {
      const { content, canSendOriginal } = warnView(plan.response, plan.redactedText, plan.local);
      const result = await deps.overlay.show(content);
      const eventId = plan.response.eventId;
      if (result.action === 'send-redacted') {
        await deps.send('choice', { eventId, choice: 'send-redacted' });
        await rewriteAndSubmit(deps, composer, plan.redactedText, sendVia);
      } else if (result.action === 'send-original' && canSendOriginal) {
        const answer = await deps.send('choice', { eventId, choice: 'send-original', ...(result.justification ? { justification: result.justification } : {}) });
        if (answer.ok) await submitComposer(deps.adapter, composer, sendVia);
        else
          await deps.overlay.show({
            tone: 'error',
            title: 'Not sent',
            lines: [answer.message ?? 'promptgate did not allow sending the original. Send it redacted, or ask IT.'],
            actions: [{ id: 'edit', label: 'Back to editing', primary: true }],
          });
      } else {
        await deps.send('choice', { eventId, choice: 'edit' });
        composer.focus();
      }
      return;
    }
    case 'hold': {
      const approved = await waitForApproval(deps, plan.approvalId, plan.response);
      if (approved !== null) await rewriteAndSubmit(deps, composer, approved, sendVia);
      else composer.focus();
      return;
    }
    case 'block': {
      const { response } = plan;
      await deps.overlay.show({
        tone: 'block',
        title: 'This prompt was not sent',
        lines: [response.message ?? 'Your organisation\u2019s policy does not allow sending this.', 'If you think this is wrong, ask your promptgate administrator.'],
        findings: findingRows(response).filter((_, i) => response.findings[i]?.action === 'block' || response.findings[i]?.action === 'hold'),
        actions: [{ id: 'edit', label: 'Back to editing', primary: true }],
      });
      composer.focus();
      return;
    }
    case 'refuse':
      await deps.overlay.show({
        tone: 'error',
        title: 'Not sent: promptgate could not check this prompt',
        lines: unavailableLines(plan.reason),
        actions: [{ id: 'edit', label: 'OK', primary: true }],
      });
      composer.focus();
      return;
  }
}
