/**
 * Every validated field of the curation inputs: a bad value is BAD_USER_INPUT naming the field,
 * and nothing is written.
 */
import { testToken, useTestApi } from '../support/api';
import { ADD_SOURCE, asEditor, cite, FIXTURE_SOURCE } from '../support/curation';
import { graphSnapshot, testNeo4j } from '../support/neo4j';

const api = useTestApi();
const QUOTE = 'Jane Roe is a British racing driver.';

beforeAll(async () => {
  await asEditor(api(), ADD_SOURCE, { input: FIXTURE_SOURCE });
});

const person = (input: Record<string, unknown>, citation: Record<string, unknown> = cite(QUOTE), id = 'jane-roe') => ({
  query: 'mutation($id: ID!, $input: PersonInput!, $c: CitationInput!) { createPerson(id: $id, input: $input, citation: $c) { id } }',
  variables: { id, input, c: citation },
});
const relationship = (input: Record<string, unknown>) => ({
  query: 'mutation($input: RelationshipInput!, $c: CitationInput!) { addRelationship(input: $input, citation: $c) { type } }',
  variables: { input: { type: 'ENTERED_SEASON', from: 'amber-balcaen', to: 'arca-menards-series-2022', ...input }, c: cite(QUOTE) },
});
const season = (input: Record<string, unknown>) => ({
  query: 'mutation($input: SeasonInput!, $c: CitationInput!) { createSeason(id: "example-cup-2024", input: $input, citation: $c) { id } }',
  variables: { input: { name: '2024 Example Cup', year: 2024, seriesId: 'arca-menards-series', ...input }, c: cite(QUOTE) },
});
const race = (input: Record<string, unknown>) => ({
  query: 'mutation($input: RaceInput!, $c: CitationInput!) { createRace(id: "example-race", input: $input, citation: $c) { id } }',
  variables: { input: { name: 'Example race', year: 2023, status: 'COMPLETED', seasonId: 'arca-menards-series-2023', ...input }, c: cite(QUOTE) },
});
const source = (input: Record<string, unknown>) => ({
  query: ADD_SOURCE,
  variables: { input: { ...FIXTURE_SOURCE, id: 'another-test-source', ...input } },
});

