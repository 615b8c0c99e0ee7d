import { compileCustomDetectors, detect, type Finding, type Policy, type Rule } from '@promptgate/shared';

/** One request's texts and the policy's custom detector definitions: functions cannot cross to a worker. */
export interface DetectJob {
  id: number;
  texts: readonly string[];
  custom: Policy['custom'];
}

export type DetectReply = { id: number; findings: Finding[][] } | { id: number; error: string };

/** Compiled custom detectors by their definitions, so the engine (cached per rules array) is built once per policy. */
const compiled = new Map<string, readonly Rule[]>();
/** Policies rarely change; a few kept covers a reload while older requests are still being inspected. */
const KEEP_COMPILED = 4;

function rulesFor(custom: Policy['custom']): readonly Rule[] {
  const key = JSON.stringify(custom);
  let rules = compiled.get(key);
  if (!rules) {
    rules = compileCustomDetectors(custom);
    if (compiled.size >= KEEP_COMPILED) compiled.delete(compiled.keys().next().value!);
    compiled.set(key, rules);
  }
  return rules;
}

/** What a worker does with a job; also the inline path, so both give the same findings by construction. */
export function runDetectJob(job: DetectJob): DetectReply {
  try {
    const extraRules = rulesFor(job.custom);
    return { id: job.id, findings: job.texts.map((text) => detect(text, { extraRules })) };
  } catch (error) {
    return { id: job.id, error: error instanceof Error ? error.message : String(error) };
  }
}
