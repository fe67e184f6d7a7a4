/**
 * The years the graph derives for dated nodes (declared `derived` in the model: earliestYear and
 * latestYear). A stated year, or the year of a stated date, gives both. A relative date ("at 14",
 * "about six years ago", "two years later") counts `offsetYears` from its anchor: a person's birth
 * year (an age spans two calendar years, so the latest is one more), a source's publication year,
 * or another dated node's derived years. An approximate date widens the range by a year each way.
 * Nothing stated, or an anchor without a year: both stay null (unknown stays unknown).
 *
 * One pass settles every node whose anchor is already settled; dating.ts repeats it until nothing
 * changes, so chains ("two years after the event dated at 14") settle too.
 */

/** The rule, on the nodes `n` the statement's head matched; returns the ids whose years changed. */
const DERIVE = `
OPTIONAL MATCH (anchor:Entity {id: n.relativeTo})
WITH n, anchor, coalesce(n.year, toInteger(left(n.date, 4))) AS stated,
     CASE WHEN coalesce(n.approximate, false) THEN 1 ELSE 0 END AS slack
WITH n, stated, slack,
     CASE WHEN anchor:Person THEN toInteger(left(anchor.born, 4))
          WHEN anchor:Source THEN toInteger(left(anchor.published, 4))
          ELSE anchor.earliestYear END AS anchorEarliest,
     CASE WHEN anchor:Person THEN toInteger(left(anchor.born, 4)) + 1
          WHEN anchor:Source THEN toInteger(left(anchor.published, 4))
          ELSE anchor.latestYear END AS anchorLatest
WITH n, slack,
     CASE WHEN stated IS NOT NULL THEN stated
          WHEN n.offsetYears IS NOT NULL THEN anchorEarliest + n.offsetYears END AS earliest,
     CASE WHEN stated IS NOT NULL THEN stated
          WHEN n.offsetYears IS NOT NULL THEN anchorLatest + n.offsetYears END AS latest
WITH n, earliest - slack AS earliest, latest + slack AS latest
WHERE coalesce(n.earliestYear, -1) <> coalesce(earliest, -1) OR coalesce(n.latestYear, -1) <> coalesce(latest, -1)
SET n.earliestYear = earliest, n.latestYear = latest
RETURN collect(n.id) AS changed`;

/** Every dated node ($labels): after a seed file's load or a migration. */
export const DERIVE_YEARS = `
MATCH (n:Entity)
WHERE any(label IN labels(n) WHERE label IN $labels)
${DERIVE}`;

/** The dated nodes among $ids: after a curation write, which touches a few nodes. */
export const DERIVE_YEARS_OF = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE any(label IN labels(n) WHERE label IN $labels)
${DERIVE}`;

/**
 * The dated nodes counting from any of $ids (their `relativeTo`), one label at a time so that each
 * label's index on relativeTo finds them: the nodes whose years may follow a change to $ids.
 */
export const datedFrom = (labels: readonly string[]): string => `
CALL () {
${labels.map((label) => `  MATCH (n:${label}) WHERE n.relativeTo IN $ids RETURN n.id AS id`).join('\n  UNION\n')}
}
RETURN collect(id) AS ids`;
