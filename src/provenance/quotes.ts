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

/** Why a quote does not support a fact; `shown` is the quote as the message shows it. */
export type QuoteProblem =
  | { kind: 'too-short'; words: number; shown: string }
  | { kind: 'not-found'; shown: string };

/** The quote as messages show it: normalised, and a long one as its start and its end. */
export function shownQuote(quote: string): string {
  const normalized = normalizeForQuoteMatch(quote);
  return normalized.length > 100 ? `${normalized.slice(0, 50)} … ${normalized.slice(-40)}` : normalized;
}

/** A checker for one source text, normalised once: the problem with a quote, or null when it is a real excerpt. */
export function quoteChecker(sourceText: string): (quote: string) => QuoteProblem | null {
  const haystack = normalizeForQuoteMatch(sourceText);
  return (quote) => {
    const needle = normalizeForQuoteMatch(quote);
    const words = wordCount(needle);
    if (words < MIN_QUOTE_WORDS) return { kind: 'too-short', words, shown: shownQuote(quote) };
    if (!occursOnWordBoundaries(haystack, needle)) return { kind: 'not-found', shown: shownQuote(quote) };
    return null;
  };
}

/**
 * The problem in words, naming the quote and the rule, e.g. `quote "a" has 1 word; a quote must be
 * an excerpt of at least 4 words`. `sourceName` says where the quote was looked for.
 */
export function describeQuoteProblem(problem: QuoteProblem, sourceName: string): string {
  if (problem.kind === 'too-short') {
    return `quote "${problem.shown}" has ${problem.words} word${problem.words === 1 ? '' : 's'}; ` +
      `a quote must be an excerpt of at least ${MIN_QUOTE_WORDS} words`;
  }
  return `quote "${problem.shown}" does not occur in ${sourceName} (as whole words; only white space and typographic quotes may differ)`;
}
