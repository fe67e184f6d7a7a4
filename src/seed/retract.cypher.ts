/** The statements of retracting a source (retract.ts): beyond its claims, its Source node goes. */

export const SOURCE_EXISTS = 'MATCH (s:Source {id: $sourceId}) RETURN s.id AS id';

/** The Source node and its PUBLISHED_BY; nodes dated from its publication keep their stated offset. */
export const DELETE_SOURCE = `
MATCH (s:Source {id: $sourceId})
DETACH DELETE s`;
