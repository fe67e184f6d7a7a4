/**
 * The fields the compiler leaves to their resolvers and loaders (the fallback): written down here,
 * so that a field moving either way is a visible change. Below a compiled root such a field still
 * answers, from the row the compiled statement read whole, at the cost of its loader's statements.
 */
import { fieldsLeftToResolvers } from '../../../src/graph/compiled/selection';
import { buildGraphSchema } from '../../../src/graph/schema';
import { GRAPH_MODEL } from '../../../src/model/graph-model';
import { useTestApi } from '../../support/api';

const api = useTestApi();

test('the fields left to their resolvers: claims and displayName of every type, and six written by hand', async () => {
  const left = fieldsLeftToResolvers(await buildGraphSchema(), GRAPH_MODEL);
  const edges = GRAPH_MODEL.relationships.flatMap((relationship) => (relationship.edge ? [relationship.edge.name] : []));
  expect([...left].sort()).toEqual([
    // What each source says of it (src/graph/claims/claims.fields.ts), for every node and edge object type, and its Relay twin.
    ...GRAPH_MODEL.nodes.flatMap((node) => [`${node.label}.claims`, `${node.label}.claimsConnection`]),
    ...edges.flatMap((edge) => [`${edge}.claims`, `${edge}.claimsConnection`]),
    // A label for any node: a person's may need their kinship to a named relative.
    ...GRAPH_MODEL.nodes.map((node) => `${node.label}.displayName`),
    // Summaries over many relationships, citation formats, and a team's entries (a reference property, read backwards).
    'Person.careerSummary', 'Person.careerSummaryConnection', 'Person.raced', 'RaceEntry.won', 'Source.bibtex', 'Source.csl',
    'Team.seasonEntries', 'Team.seasonEntriesConnection',
  ].sort());
});

test('a field left to its resolver answers below a compiled root as by the loaders, with its own statements only', async () => {
  const query = `{ person(id: "amber-balcaen") { displayName raced careerSummary { series { name } }
    seasons(first: 3) { season { year } } races(first: 2) { won race { name } } } }`;
  const compiled = await api().query(query);
  const loaders = await api().queryLoaders(query);
  expect(compiled.errors).toBeUndefined();
  expect(compiled.data).toEqual(loaders.data);
  expect((compiled.data as any).person.displayName).toBe('Amber Balcaen');
  // Compiled: the person with seasons and races in one statement, then the three fields' loaders
  // (raced, careerSummary and its series, won). By the loaders, seasons, season and races cost three more.
  const withoutFallbacks = await api().query('{ person(id: "amber-balcaen") { seasons(first: 3) { season { year } } races(first: 2) { race { name } } } }');
  expect(withoutFallbacks.extensions?.cypherStatements).toBe(1);
  expect(compiled.extensions?.cypherStatements).toBeGreaterThan(1);
  expect(compiled.extensions!.cypherStatements!).toBeLessThan(loaders.extensions!.cypherStatements!);
});
