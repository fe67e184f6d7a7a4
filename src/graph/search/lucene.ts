/**
 * Turns what a person types into Lucene queries for the full-text index, with Lucene's operators
 * escaped so that no input can be a malformed query:
 *  - luceneQuery: every word must match, as a word or a word it starts ("amb" finds "Amber");
 *  - fuzzyLuceneQuery: the fallback when that finds nothing, every word within a small edit
 *    distance of an indexed word ("balcan" finds "Balcaen").
 */
const SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

function wordsOf(text: string): string[] {
  return text
    .split(/\s+/)
    .map((word) => word.replace(SPECIAL, ' ').trim())
    .flatMap((word) => word.split(/\s+/))
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase());
}

export function luceneQuery(text: string): string | null {
  const words = wordsOf(text);
  if (words.length === 0) return null;
  return words.map((word) => `(${word} OR ${word}*)`).join(' AND ');
}

/**
 * Edits allowed for a word: none for words of one or two letters (anything is two edits from
 * them), one up to five letters, two from six (Lucene's most).
 */
export function editsFor(word: string): number {
  if (word.length <= 2) return 0;
  return word.length <= 5 ? 1 : 2;
}

export function fuzzyLuceneQuery(text: string): string | null {
  const words = wordsOf(text);
  if (words.length === 0) return null;
  return words
    .map((word) => {
      const edits = editsFor(word);
      return edits === 0 ? `(${word} OR ${word}*)` : `(${word}~${edits} OR ${word}*)`;
    })
    .join(' AND ');
}
