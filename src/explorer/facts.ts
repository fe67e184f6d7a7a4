/**
 * Provenance as the explorer shows it: a fact (what the graph states) and the sentences of its
 * sources that state it. Every fact on the page is one of these, shown on hover or click.
 */

import { Dispute } from './claims.js';

/** The selection of a `Citation` (the quote and its source), for use inside `sources { ... }`. */
export const CITATION_FIELDS = 'quote source { id title published url }';

/**
 * The selection of an element's citations: the API's default page of them (a few), and how many
 * there are, so that a fact stated by more sources than the page says so.
 */
export const CITED = `sources { ${CITATION_FIELDS} } sourcesConnection(first: 0) { totalCount }`;

/** An element's citations as CITED gives them. */
export interface CitedAnswer {
  sources: Citation[];
  sourcesConnection: { totalCount: number };
}

/** A Fact's citations from an element asked for CITED: the page, and the total when it holds more. */
export function citedBy(element: CitedAnswer | null | undefined): Pick<Fact, 'citations' | 'citationsTotal'> {
  if (!element) return { citations: [] };
  return { citations: element.sources, citationsTotal: element.sourcesConnection.totalCount };
}

export interface Citation {
  quote: string;
  source: { id: string; title: string; published: string | null; url: string | null };
}

export interface Fact {
  /** What is stated, in words ("Amber Balcaen drove for Rette Jones Racing (2022)"). */
  statement: string;
  citations: Citation[];
  /** How many source statements there are in all, where `citations` is a page of them. */
  citationsTotal?: number;
  /** Anything a reader should know about the evidence shown. */
  note?: string;
  /** What its sources disagree on (a relationship's finishing position), each claim side by side. */
  disputes?: Dispute[];
}

/** Where a fact has more source statements than its page of citations shows: how many, and where they all are. */
export function citationsLeftOut({ citations, citationsTotal }: Pick<Fact, 'citations' | 'citationsTotal'>): string | null {
  if (citationsTotal === undefined || citationsTotal <= citations.length) return null;
  return `The first ${citations.length} of ${citationsTotal} source statements of this are shown; the API’s sourcesConnection lists them all.`;
}

/** A fact whose evidence is fetched when someone asks for it. */
export type FactSource = Fact | (() => Promise<Fact>);

export async function resolveFact(source: FactSource): Promise<Fact> {
  return typeof source === 'function' ? source() : source;
}
