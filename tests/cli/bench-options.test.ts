import { InvalidArgumentError } from 'commander';
import { people, questionKeys, scales, wholeNumber } from '../../src/cli/bench-options';

describe('the bench commands\' option parsers', () => {
  test('a scale is a people count, with k for thousands and m for millions', () => {
    expect(people('10k')).toBe(10_000);
    expect(people('1m')).toBe(1_000_000);
    expect(people('500')).toBe(500);
    expect(scales('10k, 100k,1M')).toEqual([10_000, 100_000, 1_000_000]);
  });

  test('a scale out of range or not a count is refused, saying what a scale is', () => {
    for (const bad of ['2m', '49', '10x', '', '1.5k']) {
      expect(() => people(bad)).toThrow(InvalidArgumentError);
    }
    expect(() => people('2m')).toThrow(/"2m" is not a scale: use people counts such as 1k, 10k, 100k, 1m/);
  });

  test('questions are named from the bench\'s list; an unknown one is named in the error', () => {
    expect(questionKeys('search, lineage')).toEqual(['search', 'lineage']);
    expect(() => questionKeys('search,teams')).toThrow(/no question "teams": the questions are person-nested,/);
  });

  test('whole numbers keep to their range', () => {
    expect(wholeNumber(1, 20)('4')).toBe(4);
    expect(() => wholeNumber(1, 20)('0')).toThrow(/from 1 to 20/);
    expect(() => wholeNumber(1, 20)('2.5')).toThrow(InvalidArgumentError);
  });
});
