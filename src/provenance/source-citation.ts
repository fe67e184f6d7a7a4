/**
 * A source as a reader cites it: CSL-JSON (the citation data of Zotero, Pandoc and citeproc; one
 * object per source, https://github.com/citation-style-language/schema, csl-data.json) and BibTeX
 * (converted from the CSL-JSON by citation.js, so the two always say the same).
 *
 * Only what the graph states is written; a property the source lacks stays out (no year, no
 * author, no "n.d."):
 * - `type` from the source's kind (CSL_TYPE_OF_KIND);
 * - `title`; `author` as literal names (the graph keeps them as the source prints them, unsplit);
 * - `publisher`: the name of the organization it is PUBLISHED_BY; for the kinds that appear inside
 *   an outlet (an interview, an article, a news story, an encyclopedia entry, a web page) that
 *   outlet is the publisher, so its name is the `container-title` too;
 * - `issued` from `published` and `accessed` from `retrieved`, as precise as the partial date
 *   ("2023" → [[2023]], "2023-04-22" → [[2023, 4, 22]]);
 * - `URL` from `url`; the licence under `custom.licence` (CSL-JSON has no licence variable).
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';

/** A Source's properties as a citation reads them, and its publisher's name. */
export interface CitableSource {
  id: string;
  title: string;
  kind: string;
  published?: string | null;
  url?: string | null;
  retrieved?: string | null;
  licence?: string | null;
  authors?: readonly string[] | null;
  /** The name of the organization the source is PUBLISHED_BY, when it has one. */
  publisher?: string | null;
}

/** The CSL item types this module writes (a subset of csl-data.json's `type` enumeration). */
export type CslType =
  | 'interview' | 'article-magazine' | 'article-newspaper' | 'entry-encyclopedia' | 'webpage' | 'book' | 'dataset' | 'document';

/** A CSL date: the parts of one date, year first. */
export interface CslDate {
  'date-parts': [number[]];
}

export interface CslItem {
  id: string;
  type: CslType;
  title: string;
  author?: { literal: string }[];
  'container-title'?: string;
  publisher?: string;
  issued?: CslDate;
  accessed?: CslDate;
  URL?: string;
  custom?: { licence: string };
}

/**
 * The CSL type of each source kind (SOURCE_KIND in src/model/graph-model.ts). A feature article
 * is a magazine's (in print or on its site); a results table is data; an athlete's profile page is
 * a web page. A kind missing here is written as CSL's generic `document`.
 */
export const CSL_TYPE_OF_KIND: Readonly<Record<string, CslType>> = {
  interview: 'interview',
  article: 'article-magazine',
  news: 'article-newspaper',
  encyclopedia: 'entry-encyclopedia',
  profile: 'webpage',
  webpage: 'webpage',
  book: 'book',
  'results-table': 'dataset',
  other: 'document',
};

/** Types whose publisher is the outlet they appear in, named as their container too. */
const IN_AN_OUTLET: ReadonlySet<CslType> = new Set(['interview', 'article-magazine', 'article-newspaper', 'entry-encyclopedia', 'webpage']);

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A partial date ("2023", "2023-04", "2023-04-22") as CSL date parts; null for anything else. */
export function cslDate(partialDate: string): CslDate | null {
  const match = PARTIAL_DATE.exec(partialDate);
  if (!match) return null;
  return { 'date-parts': [match.slice(1).filter((part) => part !== undefined).map(Number)] };
}

const given = (value: string | null | undefined): value is string => typeof value === 'string' && value.trim() !== '';

/** The CSL-JSON item of a source: only the fields the source has (see the top of this module). */
export function cslItem(source: CitableSource): CslItem {
  const type = CSL_TYPE_OF_KIND[source.kind] ?? 'document';
  const authors = (source.authors ?? []).filter(given);
  const issued = given(source.published) ? cslDate(source.published) : null;
  const accessed = given(source.retrieved) ? cslDate(source.retrieved) : null;
  return {
    id: source.id,
    type,
    title: source.title,
    ...(authors.length > 0 ? { author: authors.map((literal) => ({ literal })) } : {}),
    ...(given(source.publisher) && IN_AN_OUTLET.has(type) ? { 'container-title': source.publisher } : {}),
    ...(given(source.publisher) ? { publisher: source.publisher } : {}),
    ...(issued ? { issued } : {}),
    ...(accessed ? { accessed } : {}),
    ...(given(source.url) ? { URL: source.url } : {}),
    ...(given(source.licence) ? { custom: { licence: source.licence } } : {}),
  };
}

/** One source's CSL-JSON, as text (the object, indented). */
export function cslJson(source: CitableSource): string {
  return JSON.stringify(cslItem(source), null, 2);
}

/** Several sources' CSL-JSON, as the text of a `.csl.json` file (an array, as csl-data.json has it). */
export function cslJsonList(sources: readonly CitableSource[]): string {
  return `${JSON.stringify(sources.map(cslItem), null, 2)}\n`;
}

// Entries are keyed by the source's id as it is (a slug: letters, digits and hyphens, which BibTeX
// keys may hold), not a key citation.js makes up from the author and year, so `\cite{id}` names the
// source the graph names. citation.js keeps its settings per plugin, for the whole process.
Object.assign(plugins.config.get('@bibtex').format, { useIdAsLabel: true, checkLabel: false });

/** BibTeX entries of sources, one per source, in the order given (citation.js's CSL → BibTeX mapping). */
export function bibtex(sources: readonly CitableSource[]): string {
  if (sources.length === 0) return '';
  return new Cite(sources.map(cslItem)).format('bibtex', { format: 'text' });
}
