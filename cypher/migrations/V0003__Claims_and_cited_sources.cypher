// Version 3 of the graph model: many sources, one graph. What each source says is kept as claims
// beside the graph (src/db/claims/), and a source is either stored (its full text) or cited (its
// address, retrieval date and licence; each claim with a locator and a short excerpt).
//
// The claims of a graph written before version 3 are not written here: after the migrations, the
// start (src/db/prepare.ts) gives every node and relationship that has provenance but no claim its
// claims, with the same code that loads a source (src/db/claims/backfill.ts), so an upgraded graph
// holds exactly what loading its sources today would write.
//
// 1. Every source so far is stored: it has its text. New list properties read as empty.
MATCH (s:Source)
SET s.storage = CASE WHEN s.text IS NULL THEN 'cited' ELSE 'stored' END,
    s.authors = coalesce(s.authors, []);
