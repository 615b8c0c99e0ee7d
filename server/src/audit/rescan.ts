import { compileCustomDetectors, customDetectorSchema, detect, placeholderType, type Rule } from '@promptgate/shared';
import { z } from 'zod';
import { CachedRead } from '../db/cached-read';
import type { ChangeBus } from '../db/change-bus';
import type { SqlExecutor } from '../db/sql';
import type { AuditEvent } from '@promptgate/shared';

type LoggedFinding = AuditEvent['findings'][number];

/** What the server masked in one text that the gateway had let through. */
export interface Rescan {
  text: string;
  /** The server's own catches, at their offsets in `text`. */
  caught: LoggedFinding[];
  /** Where an offset of the text as sent lies in `text`. */
  shift(offset: number): number;
}

/**
 * Runs the detection engine (built-in rules and the org's custom detectors) over text a gateway already
 * masked, and masks what it still finds as `[TYPE]`: a gateway with an old engine, an old policy or a bug must
 * not put a raw value into the org's audit store. Spans the gateway already reported are left alone.
 */
export function rescanMasked(text: string, known: ReadonlyArray<{ start: number; end: number }>, rules: readonly Rule[]): Rescan {
  const missed = detect(text, { extraRules: rules }).filter((finding) => !known.some((k) => finding.start < k.end && k.start < finding.end));
  if (missed.length === 0) return { text, caught: [], shift: (offset) => offset };
  let out = '';
  let cursor = 0;
  const caught: LoggedFinding[] = [];
  const edits: Array<{ end: number; delta: number }> = [];
  for (const finding of missed) {
    if (finding.start < cursor) continue;
    const placeholder = `[${placeholderType(finding.type)}]`;
    out += text.slice(cursor, finding.start);
    caught.push({ type: finding.type, category: finding.category, start: out.length, end: out.length + placeholder.length, placeholder, valueHash: null });
    out += placeholder;
    edits.push({ end: finding.end, delta: placeholder.length - (finding.end - finding.start) });
    cursor = finding.end;
  }
  out += text.slice(cursor);
  return { text: out, caught, shift: (offset) => offset + edits.filter((edit) => edit.end <= offset).reduce((sum, edit) => sum + edit.delta, 0) };
}

/** The event with missed values masked, the gateway's findings moved to match, and the catches counted in `detail`. */
export function rescanEvent(event: AuditEvent, rules: readonly Rule[]): AuditEvent {
  const result = rescanMasked(event.maskedText, event.findings, rules);
  if (result.caught.length === 0) return event;
  const moved = event.findings.map((finding) => ({ ...finding, start: result.shift(finding.start), end: result.shift(finding.end) }));
  return {
    ...event,
    maskedText: result.text,
    findings: [...moved, ...result.caught].sort((a, b) => a.start - b.start),
    detail: { ...event.detail, serverMasked: { count: result.caught.length, types: [...new Set(result.caught.map((f) => f.type))] } },
  };
}

const customOnly = z.object({ version: z.int(), custom: z.array(z.unknown()).default([]) });

/**
 * The newest policy's custom detectors, compiled once and kept until the change bus says a policy was stored
 * (on any replica) or that notifications may have been missed: ingest asks the database nothing per batch.
 */
export function customRulesOf(db: SqlExecutor, bus: ChangeBus): () => Promise<readonly Rule[]> {
  const current = new CachedRead(async (): Promise<readonly Rule[]> => {
    const row = await db.get<{ policy_json: string }>('SELECT policy_json FROM policy_versions ORDER BY version DESC LIMIT 1');
    if (!row) return [];
    const parsed = customOnly.parse(JSON.parse(row.policy_json));
    return compileCustomDetectors(z.array(customDetectorSchema).parse(parsed.custom));
  });
  bus.subscribe('policy', () => current.drop());
  bus.onResync(() => current.drop());
  return () => current.get();
}
