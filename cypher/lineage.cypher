// lineage: every relative of a person, with kinship label, generation offset, the hops between them, whether they raced, and their achievements.
// Answers: "Who in Amber Balcaen's family raced, and how are they related?"
// Kinship comes two ways: hop by hop (PARENT_OF, SIBLING_OF, SPOUSE_OF), labelled here from the
// hops (a parent's parent is a grandparent), or stated by a source without the people in between
// (HAS_RELATIVE {kinship: 'grandfather'}), labelled as stated. generation: +1 is the parents'
// generation, 0 the person's own, -1 the children's. No missing person or family side is invented.
// @param personId string the person's id, e.g. amber-balcaen
// @param maxDepth integer? how many kinship hops to follow, 1 to 6 (default 4)
WITH {
  U: ['parent', 'father', 'mother'],
  UU: ['grandparent', 'grandfather', 'grandmother'],
  UUU: ['great-grandparent', 'great-grandfather', 'great-grandmother'],
  D: ['child', 'son', 'daughter'],
  DD: ['grandchild', 'grandson', 'granddaughter'],
  DDD: ['great-grandchild', 'great-grandson', 'great-granddaughter'],
  S: ['sibling', 'brother', 'sister'],
  UD: ['sibling', 'brother', 'sister'],
  P: ['spouse', 'husband', 'wife'],
  US: ['uncle or aunt', 'uncle', 'aunt'],
  UUD: ['uncle or aunt', 'uncle', 'aunt'],
  SD: ['nephew or niece', 'nephew', 'niece'],
  UDD: ['nephew or niece', 'nephew', 'niece'],
  USD: ['cousin', 'cousin', 'cousin'],
  UUDD: ['cousin', 'cousin', 'cousin'],
  PU: ['parent-in-law', 'father-in-law', 'mother-in-law'],
  SP: ['sibling-in-law', 'brother-in-law', 'sister-in-law'],
  PS: ['sibling-in-law', 'brother-in-law', 'sister-in-law'],
  DP: ['child-in-law', 'son-in-law', 'daughter-in-law']
} AS words
MATCH (ego:Person {id: $personId})
// The hard bound (6) holds whatever maxDepth says.
MATCH path = (ego)-[:PARENT_OF|SIBLING_OF|SPOUSE_OF|HAS_RELATIVE*1..6]-(relative:Person)
WHERE length(path) <= coalesce($maxDepth, 4)
  AND all(i IN range(0, length(path)) WHERE NOT nodes(path)[i] IN nodes(path)[i + 1..])
WITH words, relative, path, nodes(path) AS ns, relationships(path) AS rs
WITH words, relative, path, [i IN range(0, size(rs) - 1) | {
  from: ns[i].id,
  to: ns[i + 1].id,
  type: type(rs[i]),
  forward: startNode(rs[i]) = ns[i],
  gender: ns[i + 1].gender,
  stated: rs[i].kinship,
  statedBack: rs[i].inverseKinship,
  statedGeneration: rs[i].generation,
  sources: rs[i].sources,
  quotes: rs[i].quotes
}] AS steps
WITH words, relative, path, [s IN steps | s {
  .from, .to, .type, .sources, .quotes,
  code: CASE s.type
    WHEN 'PARENT_OF' THEN CASE WHEN s.forward THEN 'D' ELSE 'U' END
    WHEN 'SIBLING_OF' THEN 'S'
    WHEN 'SPOUSE_OF' THEN 'P'
    ELSE 'K' END,
  generation: CASE s.type
    WHEN 'PARENT_OF' THEN CASE WHEN s.forward THEN -1 ELSE 1 END
    WHEN 'HAS_RELATIVE' THEN CASE WHEN s.forward THEN s.statedGeneration ELSE -s.statedGeneration END
    ELSE 0 END,
  genderIndex: CASE s.gender WHEN 'male' THEN 1 WHEN 'female' THEN 2 ELSE 0 END,
  statedTerm: CASE WHEN s.forward THEN s.stated ELSE s.statedBack END
}] AS coded
WITH words, relative, path, [h IN coded | h {
  .from, .to, .type, .code, .generation, .sources, .quotes,
  relation: CASE h.code WHEN 'K' THEN h.statedTerm ELSE words[h.code][h.genderIndex] END
}] AS hops
WITH words, relative, path, hops, reduce(signature = '', h IN hops | signature + h.code) AS signature
WITH relative, path, hops,
  CASE
    WHEN words[signature] IS NOT NULL
      THEN words[signature][CASE relative.gender WHEN 'male' THEN 1 WHEN 'female' THEN 2 ELSE 0 END]
    WHEN size(hops) = 1 THEN hops[0].relation
    // No single word for it: say it hop by hop ("grandfather's son").
    ELSE reduce(label = hops[0].relation, h IN hops[1..] | label + "'s " + h.relation)
  END AS kinship,
  reduce(total = 0, h IN hops | total + h.generation) AS generation,
  NOT any(h IN hops WHERE h.code = 'K') AS derivedFromHops
// The shortest way to each relative is the one we report.
ORDER BY length(path), derivedFromHops DESC
WITH relative, collect({kinship: kinship, generation: generation, hops: hops, derivedFromHops: derivedFromHops})[0] AS best
RETURN
  relative.id AS relativeId,
  coalesce(relative.name, '(unnamed) ' + relative.description) AS name,
  best.kinship AS kinship,
  best.generation AS generation,
  size(best.hops) AS hopCount,
  best.derivedFromHops AS derivedFromHops,
  any(role IN coalesce(relative.roles, []) WHERE role IN ['driver', 'rider', 'co-driver', 'navigator', 'passenger'])
    OR EXISTS { (relative)-[:ENTERED_SEASON|ENTERED_RACE]->() } AS raced,
  COLLECT { MATCH (relative)-[:ACHIEVED]->(a:Achievement) RETURN a.title ORDER BY a.year, a.title } AS achievements,
  COLLECT { MATCH (relative)-[:ACHIEVED]->(a:Achievement) RETURN a.id ORDER BY a.year, a.title } AS achievementIds,
  best.hops AS hops
ORDER BY generation DESC, hopCount, name
