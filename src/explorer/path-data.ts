/** How two nodes are connected: the API's shortest connection, with each relationship's evidence. */
import { query, queryAllowingNotFound } from './api.js';
import { CITED, CitedAnswer } from './facts.js';
import { LabelledNode, NODE_LABEL_FIELDS } from './node-labels.js';

/** The longest connection looked for (the API allows 1 to 10). */
export const PATH_MAX_LENGTH = 6;

export const CONNECTION = `query Connection($from: ID!, $to: ID!, $maxLength: Int!) {
  connection(fromId: $from, toId: $to, maxLength: $maxLength) {
    length
    nodes { ${NODE_LABEL_FIELDS} }
    relationships { type from { id } to { id } ${CITED} }
  }
  fromNode: node(id: $from) { ${NODE_LABEL_FIELDS} }
  toNode: node(id: $to) { ${NODE_LABEL_FIELDS} }
}`;

export interface PathRelationship extends CitedAnswer {
  type: string;
  from: { id: string };
  to: { id: string };
}

export interface Connection {
  fromNode: LabelledNode | null;
  toNode: LabelledNode | null;
  /** Null when the two are not connected within PATH_MAX_LENGTH relationships. */
  path: { length: number; nodes: LabelledNode[]; relationships: PathRelationship[] } | null;
}

export async function loadConnection(fromId: string, toId: string): Promise<Connection> {
  const data = await queryAllowingNotFound<{
    connection: Connection['path'];
    fromNode: LabelledNode | null;
    toNode: LabelledNode | null;
  }>(CONNECTION, { from: fromId, to: toId, maxLength: PATH_MAX_LENGTH });
  return { fromNode: data.fromNode, toNode: data.toNode, path: data.connection };
}

const NODE_LABEL = `query NodeLabel($id: ID!) { node(id: $id) { ${NODE_LABEL_FIELDS} } }`;

/** One end of a path still to be chosen: its name, or null for an unknown id. */
export async function loadNodeLabel(id: string): Promise<LabelledNode | null> {
  const { node } = await query<{ node: LabelledNode | null }>(NODE_LABEL, { id });
  return node;
}
