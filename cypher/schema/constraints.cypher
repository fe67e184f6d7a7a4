// Constraints and indexes of the Pitlane Graph. Applied at every start (`npm start`, `npm run seed`);
// each statement is idempotent (IF NOT EXISTS). Statements are separated by semicolons.

// Every node carries :Entity beside its own label, so ids are unique across the whole graph and
// node(id:) finds any node with one index seek.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;

// The same uniqueness per label, so that MATCH (p:Person {id: $id}) is an index seek too.
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT family_id IF NOT EXISTS FOR (n:Family) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT team_id IF NOT EXISTS FOR (n:Team) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT series_id IF NOT EXISTS FOR (n:Series) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT season_id IF NOT EXISTS FOR (n:Season) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT race_id IF NOT EXISTS FOR (n:Race) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT venue_id IF NOT EXISTS FOR (n:Venue) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT achievement_id IF NOT EXISTS FOR (n:Achievement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT education_id IF NOT EXISTS FOR (n:Education) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;

// Filters and orderings that the API and the analyst queries use.
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX person_gender IF NOT EXISTS FOR (n:Person) ON (n.gender);
CREATE INDEX person_nationality IF NOT EXISTS FOR (n:Person) ON (n.nationality);
CREATE INDEX season_year IF NOT EXISTS FOR (n:Season) ON (n.year);
CREATE INDEX race_year IF NOT EXISTS FOR (n:Race) ON (n.year);
CREATE INDEX achievement_kind IF NOT EXISTS FOR (n:Achievement) ON (n.kind);
CREATE INDEX achievement_year IF NOT EXISTS FOR (n:Achievement) ON (n.year);

// Full-text search over names, former names and aliases (the weekly series is found by both of
// its names) and over the titles of achievements and events.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Person|Family|Team|Organization|Series|Season|Race|Venue|Place|Achievement|Event)
ON EACH [n.name, n.formerNames, n.aliases, n.title, n.description];

// Season and race entries name their team by id (a team is a property of the entry, not a third
// endpoint); these indexes find a team's entries without scanning every entry.
CREATE INDEX entered_season_team IF NOT EXISTS FOR ()-[r:ENTERED_SEASON]-() ON (r.team);
CREATE INDEX entered_race_team IF NOT EXISTS FOR ()-[r:ENTERED_RACE]-() ON (r.team);

// The audit log of curation writes (not part of the knowledge graph: no :Entity label).
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.id IS UNIQUE;
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (n:AuditEntry) ON (n.at);