const cases: { name: string; field: RegExp; request: { query: string; variables: Record<string, unknown> } }[] = [
  { name: 'id that is not a slug', field: /"id" must be a lower-case slug/, request: person({ name: 'Jane Roe' }, cite(QUOTE), 'Jane Roe') },
  { name: 'citation.sourceId that is not a slug', field: /sourceId must be a lower-case slug/, request: person({ name: 'Jane Roe' }, { sourceId: 'Not A Slug', quote: QUOTE }) },
  { name: 'citation.sourceId of no source', field: /"citation\.sourceId" names no source/, request: person({ name: 'Jane Roe' }, { sourceId: 'no-such-source', quote: QUOTE }) },
  { name: 'citation.quote not in the source', field: /"citation\.quote" is not a real excerpt of source "test-fixture-curation": quote "Jane Roe is a Canadian racing driver\." does not occur in its text/, request: person({ name: 'Jane Roe' }, cite('Jane Roe is a Canadian racing driver.')) },
  { name: 'citation.quote of one letter', field: /"citation\.quote" is not a real excerpt of source "test-fixture-curation": quote "a" has 1 word; a quote must be an excerpt of at least 4 words/, request: person({ name: 'Jane Roe' }, cite('a')) },
  { name: 'citation.quote of three words', field: /quote "Jane Roe is" has 3 words; a quote must be an excerpt of at least 4 words/, request: person({ name: 'Jane Roe' }, cite('Jane Roe is')) },
  { name: 'citation.quote starting mid-word', field: /"citation\.quote" is not a real excerpt.*quote "ane Roe is a British racing driver\." does not occur in its text \(as whole words/, request: person({ name: 'Jane Roe' }, cite('ane Roe is a British racing driver.')) },
  { name: 'citation.quote of addRelationship too short', field: /"citation\.quote" .*quote "Danica Patrick" has 2 words/, request: { ...relationship({ type: 'INSPIRED_BY', to: 'danica-patrick' }), variables: { input: { type: 'INSPIRED_BY', from: 'amber-balcaen', to: 'danica-patrick' }, c: cite('Danica Patrick') } } },
  { name: 'citation.quote of mergeNodes too short', field: /"citation\.quote" .*quote "J\. Roe" has 2 words/, request: { query: 'mutation($c: CitationInput!) { mergeNodes(keepId: "amber-balcaen", dropId: "danica-patrick", citation: $c) { id } }', variables: { c: cite('J. Roe') } } },
  { name: 'citation.quote empty', field: /quote must be longer than or equal to 1 characters/, request: person({ name: 'Jane Roe' }, cite('')) },
  { name: 'citation.quote too long', field: /quote must be shorter than or equal to 2000 characters/, request: person({ name: 'Jane Roe' }, cite('x'.repeat(2001))) },
  { name: 'name empty', field: /name must be longer than or equal to 1 characters/, request: person({ name: '' }) },
  { name: 'nationality too short', field: /nationality must be longer than or equal to 2 characters/, request: person({ name: 'Jane Roe', nationality: 'B' }) },
  { name: 'gender not in the enum', field: /"ROBOT".*Gender/, request: person({ name: 'Jane Roe', gender: 'ROBOT' }) },
  { name: 'role not in the enum', field: /"PILOT".*PersonRole/, request: person({ name: 'Jane Roe', roles: ['PILOT'] }) },
  { name: 'a person with neither name nor description', field: /"input\.description" a person without a name needs a description/, request: person({ gender: 'FEMALE' }) },
  { name: 'season year out of range', field: /year must not be less than 1880/, request: season({ year: 1700 }) },
  { name: 'season rounds 0', field: /rounds must not be less than 1/, request: season({ rounds: 0 }) },
  { name: 'season without its series', field: /"input\.seriesId" is required/, request: season({ seriesId: undefined }) },
  { name: 'season of a series that is not there', field: /"input\.seriesId" names no node/, request: season({ seriesId: 'no-such-series' }) },
  { name: 'race date that is not a date', field: /date must be a date such as 2023/, request: race({ date: '2023-13' }) },
  { name: 'race round 0', field: /round must not be less than 1/, request: race({ round: 0 }) },
  { name: 'race venue that is a person', field: /"input\.venueId" is a Person; HELD_AT ends at Venue/, request: race({ venueId: 'amber-balcaen' }) },
  { name: 'source url that is not a URL', field: /url must be a URL address/, request: source({ url: 'not a url' }) },
  { name: 'source published that is not a date', field: /published must be a date such as 2023/, request: source({ published: 'yesterday' }) },
  { name: 'source publisher that is not an organization', field: /"input\.publisherId" names no Organization/, request: source({ publisherId: 'amber-balcaen' }) },
  { name: 'source id already taken', field: /"input\.id" "amber-balcaen" already exists/, request: source({ id: 'amber-balcaen' }) },
  { name: 'final position 0', field: /finalPosition must not be less than 1/, request: relationship({ finalPosition: 0 }) },
  { name: 'negative points', field: /points must not be less than 0/, request: relationship({ points: -1 }) },
  { name: 'start position 500', field: /startPosition must not be greater than 200/, request: relationship({ type: 'ENTERED_RACE', to: 'arca-menards-series-2023-daytona-international-speedway', startPosition: 500 }) },
  { name: 'team that is not a slug', field: /team must be a lower-case slug/, request: relationship({ team: 'Bad Team' }) },
  { name: 'team that is not a team', field: /"input\.team" names no Team/, request: relationship({ team: 'nascar' }) },
  { name: 'years out of range', field: /each value in years must not be less than 1880/, request: relationship({ type: 'DROVE_FOR', to: 'rette-jones-racing', years: [1700] }) },
  { name: 'a property the type does not take', field: /"input\.goal" is not a property of ENTERED_SEASON/, request: relationship({ goal: 'win' }) },
  { name: 'HAS_RELATIVE without a kinship', field: /"input\.kinship"/, request: relationship({ type: 'HAS_RELATIVE', to: 'danica-patrick' }) },
  { name: 'an endpoint of the wrong label', field: /"input\.to" is a Person; DROVE_FOR ends at Team/, request: relationship({ type: 'DROVE_FOR', to: 'danica-patrick' }) },
  { name: 'a relationship from a node to itself', field: /"input\.to" must differ from input\.from/, request: relationship({ type: 'INSPIRED_BY', to: 'amber-balcaen' }) },
];

test.each(cases)('$name → BAD_USER_INPUT naming it; nothing written', async ({ field, request }) => {
  const neo4j = await testNeo4j();
  try {
    const before = await graphSnapshot(neo4j.db);
    const response = await api().query(request.query, request.variables, testToken());
    expect(response.errors).toHaveLength(1);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toMatch(field);
    expect(await graphSnapshot(neo4j.db)).toEqual(before);
  } finally {
    await neo4j.close();
  }
});
