/**
 * The provenance check shared by seed files, ingest and curation mutations: a quote supports a fact
 * only if it is a real excerpt of the source's stored text, that is at least MIN_QUOTE_WORDS words
 * long and found there on word boundaries (it neither starts nor ends in the middle of a word).
 * Sources are web pages, so we compare modulo white space and typographic quotes (’ vs ', “ vs "),
 * and nothing else.
 */

/** The fewest words a quote may have: "a" or "Danica" supports nothing. */
export const MIN_QUOTE_WORDS = 4;

export function normalizeForQuoteMatch(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words: runs of letters and digits, with inner apostrophes and hyphens ("Amber's", "full-time"). */
const WORD = /[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

export function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Whether `needle` occurs in `haystack` with no letter or digit glued to either end of it. */
function occursOnWordBoundaries(haystack: string, needle: string): boolean {
  const gluedBefore = (at: number): boolean =>
    at > 0 && WORD_CHARACTER.test(haystack[at - 1]) && WORD_CHARACTER.test(needle[0]);
  const gluedAfter = (end: number): boolean =>
    end < haystack.length && WORD_CHARACTER.test(haystack[end]) && WORD_CHARACTER.test(needle[needle.length - 1]);
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (!gluedBefore(at) && !gluedAfter(at + needle.length)) return true;
  }
  return false;
}

/** The passage of a source's text nearest a quote that is not in it, and how far it is. */
export interface ClosestPassage {
  /** Whole words of the (normalised) text. */
  passage: string;
  /** Characters to insert, delete or change to turn the quote into the passage (Levenshtein distance). */
  edits: number;
}

/** Why a quote does not support a fact; `shown` is the whole quote, normalised, as the message shows it. */
export type QuoteProblem =
  | { kind: 'too-short'; words: number; shown: string }
  | { kind: 'not-found'; shown: string; closest: ClosestPassage | null };

/** Levenshtein distance of two strings, in two rows. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), previous[j] + 1, current[j - 1] + 1);
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * The substring of `text[from, to)` with the fewest edits to `needle` (approximate matching,
 * Sellers 1980: the edit-distance table with a free start anywhere in the text), as its start, end
 * and distance. O(text × needle) time, O(needle) memory; the first best one wins.
 */
function bestSubstring(text: string, needle: string, from: number, to: number): { start: number; end: number; edits: number } {
  const m = needle.length;
  let cost = new Int32Array(m + 1).map((_, i) => i);
  let starts = new Int32Array(m + 1).fill(from);
  let nextCost = new Int32Array(m + 1);
  let nextStarts = new Int32Array(m + 1);
  let best = { start: from, end: from, edits: m };
  for (let j = from; j < to; j += 1) {
    const character = text[j];
    nextCost[0] = 0;
    nextStarts[0] = j + 1;
    for (let i = 1; i <= m; i += 1) {
      let value = cost[i - 1] + (needle[i - 1] === character ? 0 : 1);
      let start = starts[i - 1];
      if (cost[i] + 1 < value) { value = cost[i] + 1; start = starts[i]; }
      if (nextCost[i - 1] + 1 < value) { value = nextCost[i - 1] + 1; start = nextStarts[i - 1]; }
      nextCost[i] = value;
      nextStarts[i] = start;
    }
    [cost, nextCost] = [nextCost, cost];
    [starts, nextStarts] = [nextStarts, starts];
    if (cost[m] < best.edits) best = { start: starts[m], end: j + 1, edits: cost[m] };
  }
  return best;
}

/** Above this many steps (text length × quote length) the search looks only near the quote's own words. */
const WHOLE_TEXT_BUDGET = 20_000_000;
/** How many places of the quote's words a search of a long text looks at, at most. */
const MAX_ANCHORS = 200;

/** Where `word` occurs in `text`, at most `limit + 1` places (one more says there are too many). */
function placesOf(text: string, word: string, limit: number): number[] {
  const places: number[] = [];
  for (let at = text.indexOf(word); at !== -1 && places.length <= limit; at = text.indexOf(word, at + 1)) places.push(at);
  return places;
}

/**
 * Where to look for a quote in a text: the whole text when it is small enough, else the stretches
 * around the places where the quote's rarest words occur in it (a close passage shares some of its
 * words), as many places as the same budget allows (MAX_ANCHORS at most).
 */
function searchRegions(haystack: string, needle: string): [number, number][] {
  if (haystack.length * needle.length <= WHOLE_TEXT_BUDGET) return [[0, haystack.length]];
  const words = [...new Set(needle.match(WORD) ?? [])]
    .map((word) => ({ word, places: placesOf(haystack, word, MAX_ANCHORS) }))
    .filter(({ places }) => places.length > 0)
    .sort((a, b) => a.places.length - b.places.length);
  // Each place costs a stretch of three quote lengths, searched at the quote's length per character.
  const affordable = Math.min(MAX_ANCHORS, Math.floor(WHOLE_TEXT_BUDGET / (3 * needle.length * needle.length)));
  const regions: [number, number][] = [];
  for (const { word, places } of words) {
    if (regions.length + places.length > affordable) break;
    const offset = needle.indexOf(word);
    for (const at of places) {
      regions.push([Math.max(0, at - offset - needle.length), Math.min(haystack.length, at - offset + 2 * needle.length)]);
    }
  }
  regions.sort(([a], [b]) => a - b);
  const merged: [number, number][] = [];
  for (const [from, to] of regions) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/**
 * The passage of `haystack` nearest `needle` (both normalised): the substring with the smallest
 * edit distance to it, widened to whole words; null when the text is empty, or too long to search
 * whole and shares no word with the quote (or only words found in too many places).
 */
export function closestPassage(haystack: string, needle: string): ClosestPassage | null {
  if (haystack.length === 0 || needle.length === 0) return null;
  let best: { start: number; end: number; edits: number } | undefined;
  for (const [from, to] of searchRegions(haystack, needle)) {
    const found = bestSubstring(haystack, needle, from, to);
    if (!best || found.edits < best.edits) best = found;
  }
  if (!best || best.end <= best.start) return null;
  let { start, end } = best;
  while (start > 0 && WORD_CHARACTER.test(haystack[start - 1]) && WORD_CHARACTER.test(haystack[start])) start -= 1;
  while (end < haystack.length && WORD_CHARACTER.test(haystack[end - 1]) && WORD_CHARACTER.test(haystack[end])) end += 1;
  const passage = haystack.slice(start, end).trim();
  return { passage, edits: editDistance(needle, passage) };
}

/** A checker for one source text, normalised once: the problem with a quote, or null when it is a real excerpt. */
export function quoteChecker(sourceText: string): (quote: string) => QuoteProblem | null {
  const haystack = normalizeForQuoteMatch(sourceText);
  return (quote) => {
    const needle = normalizeForQuoteMatch(quote);
    const words = wordCount(needle);
    if (words < MIN_QUOTE_WORDS) return { kind: 'too-short', words, shown: needle };
    if (!occursOnWordBoundaries(haystack, needle)) return { kind: 'not-found', shown: needle, closest: closestPassage(haystack, needle) };
    return null;
  };
}

/**
 * The problem in words, naming the whole quote and the rule, e.g. `quote "a" has 1 word; a quote
 * must be an excerpt of at least 4 words`; a quote not found is followed by the passage of the
 * text nearest it, so the difference can be seen. `sourceName` says where the quote was looked for.
 */
export function describeQuoteProblem(problem: QuoteProblem, sourceName: string): string {
  if (problem.kind === 'too-short') {
    return `quote "${problem.shown}" has ${problem.words} word${problem.words === 1 ? '' : 's'}; ` +
      `a quote must be an excerpt of at least ${MIN_QUOTE_WORDS} words`;
  }
  const closest = problem.closest === null
    ? '; no passage of the text is near it'
    : `; the closest passage of the text is "${problem.closest.passage}" ` +
      `(${problem.closest.edits} character${problem.closest.edits === 1 ? '' : 's'} inserted, deleted or changed)`;
  return `quote "${problem.shown}" does not occur in ${sourceName} (as whole words; only white space and typographic quotes may differ)${closest}`;
}
