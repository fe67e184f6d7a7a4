/**
 * The one statement the database layer sends of its own: the cheapest question Neo4j can answer,
 * asked to learn whether it answers at all (first contact, the heartbeat, /health/ready).
 */

export const PROBE = 'RETURN 1 AS ok';
