/**
 * The load test's check after a run: every person the clients created, with how many audit
 * entries record its creation (one each: none lost, none applied twice).
 */

export const CREATED_PEOPLE_WITH_AUDITS = `
MATCH (p:Person) WHERE p.id STARTS WITH 'load-person-'
RETURN p.id AS id, COUNT { MATCH (a:AuditEntry {operation: 'createPerson'}) WHERE p.id IN a.targetIds } AS audits`;
