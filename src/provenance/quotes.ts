/**
 * A quote supports a fact only if it occurs in the source's stored text. Sources are web pages, so
 * we compare modulo white space and typographic quotes (’ vs ', “ vs "), and nothing else.
 */
export function normalizeForQuoteMatch(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A matcher for one source text, normalised once. */
export function quoteMatcher(sourceText: string): (quote: string) => boolean {
  const haystack = normalizeForQuoteMatch(sourceText);
  return (quote) => {
    const needle = normalizeForQuoteMatch(quote);
    return needle.length > 0 && haystack.includes(needle);
  };
}
