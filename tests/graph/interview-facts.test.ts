/**
 * The interview's key facts, asked of the seeded graph in Cypher: the graph says what the source
 * says, and leaves unknown what it does not.
 */
import { namedQuery } from '../../src/db/cypher-files';
import { useTestDatabase } from '../support/neo4j';

const database = useTestDatabase();

const one = async (cypher: string, params: Record<string, unknown> = {}) => {
  const rows = await database().read(cypher, params);
  expect(rows).toHaveLength(1);
  return rows[0];
};

describe('the family racing lineage of Amber Balcaen', () => {
  test('everyone the interview names in her family raced, with kinship and generation', async () => {
    const rows = await database().read(namedQuery('lineage').cypher, { personId: 'amber-balcaen', maxDepth: 4 });
    const relatives = rows.map((r) => ({ id: r.relativeId, kinship: r.kinship, generation: r.generation, raced: r.raced }));
    expect(relatives).toEqual(expect.arrayContaining([
      { id: 'mike-balcaen', kinship: 'father', generation: 1, raced: true },
      { id: 'lou-kennedy-sr', kinship: 'grandfather', generation: 2, raced: true },
      { id: 'amber-balcaen-uncle', kinship: 'uncle', generation: 1, raced: true },
      { id: 'amber-balcaen-cousin', kinship: 'cousin', generation: 0, raced: true },
    ]));
    expect(relatives).toHaveLength(4);
  });

  test('her father is a parent link (derived), the others are relations stated without the people between', async () => {
    const rows = await database().read(namedQuery('lineage').cypher, { personId: 'amber-balcaen', maxDepth: 4 });
    const derived = Object.fromEntries(rows.map((r) => [r.relativeId, r.derivedFromHops]));
    expect(derived).toEqual({
      'mike-balcaen': true,
      'lou-kennedy-sr': false,
      'amber-balcaen-uncle': false,
      'amber-balcaen-cousin': false,
    });
  });

  test('the unnamed uncle and cousin are people without a name, and no family side is invented', async () => {
    const unnamed = await database().read(
      "MATCH (p:Person) WHERE p.id IN ['amber-balcaen-uncle', 'amber-balcaen-cousin'] RETURN p.id AS id, p.name AS name, p.description AS description ORDER BY id",
    );
    expect(unnamed.map((p) => p.name)).toEqual([null, null]);
    unnamed.forEach((p) => expect(p.description).toEqual(expect.stringContaining('Amber Balcaen')));
    // Lou Kennedy Sr. is her grandfather, but the source does not say through whom.
    const invented = await one(
      "MATCH (lou:Person {id: 'lou-kennedy-sr'}) RETURN COUNT { (lou)-[:PARENT_OF|SIBLING_OF|SPOUSE_OF]-() } AS links",
    );
    expect(invented.links).toBe(0);
  });

  test('Mike Balcaen has 56 track championships, and is the person she looked up to the most', async () => {
    const row = await one(
      "MATCH (mike:Person {id: 'mike-balcaen'})-[:ACHIEVED]->(a:Achievement {kind: 'championship'}) RETURN a.count AS count",
    );
    expect(row.count).toBe(56);
    await one("MATCH (:Person {id: 'amber-balcaen'})-[:INSPIRED_BY]->(:Person {id: 'mike-balcaen'}) RETURN 1 AS found");
  });
});

