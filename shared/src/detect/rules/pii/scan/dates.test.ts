import { describe, expect, it } from 'vitest';
import { writtenDates } from './dates';

function dates(text: string): string[] {
  return [...writtenDates(text)].map(({ start, end }) => text.slice(start, end));
}

describe('writtenDates', () => {
  it('reads a day, a month named in English and a year, with an ordinal, a dash or an abbreviation', () => {
    expect(dates('on 14th-Mar-1985 and 14 Mar. 1985, then 6 July 1986')).toEqual(['14th-Mar-1985', '14 Mar. 1985', '6 July 1986']);
  });
  it('reads months named in other languages, with a German dot, a French 1er and Spanish de', () => {
    expect(dates('7. März 1979; 1er août 1984; 4 de septiembre de 1991; 21 октября 1988; 3 marca 1990')).toEqual([
      '7. März 1979',
      '1er août 1984',
      '4 de septiembre de 1991',
      '21 октября 1988',
      '3 marca 1990',
    ]);
  });
  it('reads dates in Chinese, Japanese and Korean units', () => {
    expect(dates('生年月日 1990年5月21日 / 1992년 7월 3일')).toEqual(['1990年5月21日', '1992년 7월 3일']);
  });
  it('takes no word that names no month, no day that does not exist, and no ordinal on another day than 1', () => {
    expect(dates('14 items 1985, 30 février 1985, 2er août 1984, 1990年2月30日, 14 Marchy 1985')).toEqual([]);
  });
});
