/** The option parsers `npm run bench` and `npm run bench:profile` share (commander argument parsers). */
import { InvalidArgumentError } from 'commander';
import { QUESTION_KEYS } from '../bench/questions';

export function wholeNumber(min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`must be a whole number from ${min} to ${max}.`);
    return n;
  };
}

/** "search,lineage": some of the questions. */
export function questionKeys(value: string): string[] {
  const keys = value.split(',').map((key) => key.trim()).filter(Boolean);
  const unknown = keys.filter((key) => !(QUESTION_KEYS as readonly string[]).includes(key));
  if (keys.length === 0 || unknown.length > 0) {
    throw new InvalidArgumentError(`${unknown.length > 0 ? `no question "${unknown.join('", "')}"` : 'no question named'}: the questions are ${QUESTION_KEYS.join(', ')}.`);
  }
  return keys;
}

const MULTIPLIERS: Record<string, number> = { '': 1, k: 1_000, m: 1_000_000 };

/** "10k", "1m" or "20000": people in one synthetic graph. */
export function people(part: string): number {
  const match = /^(\d+)([km]?)$/i.exec(part.trim());
  const n = match ? Number(match[1]) * MULTIPLIERS[match[2].toLowerCase()] : NaN;
  if (!Number.isInteger(n) || n < 50 || n > 1_000_000) throw new InvalidArgumentError(`"${part}" is not a scale: use people counts such as 1k, 10k, 100k, 1m (50 to 1m).`);
  return n;
}

/** "1k,10k,100k" or "500,20000": people per scale. */
export const scales = (value: string): number[] => value.split(',').map(people);
