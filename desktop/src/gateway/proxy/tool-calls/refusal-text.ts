/** Why a tool call did not reach the agent. */
export type RefusalOutcome = 'blocked' | { denied: string } | { unanswered: number } | { unasked: string };

/**
 * The text that stands where a refused tool call was. The agent shows it to its user and the model reads it
 * next turn, so it says plainly that nothing ran, which rule decided, and what would change the answer.
 */
export function refusalText(tool: string, rule: { id: string; title: string }, outcome: RefusalOutcome): string {
  const why = `${rule.title} (promptgate rule ${rule.id})`;
  if (outcome === 'blocked')
    return `[promptgate blocked the ${tool} tool call by policy and it was not run: ${why}. Ask your promptgate admin about the rule, or do it another way.]`;
  if ('denied' in outcome)
    return `[promptgate held the ${tool} tool call for approval (${why}) and an approver denied it${outcome.denied ? `: ${outcome.denied}` : ''}. It was not run.]`;
  if ('unasked' in outcome) return `[promptgate would hold the ${tool} tool call for approval (${why}) but could not ask anyone: ${outcome.unasked}. It was not run.]`;
  return `[promptgate held the ${tool} tool call for approval (${why}) and no approver decided within ${outcome.unanswered} s, so it was not run.]`;
}
