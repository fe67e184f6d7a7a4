/**
 * The API's reads of the claim store (src/db/claims/): the claims of many elements at once (behind
 * every `claims` field), and the disputes (`conflicts`), one group per conflict, paged by group.
 */

/** A claim as the API reads it (`c` bound): every stored property, its time as ISO text. */
const CLAIM = 'c {.*, addedAt: toString(c.addedAt)}';

/** Existence claims first, then by property; within one, the preferred value first, then oldest first. */
const CLAIM_ORDER = 'c.property IS NOT NULL, c.property, coalesce(c.preferred, false) DESC, c.addedAt, c.position, c.source, c.id';

/** The claims about each of $subjects (node ids, or relationships as `from|TYPE|to[|key]`), in one statement. */
export const CLAIMS_OF_SUBJECTS = `
UNWIND $subjects AS subject
MATCH (c:Claim {subject: subject})
WITH subject, c
ORDER BY ${CLAIM_ORDER}
RETURN subject, collect(${CLAIM}) AS claims`;

/** The disputed groups matching the filters: an entity any of their claims is about, a source any of them is from. */
const DISPUTED_GROUPS = `
MATCH (c:Claim)
WHERE c.disputed = true
  AND ($entityId IS NULL OR $entityId IN c.entities)
WITH DISTINCT c.group AS group
WHERE ($sourceId IS NULL OR EXISTS { MATCH (other:Claim {group: group}) WHERE other.source = $sourceId })`;

/** The claims of one group, the preferred first (`group` bound). */
const CLAIMS_OF_GROUP = `
MATCH (c:Claim {group: group})
WITH group, c
ORDER BY coalesce(c.preferred, false) DESC, c.addedAt, c.source, c.position, c.id
WITH group, collect(${CLAIM}) AS claims
RETURN group, claims
ORDER BY group`;

/** A page of conflicts, keyset-paged by group (the group is both the sort key and the id of a cursor). */
export const CONFLICTS_PAGE = `${DISPUTED_GROUPS}
  AND ($afterId IS NULL OR group > $afterId)
WITH group
ORDER BY group
LIMIT $limit
${CLAIMS_OF_GROUP}`;

export const CONFLICTS_COUNT = `${DISPUTED_GROUPS}
RETURN count(group) AS total`;

/** One conflict by its group (after a curator prefers a claim of it). */
export const CONFLICT_OF_GROUP = `
WITH $group AS group
${CLAIMS_OF_GROUP}`;
