/**
 * How to cite what the graph is built from: `sources.csl.json` (a CSL-JSON array, for Zotero,
 * Pandoc and citeproc) and `sources.bib` (BibTeX, keyed by source id), one entry per source the
 * export cites: its Source nodes, the sources of its provenance and those of its claims (every
 * source, for the whole graph). Each entry says only what the graph holds of the source
 * (src/provenance/source-citation.ts).
 */
import { bibtex, cslJsonList } from '../provenance/source-citation';
import { ExportedGraph, ExportFile } from './exported-graph';

export const CSL_FILE = 'sources.csl.json';
export const BIBTEX_FILE = 'sources.bib';

export function citationFiles(graph: ExportedGraph): ExportFile[] {
  const sources = graph.sources ?? [];
  return [
    { path: CSL_FILE, contents: cslJsonList(sources) },
    { path: BIBTEX_FILE, contents: bibtex(sources) },
  ];
}
