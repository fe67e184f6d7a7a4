/**
 * Turns what a person types into a Lucene query for the full-text index: every word must match
 * (a word, or a word it starts: "amb" finds "Amber"), and Lucene's operators are escaped, so no
 * input can be a malformed query.
 */
const SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

export function luceneQuery(text: string): string | null {
  const words = text
    .split(/\s+/)
    .map((word) => word.replace(SPECIAL, ' ').trim())
    .flatMap((word) => word.split(/\s+/))
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase());
  if (words.length === 0) return null;
  return words.map((word) => `(${word} OR ${word}*)`).join(' AND ');
}
