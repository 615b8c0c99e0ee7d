import { detect, maskForLog, type Rule } from '@promptgate/shared';

/**
 * Free text people type into the gateway (justifications, approval reasons) goes into the log too, and
 * people paste anything anywhere: it is masked like a prompt before it is recorded.
 */
export function maskFreeText(text: string, extraRules: readonly Rule[]): string {
  return maskForLog(text, detect(text, { extraRules }));
}
