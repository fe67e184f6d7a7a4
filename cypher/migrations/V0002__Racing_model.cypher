// Version 2 of the graph model: the model spans racing (disciplines, meetings, classes, vehicles,
// results beyond position, dates as stated, roles in organizations over time, awards, names over
// time). Almost all of it is new labels, types and optional properties, which need no migration.
// What does:
//
// 0. The full-text index behind search covers the new labels and the new names (nicknames, birth
//    and married names, former names of teams, organizations and venues, vehicle models). Its
//    definition changed, so it is dropped here and built again from the model after the migrations.
DROP INDEX entity_names IF EXISTS;

// 1. OWNS is gone: owning a company is now a role held in it, with optional years. Each OWNS
//    becomes a HELD_ROLE with role "owner" (its identifying key, as the loader stores it), keeping
//    every source and quote and any note.
MATCH (person)-[owns:OWNS]->(organization)
MERGE (person)-[held:HELD_ROLE {key: 'owner'}]->(organization)
SET held += properties(owns), held.role = 'owner', held.key = 'owner'
DELETE owns;

// 2. New list properties read as empty where no source gives them; the loader and curation store
//    that empty list, so existing nodes get it too (a node reads the same however it was made).
MATCH (n:Person)
SET n.marriedNames = coalesce(n.marriedNames, []), n.nicknames = coalesce(n.nicknames, []);

MATCH (n)
WHERE n:Series OR n:Race OR n:Event
SET n.disciplines = coalesce(n.disciplines, []);

MATCH (n)
WHERE n:Team OR n:Organization OR n:Venue
SET n.formerNames = coalesce(n.formerNames, []);

// 3. The Amber Balcaen seed (females-in-motorsport-amber-balcaen-2023), re-expressed with what the
//    interview says and the graph could not hold before. A database that holds that source gets
//    exactly what loading today's seed file into an empty database gives (tests/db/upgrade.test.ts).
//    The NASCAR Cup Series is "the highest stock car championship".
MATCH (series:Series {id: 'nascar-cup-series'})
WHERE 'females-in-motorsport-amber-balcaen-2023' IN series.sources
SET series.disciplines = ['stock-car'];

// Her career started "at the age of 10 by racing go-karts": an age, counted from her birth.
MATCH (event:Event {id: 'amber-balcaen-career-start'})
WHERE 'females-in-motorsport-amber-balcaen-2023' IN event.sources
SET event.disciplines = ['karting'], event.dateAsStated = 'at the age of 10', event.relativeTo = 'amber-balcaen', event.offsetYears = 10;

// "in dirt racing".
MATCH (event:Event {id: 'amber-balcaen-dirt-racing'})
WHERE 'females-in-motorsport-amber-balcaen-2023' IN event.sources
SET event.disciplines = ['dirt-oval'];

// "about six years ago" was stored as the year 2017, worked out by hand; it is now kept as stated,
// counted from the interview's publication, and the graph derives the years (2016 to 2018).
MATCH (event:Event {id: 'amber-balcaen-move-to-north-carolina'})
WHERE 'females-in-motorsport-amber-balcaen-2023' IN event.sources
SET event.dateAsStated = 'about six years ago', event.relativeTo = 'females-in-motorsport-amber-balcaen-2023', event.offsetYears = -6
REMOVE event.year;
