/**
 * Provenance as the explorer shows it: a fact (what the graph states) and the sentences of its
 * sources that state it. Every fact on the page is one of these, shown on hover or click.
 */

import { Dispute } from './claims.js';

/** The selection of a `Citation` (the quote and its source), for use inside `sources { ... }`. */
export const CITATION_FIELDS = 'quote source { id title published url }';

export interface Citation {
  quote: string;
  source: { id: string; title: string; published: string | null; url: string | null };
}

export interface Fact {
  /** What is stated, in words ("Amber Balcaen drove for Rette Jones Racing (2022)"). */
  statement: string;
  citations: Citation[];
  /** Anything a reader should know about the evidence shown. */
  note?: string;
  /** What its sources disagree on (a relationship's finishing position), each claim side by side. */
  disputes?: Dispute[];
}

/** A fact whose evidence is fetched when someone asks for it. */
export type FactSource = Fact | (() => Promise<Fact>);

export async function resolveFact(source: FactSource): Promise<Fact> {
  return typeof source === 'function' ? source() : source;
}
