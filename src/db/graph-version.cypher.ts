/**
 * The graph's version: one :__PitlaneGraphVersion node whose `version` every write transaction
 * that changed data raises by one, in that transaction (database.ts), so a reader can tell whether
 * the graph changed since it last looked (HTTP ETags, src/server/http-cache.plugin.ts). Its
 * `epoch` is drawn when the node is made, so the numbers of a database made afresh are not taken
 * for those of the one before. Like the migration records it carries no :Entity and its label
 * starts with `__`: the graph, its exports, searches and fingerprint never see it.
 */

export const GRAPH_VERSION_LABEL = '__PitlaneGraphVersion';

/** Made on the first write (unique by constraint, schema-declaration.ts), raised by every later one. */
export const BUMP_GRAPH_VERSION = `
MERGE (v:${GRAPH_VERSION_LABEL} {id: 'graph'})
  ON CREATE SET v.version = 1, v.epoch = randomUUID()
  ON MATCH SET v.version = v.version + 1`;

/** No row before the first write. */
export const READ_GRAPH_VERSION = `
MATCH (v:${GRAPH_VERSION_LABEL} {id: 'graph'})
RETURN v.version AS version, v.epoch AS epoch`;
