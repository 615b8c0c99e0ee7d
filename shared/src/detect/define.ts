import type { ContextRule, RegexRule, ScannerRule, TokenRule } from './rule';
import type { SpanClaims } from './span-claims';

type Defaults<T extends { kind: string; category: string }> = Omit<T, 'kind' | 'category'> & Partial<Pick<T, 'category'>>;

/** A secret with a distinctive prefix; see `TokenRule`. */
export function tokenRule(rule: Defaults<TokenRule>): TokenRule {
  return { category: 'secret', ...rule, kind: 'token' };
}

/** A secret recognised by its shape next to a keyword; see `ContextRule`. */
export function contextRule(rule: Defaults<ContextRule>): ContextRule {
  return { category: 'secret', ...rule, kind: 'context' };
}

/** A secret spanning separators, found by a literal-led regex; see `RegexRule`. */
export function regexRule(rule: Defaults<RegexRule>): RegexRule {
  return { category: 'secret', ...rule, kind: 'regex' };
}

/** A detector with its own candidate search; see `ScannerRule`. */
export function scannerRule(rule: Defaults<ScannerRule>): ScannerRule {
  return { category: 'secret', ...rule, kind: 'scanner' };
}

type ScanHits = ReturnType<ScannerRule['scan']>;

/**
 * A detector that starts from where its anchors occur, positions the engine found in its single pass, so it
 * never searches the text for them again.
 */
export function anchoredScannerRule(
  rule: Defaults<Omit<ScannerRule, 'anchors' | 'scan'>> & { anchors: readonly string[]; scan: (text: string, anchorStarts: ArrayLike<number>, claims?: SpanClaims) => ScanHits },
): ScannerRule {
  const { scan, ...rest } = rule;
  return scannerRule({
    ...rest,
    scan(text, anchorStarts, claims) {
      // The engine hands the positions to every rule with anchors, and nothing else runs a rule.
      if (anchorStarts === undefined) throw new Error(`rule ${rule.id}: scan needs the anchor positions the engine finds`);
      return scan(text, anchorStarts, claims);
    },
  });
}
