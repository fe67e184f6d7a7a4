// roles-over-time: a person's roles over the years: teams driven for, roles held in organizations, teams and series (owner, director, ...), mentoring given and received, sponsorships, with evidence.
// Answers: "What has Maria Boss done in the sport besides driving, and when?"
// kind: team (DROVE_FOR, since and until from its years), role (HELD_ROLE), mentored or mentored-by
// (MENTORED), sponsored or sponsored-by (SPONSORED). One row per relationship, so two roles in one
// organization are two rows. Ordered by the first year; rows without a year come last.
// @param personId string the person's id, e.g. test-maria-boss
MATCH (p:Person {id: $personId})
CALL (p) {
  MATCH (p)-[r:DROVE_FOR]->(other:Team)
  RETURN 'team' AS kind, 'driver' AS role, null AS title, other, coalesce(r.years, []) AS years,
         reduce(first = null, y IN coalesce(r.years, []) | CASE WHEN first IS NULL OR y < first THEN y ELSE first END) AS since,
         reduce(last = null, y IN coalesce(r.years, []) | CASE WHEN last IS NULL OR y > last THEN y ELSE last END) AS until, r
  UNION ALL
  MATCH (p)-[r:HELD_ROLE]->(other)
  RETURN 'role' AS kind, r.role AS role, r.title AS title, other, [] AS years, r.since AS since, r.until AS until, r
  UNION ALL
  MATCH (p)-[r:MENTORED]->(other:Person)
  RETURN 'mentored' AS kind, 'mentor' AS role, null AS title, other, [] AS years, r.since AS since, r.until AS until, r
  UNION ALL
  MATCH (p)<-[r:MENTORED]-(other:Person)
  RETURN 'mentored-by' AS kind, 'mentee' AS role, null AS title, other, [] AS years, r.since AS since, r.until AS until, r
  UNION ALL
  MATCH (p)-[r:SPONSORED]->(other)
  RETURN 'sponsored' AS kind, 'sponsor' AS role, null AS title, other, [] AS years, r.since AS since, r.until AS until, r
  UNION ALL
  MATCH (p)<-[r:SPONSORED]-(other)
  RETURN 'sponsored-by' AS kind, 'sponsored' AS role, null AS title, other, [] AS years, r.since AS since, r.until AS until, r
}
RETURN
  kind,
  role,
  title,
  other.id AS withId,
  [label IN labels(other) WHERE label <> 'Entity'][0] AS withLabel,
  other.name AS with,
  since,
  until,
  years,
  r.note AS note,
  r.sources AS sources,
  r.quotes AS quotes
ORDER BY since, until, kind, withId, role
