import { z } from 'zod';

export const ACTIONS = ['allow', 'redact', 'warn', 'hold', 'block'] as const;
export const actionSchema = z.enum(ACTIONS);
export type Action = z.infer<typeof actionSchema>;

const RANK: Record<Action, number> = { allow: 0, redact: 1, warn: 2, hold: 3, block: 4 };

/** The stricter of two actions: block > hold > warn > redact > allow. */
export function stricter(a: Action, b: Action): Action {
  return RANK[a] >= RANK[b] ? a : b;
}

export function actionRank(action: Action): number {
  return RANK[action];
}
