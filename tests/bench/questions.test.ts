/**
 * The benchmark's questions as the contenders are asked them: the neighbourhood question sends the
 * explorer's own query (kept as a file, since the bench may not import the browser bundle), every
 * question can be picked with --questions, and each new question asks about a landmark of the
 * synthetic graph that makes its answer non-trivial.
 */
import fs from 'node:fs';
import { FieldNode, InlineFragmentNode, Kind, parse, print, visit } from 'graphql';
import { NESTED_PAGE } from '../../src/graphql/connection';
import { neighbourhoodSpecs, NEIGHBOURS_SHOWN, TypeSpec } from '../../src/explorer/neighbourhood-queries';
import { benchmarkQuestions, FIRST_PAGE, NEIGHBOURHOOD_DOCUMENT_FILE, QUESTION_KEYS } from '../../src/bench/questions';
import { generateSyntheticGraph } from '../../src/bench/synthetic/generate';

const graph = generateSyntheticGraph({ people: 1100, seed: 11 });
const questions = benchmarkQuestions(graph.landmarks, FIRST_PAGE);

/** `node(id: $id)`, not a connection edge's `node`. */
const isNodeLookup = (field: FieldNode) => field.name.value === 'node' && (field.arguments?.length ?? 0) > 0;
/** The `... on Person` selection directly under `node(id: $id)`. */
const nodeFragment = (field: FieldNode) => field.selectionSet!.selections.find((s): s is InlineFragmentNode => s.kind === Kind.INLINE_FRAGMENT)!;

/**
 * The explorer asks for a person in several requests at once (the node, then each list field's page:
 * neighbourhood-queries.ts); the bench asks the same selections in one request, each list's page the
 * API's largest so that every neighbour is there to compare with raw Cypher's.
 */
function inOneRequest(spec: TypeSpec): string {
  const selectionsUnderNode = (document: string) => {
    let fragment: InlineFragmentNode | undefined;
    visit(parse(document), { Field: (field) => { if (isNodeLookup(field)) fragment = nodeFragment(field); } });
    return fragment!.selectionSet.selections;
  };
  // The node's claims: the first page of them (the explorer walks on with `after`).
  const claims = spec.claims ? selectionsUnderNode(spec.claims.replace(', after: $after', '')) : [];
  const lists = [...claims, ...spec.lists.flatMap((list) => selectionsUnderNode(list.document))];
  // The root fields the explorer asks beside the node (a person's relatives, the conflicts about it).
  const roots = spec.roots.flatMap((root) => {
    const [operation] = parse(root).definitions;
    return operation.kind === Kind.OPERATION_DEFINITION ? operation.selectionSet.selections : [];
  });
  const merged = visit(parse(spec.document), {
    OperationDefinition: (operation) => ({ ...operation, selectionSet: { ...operation.selectionSet, selections: [...operation.selectionSet.selections, ...roots] } }),
    Field: (field) => {
      if (!isNodeLookup(field)) return undefined;
      const fragment = nodeFragment(field);
      const extended = { ...fragment, selectionSet: { ...fragment.selectionSet, selections: [...fragment.selectionSet.selections, ...lists] } };
      return { ...field, selectionSet: { ...field.selectionSet!, selections: field.selectionSet!.selections.map((s) => (s === fragment ? extended : s)) } };
    },
  });
  return `${print(merged).replaceAll(`first: ${NEIGHBOURS_SHOWN}`, `first: ${NESTED_PAGE.maximum}`)}\n`;
}

test("the neighbourhood question asks what the explorer asks for a person, in one request", () => {
  const explorer = inOneRequest(neighbourhoodSpecs().Person);
  expect(explorer).toContain(`races(first: ${NESTED_PAGE.maximum})`);
  // When this fails, the explorer's queries changed: write the file again with
  // WRITE_NEIGHBOURHOOD_DOCUMENT=1 npx jest tests/bench/questions.test.ts (and look at the diff).
  if (process.env.WRITE_NEIGHBOURHOOD_DOCUMENT) fs.writeFileSync(NEIGHBOURHOOD_DOCUMENT_FILE, explorer);
  expect(fs.readFileSync(NEIGHBOURHOOD_DOCUMENT_FILE, 'utf8')).toBe(explorer);
  const neighbourhood = questions.find((q) => q.key === 'neighbourhood')!;
  expect(JSON.parse(neighbourhood.requests['pitlane-api'].body)).toEqual({ query: explorer, variables: { id: graph.landmarks.disputedPersonId } });
});

test('every question has a key --questions accepts, in the order they are asked', () => {
  expect(questions.map((q) => q.key)).toEqual([...QUESTION_KEYS]);
});

test("the new questions' landmarks: a team with several seasons of people, most with parents, a full season, a disputed person", () => {
  const { teamId, seasonId, disputedPersonId } = graph.landmarks;
  const entries = graph.relationships.filter((r) => r.type === 'ENTERED_SEASON');
  const teamEntries = entries.filter((r) => r.team === teamId);
  expect(new Set(teamEntries.map((r) => r.to)).size).toBeGreaterThanOrEqual(3);
  const withParents = new Set(graph.relationships.filter((r) => r.type === 'PARENT_OF').map((r) => r.to));
  // Drivers born into a family have parents in it; those who married in do not.
  expect(teamEntries.filter((r) => withParents.has(r.from)).length).toBeGreaterThanOrEqual(teamEntries.length / 2);
  // A full field, all of it on one page of a nested list, whatever the scale (fields grow with the people).
  expect(entries.filter((r) => r.to === seasonId).length).toBeGreaterThanOrEqual(10);
  for (const people of [1100, 10_000]) {
    const larger = generateSyntheticGraph({ people, seed: 20231 });
    const field = larger.relationships.filter((r) => r.type === 'ENTERED_SEASON' && r.to === larger.landmarks.seasonId).length;
    expect([people, field >= 10 && field <= NESTED_PAGE.maximum]).toEqual([people, true]);
  }
  const disputed = graph.disputes.find((d) => d.personId === disputedPersonId)!;
  const node = graph.nodes.find((n) => n.id === disputedPersonId)!;
  expect(node.label).toBe('Person');
  expect(disputed.secondValue).not.toBe((node as { born?: string }).born);
  expect(graph.disputes.every((d) => d.personId.startsWith('syn-'))).toBe(true);
});
