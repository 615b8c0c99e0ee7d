import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { keptExamples } from './keep-shape';
import { AssignmentReader } from './rules/secrets/generic/assignment';
import { nameRunAt, secretNameIn } from './rules/secrets/generic/key-name';
import { VariableDefaults } from './rules/secrets/generic/terraform-variable';
import { ClosingTags, NextOccurrence, QuotedValues, ValueRuns } from './rules/secrets/generic/value-scan';
import { StringLineStarts } from './view/string-line-starts';
import { PieceView, ViewBuilder } from './view/text-view';

// V8's own test of two objects' hidden class, which a kept example must share with the objects a call makes.
setFlagsFromString('--allow-natives-syntax');
const haveSameShape = runInNewContext('(a, b) => %HaveSameMap(a, b)') as (a: object, b: object) => boolean;

/** The kept example of `type`: there must be exactly one. */
function exampleOf(type: abstract new (...args: never[]) => object): object {
  const found = keptExamples().filter((example) => example instanceof type);
  expect(found).toHaveLength(1);
  return found[0]!;
}

const TEXT = [
  'password = "Xk9$mQ2!zR"',
  'token: Zq7xK2mP9vR4tW8nB3cL6yH1',
  'variable "db_password" {',
  '  default = "Hq4$zR8mLp2W"',
  '}',
  '<password>Wm5%tY8q!B2n</password>',
  'login admin, password Hq4$zR8mLp2W; api_key=\\"Tn6r^V2x(Q8pL\\"',
].join('\n');

/** A reader used as the rules use one: every name of the text asked for its value, bare values ending at `;`. */
function usedReader(): AssignmentReader {
  const reader = new AssignmentReader(TEXT);
  for (const word of ['password', 'token', 'key']) {
    for (let hit = TEXT.indexOf(word); hit >= 0; hit = TEXT.indexOf(word, hit + 1)) {
      const name = secretNameIn(TEXT, nameRunAt(TEXT, hit, 0));
      if (name !== undefined) reader.valueAfter(name, (c) => c === 59);
    }
  }
  return reader;
}

describe('keepShapeOf', () => {
  it('keeps an example with the shape of the helpers a call makes and uses', () => {
    expect(haveSameShape(exampleOf(AssignmentReader), usedReader())).toBe(true);

    const quotes = new QuotedValues(TEXT, 200);
    quotes.valueAt(TEXT.indexOf('"'));
    quotes.valueAt(TEXT.indexOf('\\"'));
    expect(haveSameShape(exampleOf(QuotedValues), quotes)).toBe(true);

    const tags = new ClosingTags(TEXT, 200);
    tags.closeOf(TEXT.indexOf('>') + 1);
    expect(haveSameShape(exampleOf(ClosingTags), tags)).toBe(true);

    const next = new NextOccurrence(TEXT, '\n');
    next.at(0);
    next.at(TEXT.length);
    expect(haveSameShape(exampleOf(NextOccurrence), next)).toBe(true);

    const runs = new ValueRuns(TEXT, (c) => c === 59, 100);
    runs.endOf(0);
    runs.endOf(TEXT.indexOf('Hq4'));
    expect(haveSameShape(exampleOf(ValueRuns), runs)).toBe(true);

    const defaults = new VariableDefaults(TEXT);
    defaults.valueAt(TEXT.indexOf('db_password'), TEXT.indexOf('db_password') + 'db_password'.length);
    expect(haveSameShape(exampleOf(VariableDefaults), defaults)).toBe(true);

    const json = '{"path":"a.env","content":"DB_PASSWORD=x\\nB=1"}';
    const strings = new StringLineStarts(json);
    const builder = new ViewBuilder();
    strings.collect(0, json.length, builder);
    expect(haveSameShape(exampleOf(StringLineStarts), strings)).toBe(true);
    builder.copy(TEXT, 0, 10);
    builder.replace(10, 12, 'x');
    builder.copy(TEXT, 12, TEXT.length);
    expect(haveSameShape(exampleOf(ViewBuilder), builder)).toBe(true);
    const view = builder.build();
    expect(haveSameShape(exampleOf(PieceView), view)).toBe(true);
    // A released view keeps its shape: the example, never released, serves views after their release too.
    view.release();
    expect(haveSameShape(exampleOf(PieceView), view)).toBe(true);
  });
});
