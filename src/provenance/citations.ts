/**
 * Provenance as stored: every node and relationship has two aligned lists, `sources` (source ids)
 * and `quotes` (the sentences), `sources[i]` stating `quotes[i]`. Read here, once, as pairs.
 */
export interface SourcedQuote {
  sourceId: string;
  quote: string;
}

export function sourcedQuotesOf(properties: Record<string, unknown>): SourcedQuote[] {
  const sourceIds = Array.isArray(properties.sources) ? properties.sources : [];
  const quotes = Array.isArray(properties.quotes) ? properties.quotes : [];
  return sourceIds.map((sourceId, index) => ({ sourceId: String(sourceId), quote: String(quotes[index] ?? '') }));
}
