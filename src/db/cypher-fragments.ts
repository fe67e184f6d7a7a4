/**
 * Cypher expressions that several statements share, written once. Statements interpolate them into
 * their constants at module load; none takes user input.
 */

/** A node's own label: every node of the graph carries :Entity beside it. */
export const ownLabel = (variable: string): string => `[label IN labels(${variable}) WHERE label <> 'Entity'][0]`;
