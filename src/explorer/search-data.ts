/** The API's full-text search over names, former names, aliases, titles and descriptions. */
import { query } from './api.js';
import { LabelledNode, NODE_LABEL_FIELDS } from './node-labels.js';

const SEARCH = `query Search($text: String!, $first: Int!) {
  search(text: $text, first: $first) { score node { ${NODE_LABEL_FIELDS} } }
}`;

export interface SearchHit {
  score: number;
  node: LabelledNode;
}

export async function search(text: string, first = 20): Promise<SearchHit[]> {
  const { search: hits } = await query<{ search: SearchHit[] }>(SEARCH, { text, first });
  return hits;
}
