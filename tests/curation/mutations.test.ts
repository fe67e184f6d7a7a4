/**
 * Each curation mutation's happy path over HTTP, as an editor; every write cites the test source
 * and shows up in reads at once (in the mutation's own result and in the next request).
 */
import { useTestApi } from '../support/api';
import { ADD_SOURCE, asEditor, cite, FIXTURE_SOURCE } from '../support/curation';

const api = useTestApi();
const edit = (query: string, variables: Record<string, unknown>) => asEditor(api(), query, variables);
const read = async (query: string, variables?: Record<string, unknown>) => {
  const response = await api().query(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data as any;
};

const CREATE_PERSON = `mutation($id: ID!, $input: PersonInput!, $citation: CitationInput!) {
  createPerson(id: $id, input: $input, citation: $citation) { id name gender nationality roles sources { quote source { id } } }
}`;
const ADD = `mutation($input: RelationshipInput!, $citation: CitationInput!) {
  addRelationship(input: $input, citation: $citation) { type from { id } to { id } }
}`;

describe('curation, in order', () => {
  test('addSource stores the text that later quotes must come from', async () => {
    const { addSource } = await edit(ADD_SOURCE, { input: FIXTURE_SOURCE });
    expect(addSource).toEqual({ id: FIXTURE_SOURCE.id, title: FIXTURE_SOURCE.title, publisher: { id: 'females-in-motorsport' } });
    const { source } = await read(`{ source(id: "${FIXTURE_SOURCE.id}") { text published kind } }`);
    expect(source).toEqual({ text: FIXTURE_SOURCE.text, published: '2024-05', kind: 'OTHER' });
  });

  test('createPerson: a named driver, and an unnamed relative with only a description', async () => {
    const { createPerson } = await edit(CREATE_PERSON, {
      id: 'jane-roe',
      input: { name: 'Jane Roe', gender: 'FEMALE', nationality: 'British', roles: ['DRIVER'] },
      citation: cite('Jane Roe is a British racing driver.'),
    });
    expect(createPerson).toEqual({
      id: 'jane-roe', name: 'Jane Roe', gender: 'FEMALE', nationality: 'British', roles: ['DRIVER'],
      sources: [{ quote: 'Jane Roe is a British racing driver.', source: { id: FIXTURE_SOURCE.id } }],
    });
    await edit(CREATE_PERSON, { id: 'ann-roe', input: { name: 'Ann Roe', gender: 'FEMALE', roles: ['DRIVER'] }, citation: cite('Her mother, Ann Roe, raced before her.') });
    const cousin = await edit(CREATE_PERSON, {
      id: 'jane-roe-cousin', input: { description: "Jane Roe's cousin, who raced karts", roles: ['DRIVER'] }, citation: cite('Her cousin raced karts.'),
    });
    expect(cousin.createPerson.name).toBeNull();
  });

  test('addRelationship: kinship hop by hop and stated; lineage sees both at once', async () => {
    await edit(ADD, { input: { type: 'PARENT_OF', from: 'ann-roe', to: 'jane-roe' }, citation: cite('Her mother, Ann Roe, raced before her.') });
    await edit(ADD, { input: { type: 'HAS_RELATIVE', from: 'jane-roe', to: 'jane-roe-cousin', kinship: 'COUSIN' }, citation: cite('Her cousin raced karts.') });
    const { lineage } = await read(`{ lineage(personId: "jane-roe") { relatives { person { id } kinship generation raced } } }`);
    expect(lineage.relatives).toEqual([
      { person: { id: 'ann-roe' }, kinship: 'mother', generation: 1, raced: true },
      { person: { id: 'jane-roe-cousin' }, kinship: 'cousin', generation: 0, raced: true },
    ]);
  });

  test('createTeam, createSeries, createSeason (with its series), createVenue, createRace (with season and venue)', async () => {
    const quote = 'Jane Roe drove for Example Racing in the 2024 Example Cup, finishing third overall with 120 points.';
    const raceQuote = 'At Example Park in May 2024 she started fifth and won, the first woman to win an Example Cup race.';
    await edit(`mutation($c: CitationInput!) { createTeam(id: "example-racing", input: { name: "Example Racing" }, citation: $c) { id } }`, { c: cite(quote) });
    await edit(`mutation($c: CitationInput!) { createSeries(id: "example-cup", input: { name: "Example Cup" }, citation: $c) { id } }`, { c: cite(quote) });
    const { createSeason } = await edit(`mutation($c: CitationInput!) {
      createSeason(id: "example-cup-2024", input: { name: "2024 Example Cup", year: 2024, seriesId: "example-cup" }, citation: $c) { year series { id } }
    }`, { c: cite(quote) });
    expect(createSeason).toEqual({ year: 2024, series: { id: 'example-cup' } });
    await edit(`mutation($c: CitationInput!) { createVenue(id: "example-park", input: { name: "Example Park" }, citation: $c) { id } }`, { c: cite(raceQuote) });
    const { createRace } = await edit(`mutation($c: CitationInput!) {
      createRace(id: "example-cup-2024-example-park", input: { name: "2024 Example Cup race at Example Park", year: 2024, date: "2024-05",
        status: COMPLETED, seasonId: "example-cup-2024", venueId: "example-park" }, citation: $c) { date status season { id } venue { id } }
    }`, { c: cite(raceQuote) });
    expect(createRace).toEqual({ date: '2024-05', status: 'COMPLETED', season: { id: 'example-cup-2024' }, venue: { id: 'example-park' } });
  });

  test('season entry, race result and team stint; the person reads them back with the figures', async () => {
    const quote = 'Jane Roe drove for Example Racing in the 2024 Example Cup, finishing third overall with 120 points.';
    const raceQuote = 'At Example Park in May 2024 she started fifth and won, the first woman to win an Example Cup race.';
    await edit(ADD, { input: { type: 'ENTERED_SEASON', from: 'jane-roe', to: 'example-cup-2024', team: 'example-racing', finalPosition: 3, points: 120 }, citation: cite(quote) });
    await edit(ADD, { input: { type: 'ENTERED_RACE', from: 'jane-roe', to: 'example-cup-2024-example-park', startPosition: 5, finishPosition: 1 }, citation: cite(raceQuote) });
    await edit(ADD, { input: { type: 'DROVE_FOR', from: 'jane-roe', to: 'example-racing', years: [2024] }, citation: cite(quote) });
    const { person } = await read(`{ person(id: "jane-roe") {
      seasons { season { id } team { id } finalPosition points }
      races { won startPosition race { venue { name } } }
      teams { team { id } years }
    } }`);
    expect(person).toEqual({
      seasons: [{ season: { id: 'example-cup-2024' }, team: { id: 'example-racing' }, finalPosition: 3, points: 120 }],
      races: [{ won: true, startPosition: 5, race: { venue: { name: 'Example Park' } } }],
      teams: [{ team: { id: 'example-racing' }, years: [2024] }],
    });
  });

  test('createAchievement and ACHIEVED: the new first is found among women\'s firsts', async () => {
    const raceQuote = 'At Example Park in May 2024 she started fifth and won, the first woman to win an Example Cup race.';
    await edit(`mutation($c: CitationInput!) {
      createAchievement(id: "jane-roe-first-example-cup-win", input: { title: "First woman to win an Example Cup race", kind: FIRST, year: 2024 }, citation: $c) { id }
    }`, { c: cite(raceQuote) });
    await edit(ADD, { input: { type: 'ACHIEVED', from: 'jane-roe', to: 'jane-roe-first-example-cup-win' }, citation: cite(raceQuote) });
    await edit(ADD, { input: { type: 'AT_RACE', from: 'jane-roe-first-example-cup-win', to: 'example-cup-2024-example-park' }, citation: cite(raceQuote) });
    const { achievements } = await read(`{ achievements(filter: { kind: FIRST, achieverGender: FEMALE, yearFrom: 2024 }) { edges { node { id achievers(first: 5) { id } race { id } } } } }`);
    expect(achievements.edges).toEqual([{ node: { id: 'jane-roe-first-example-cup-win', achievers: [{ id: 'jane-roe' }], race: { id: 'example-cup-2024-example-park' } } }]);
  });

  test('updatePerson changes only the given fields, adds the citation, and the same response sees it', async () => {
    const { updatePerson } = await edit(`mutation($c: CitationInput!) {
      updatePerson(id: "jane-roe", input: { description: "British racing driver" }, citation: $c) { name description nationality sources { quote } }
    }`, { c: cite('Jane Roe is a British racing driver.') });
    expect(updatePerson).toMatchObject({ name: 'Jane Roe', description: 'British racing driver', nationality: 'British' });
    // The same citation again is not duplicated.
    expect(updatePerson.sources).toEqual([{ quote: 'Jane Roe is a British racing driver.' }]);
  });

  test('removeRelationship deletes one relationship', async () => {
    const { removeRelationship } = await edit(`mutation($c: CitationInput!) {
      removeRelationship(type: DROVE_FOR, from: "jane-roe", to: "example-racing", citation: $c) { type from { id } to { id } }
    }`, { c: cite('Jane Roe drove for Example Racing in the 2024 Example Cup, finishing third overall with 120 points.') });
    expect(removeRelationship).toEqual({ type: 'DROVE_FOR', from: { id: 'jane-roe' }, to: { id: 'example-racing' } });
    const { person } = await read(`{ person(id: "jane-roe") { teams { team { id } } } }`);
    expect(person.teams).toEqual([]);
  });

  test('mergeNodes folds a duplicate into the node that stays, relationships and provenance included', async () => {
    const quote = 'J. Roe, as some reports call her, looked up to Danica Patrick.';
    await edit(CREATE_PERSON, { id: 'j-roe', input: { name: 'J. Roe' }, citation: cite(quote) });
    await edit(ADD, { input: { type: 'INSPIRED_BY', from: 'j-roe', to: 'danica-patrick' }, citation: cite(quote) });
    const { mergeNodes } = await edit(`mutation($c: CitationInput!) {
      mergeNodes(keepId: "jane-roe", dropId: "j-roe", citation: $c) { __typename id ... on Person { name inspiredBy { inspiration { id } } sources { quote } } }
    }`, { c: cite(quote) });
    expect(mergeNodes).toMatchObject({ __typename: 'Person', id: 'jane-roe', name: 'Jane Roe', inspiredBy: [{ inspiration: { id: 'danica-patrick' } }] });
    expect(mergeNodes.sources.map((s: any) => s.quote)).toContain(quote);
    expect((await read('{ node(id: "j-roe") { id } }')).node).toBeNull();
  });

  test('every write is in the audit log: who, when, which source, which nodes', async () => {
    const { auditLog } = await read(`{ auditLog(first: 50, filter: { targetId: "jane-roe" }) {
      totalCount edges { node { at actor role operation sourceId quote targetIds } } } }`);
    const operations = auditLog.edges.map((e: any) => e.node.operation);
    expect(operations).toEqual(expect.arrayContaining(['createPerson', 'addRelationship', 'updatePerson', 'removeRelationship', 'mergeNodes']));
    for (const { node } of auditLog.edges) {
      expect(node).toMatchObject({ actor: 'test-editor', role: 'editor', sourceId: FIXTURE_SOURCE.id, targetIds: expect.arrayContaining(['jane-roe']) });
      expect(Number.isNaN(Date.parse(node.at))).toBe(false);
    }
    const times = auditLog.edges.map((e: any) => Date.parse(e.node.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});
