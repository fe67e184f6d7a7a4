// claims-of-source: everything one source claims, fact by fact, with its support and how the graph answers.
// Answers: "What does this article say, and where does the graph answer with another source's value?"
// One row per claim of the source: what it is about (a node id, or from|TYPE|to), the property
// (null: that the node or relationship exists), the value, its support (stored: quotes; cited:
// locator and excerpt), when it was added, and whether it is the answered value or disputed.
// @param sourceId string the source, e.g. females-in-motorsport-amber-balcaen-2023
MATCH (c:Claim {source: $sourceId})
RETURN
  c.subject AS subject,
  coalesce(c.label, c.type) AS about,
  c.property AS property,
  c.value AS value,
  c.storage AS storage,
  c.quotes AS quotes,
  c.locator AS locator,
  c.excerpt AS excerpt,
  toString(c.addedAt) AS addedAt,
  c.preferred AS preferred,
  c.disputed AS disputed
ORDER BY subject, property IS NOT NULL, property, c.position
