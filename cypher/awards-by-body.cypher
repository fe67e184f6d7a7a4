// awards-by-body: awards and honours grouped by the body that gives them, each with its kind, recipients and years, with evidence.
// Answers: "Which women has the Racing Club named rookie of the year, and when?"
// One row per awarding body (body null: awards whose body no source names), its awards by name,
// each award's recipients by first year. Evidence: the AWARDED_BY relationship's (bodySources,
// bodyQuotes) and each RECEIVED's (sources, quotes).
// @param bodyId string? only the awards of this organization, e.g. test-racing-club; every body when absent
MATCH (award:Award)
OPTIONAL MATCH (award)-[awardedBy:AWARDED_BY]->(body:Organization)
WITH award, awardedBy, body
WHERE $bodyId IS NULL OR body.id = $bodyId
WITH body, award, awardedBy,
     COLLECT {
       MATCH (person:Person)-[received:RECEIVED]->(award)
       RETURN {personId: person.id, name: person.name, years: coalesce(received.years, []),
               sources: received.sources, quotes: received.quotes}
       ORDER BY coalesce(received.years, [])[0], person.id
     } AS recipients
ORDER BY award.name, award.id
WITH body, collect({
  awardId: award.id, award: award.name, kind: award.kind, recipients: recipients,
  bodySources: awardedBy.sources, bodyQuotes: awardedBy.quotes
}) AS awards
RETURN
  body.id AS bodyId,
  body.name AS body,
  body.kind AS bodyKind,
  size(awards) AS awardCount,
  reduce(total = 0, a IN awards | total + size(a.recipients)) AS recipientCount,
  awards
ORDER BY body IS NULL, body, bodyId
