// disputed-facts: every fact on which sources disagree, with each source's value, support and which one the graph answers with.
// Answers: "Where do my sources disagree about Ruth Able, and who says what?"
// One row per dispute (a property of a node or relationship, or the end of a to-one relationship
// such as a birth place): what it is about, the answered value and the rule that chose it
// (pinned, agreement, specificity, recency, source-order), and every claim with its source, its
// storage (stored: quotes; cited: locator and excerpt) and whether it is preferred.
// @param entityId string? only disputes about this node or its relationships, e.g. amber-balcaen; all when absent
// @param sourceId string? only disputes this source takes part in; all when absent
MATCH (c:Claim {disputed: true})
WHERE $entityId IS NULL OR $entityId IN c.entities
WITH c.group AS dispute, collect(c) AS claims
WHERE $sourceId IS NULL OR any(claim IN claims WHERE claim.source = $sourceId)
WITH dispute, claims, [claim IN claims WHERE claim.preferred][0] AS answer
RETURN
  dispute,
  answer.subject AS subject,
  coalesce(answer.label, answer.type) AS about,
  answer.property AS property,
  coalesce(answer.value, answer.to) AS answered,
  answer.rule AS rule,
  [claim IN claims | {
    source: claim.source, value: coalesce(claim.value, claim.to), storage: claim.storage, preferred: claim.preferred,
    pinned: claim.pinned, quotes: claim.quotes, locator: claim.locator, excerpt: claim.excerpt
  }] AS claims
ORDER BY dispute
