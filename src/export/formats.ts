/** The export formats `npm run export -- --format` takes, each a function from the graph (and the graph model, which says what it may hold) to its files. */
import { GraphModel } from '../model/declaration';
import { citationFiles } from './citations';
import { csvFiles } from './csv';
import { ExportedGraph, ExportFile } from './exported-graph';
import { graphmlFiles } from './graphml';
import { jsonldFiles } from './jsonld';

export const EXPORT_FORMATS = {
  graphml: graphmlFiles,
  csv: csvFiles,
  jsonld: jsonldFiles,
  citations: citationFiles,
} satisfies Record<string, (graph: ExportedGraph, model: GraphModel) => ExportFile[]>;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormat[];