describe('her seasons and results', () => {
  test('2022: full-time in the ARCA Menards Series with Rette Jones Racing, 20 rounds, 7th with 774 points', async () => {
    const row = await one(`
      MATCH (:Person {id: 'amber-balcaen'})-[entry:ENTERED_SEASON]->(season:Season {year: 2022})-[:OF_SERIES]->(series:Series)
      MATCH (team:Team {id: entry.team})
      RETURN series.name AS series, team.name AS team, entry.participation AS participation,
             season.rounds AS rounds, entry.finalPosition AS position, entry.points AS points`);
    expect(row).toEqual({
      series: 'ARCA Menards Series',
      team: 'Rette Jones Racing',
      participation: 'full-time',
      rounds: 20,
      position: 7,
      points: 774,
    });
  });

  test('2023 Daytona season opener: started 35th, finished 6th, her best ARCA finish', async () => {
    const row = await one(`
      MATCH (:Person {id: 'amber-balcaen'})-[result:ENTERED_RACE]->(race:Race)-[:HELD_AT]->(venue:Venue {name: 'Daytona International Speedway'})
      WHERE race.year = 2023
      MATCH (race)-[:PART_OF_SEASON]->(:Season)-[:OF_SERIES]->(series:Series)
      RETURN race.date AS date, race.round AS round, race.status AS status, result.startPosition AS start,
             result.finishPosition AS finish, series.id AS series, result.team AS team,
             EXISTS { (:Achievement {kind: 'career-best'})-[:AT_RACE]->(race) } AS careerBest`);
    expect(row).toEqual({
      date: '2023-02', round: 1, status: 'completed', start: 35, finish: 6,
      series: 'arca-menards-series', team: 'venturini-motorsports', careerBest: true,
    });
  });

  test('Talladega on April 22, 2023 is scheduled as of the interview, with a podium as her goal', async () => {
    const row = await one(`
      MATCH (:Person {id: 'amber-balcaen'})-[goal:ASPIRES_TO]->(race:Race)-[:HELD_AT]->(:Venue {id: 'talladega-superspeedway'})
      RETURN race.date AS date, race.status AS status, goal.goal AS goal`);
    expect(row).toEqual({ date: '2023-04-22', status: 'scheduled', goal: 'at least a podium' });
  });

  test('2016: her first win, at Motor Mile Speedway, made her the first Canadian female driver to win a NASCAR-sanctioned race', async () => {
    const row = await one(`
      MATCH (:Person {id: 'amber-balcaen'})-[result:ENTERED_RACE]->(race:Race)-[:HELD_AT]->(:Venue {name: 'Motor Mile Speedway'})
      MATCH (race)-[:PART_OF_SEASON]->(season:Season)-[:OF_SERIES]->(series:Series)
      MATCH (first:Achievement {kind: 'first'})-[:AT_RACE]->(race)
      MATCH (:Person {id: 'amber-balcaen'})-[:ACHIEVED]->(first)
      RETURN result.finishPosition AS finish, race.year AS year, season.year AS seasonYear, series.id AS series, first.title AS why`);
    expect(row).toMatchObject({ finish: 1, year: 2016, seasonYear: 2016, series: 'nascar-advance-auto-parts-weekly-series' });
    expect(row.why).toMatch(/first Canadian female driver to win a NASCAR-sanctioned race/i);
  });

  test('the weekly series is one node that its former name, Whelen All American Series, finds too', async () => {
    const rows = await database().read(`
      CALL db.index.fulltext.queryNodes('entity_names', 'whelen') YIELD node
      WHERE node:Series RETURN node.id AS id, node.name AS name`);
    expect(rows).toEqual([{ id: 'nascar-advance-auto-parts-weekly-series', name: 'NASCAR Advance Auto Parts Weekly Series' }]);
  });

  test('numbers are stored as Cypher integers, not floats', async () => {
    const row = await one(`
      MATCH (:Person {id: 'amber-balcaen'})-[entry:ENTERED_SEASON]->(season:Season {year: 2022})
      RETURN valueType(season.year) AS year, valueType(entry.points) AS points`);
    expect(row).toEqual({ year: 'INTEGER NOT NULL', points: 'INTEGER NOT NULL' });
  });
});

describe('Danica Patrick', () => {
  test('2012: the last full-time female driver in the Xfinity Series; 2018: the last woman in a Cup race, the Daytona 500', async () => {
    const xfinity = await one(`
      MATCH (danica:Person {id: 'danica-patrick'})-[entry:ENTERED_SEASON]->(:Season {year: 2012})-[:OF_SERIES]->(:Series {id: 'nascar-xfinity-series'})
      RETURN entry.participation AS participation`);
    expect(xfinity.participation).toBe('full-time');
    const cup = await one(`
      MATCH (danica:Person {id: 'danica-patrick'})-[:ENTERED_RACE]->(race:Race)-[:PART_OF_SEASON]->(:Season {year: 2018})-[:OF_SERIES]->(:Series {id: 'nascar-cup-series'})
      RETURN race.name AS race, EXISTS { (race)-[held:HELD_AT]->() WHERE 'females-in-motorsport-amber-balcaen-2023' IN held.sources } AS venueStated`);
    // The interview does not name the venue (TribLive, a cited source, does).
    expect(cup).toEqual({ race: '2018 Daytona 500', venueStated: false });
    const lasts = await database().read(`
      MATCH (:Person {id: 'danica-patrick'})-[:ACHIEVED]->(a:Achievement {kind: 'last'}) RETURN a.year AS year ORDER BY year`);
    expect(lasts.map((a) => a.year)).toEqual([2012, 2018]);
  });

  test('her nationality is not stated, so the graph has none', async () => {
    const row = await one("MATCH (p:Person {id: 'danica-patrick'}) RETURN p.nationality AS nationality, p.gender AS gender");
    expect(row).toEqual({ nationality: null, gender: 'female' });
  });
});
