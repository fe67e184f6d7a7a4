/**
 * The benchmark's questions as the contenders are asked them: the neighbourhood question sends the
 * explorer's own query (kept as a file, since the bench may not import the browser bundle), every
 * question can be picked with --questions, and each new question asks about a landmark of the
 * synthetic graph that makes its answer non-trivial.
 */
import fs from 'node:fs';
import { neighbourhoodSpecs } from '../../src/explorer/neighbourhood-queries';
import { benchmarkQuestions, FIRST_PAGE, NEIGHBOURHOOD_DOCUMENT_FILE, QUESTION_KEYS } from '../../src/bench/questions';
import { generateSyntheticGraph } from '../../src/bench/synthetic/generate';

const graph = generateSyntheticGraph({ people: 1100, seed: 11 });
const questions = benchmarkQuestions(graph.landmarks, FIRST_PAGE);

test("the neighbourhood question sends exactly what the explorer sends for a person", () => {
  const explorer = neighbourhoodSpecs().Person.document;
  // When this fails, the explorer's query changed: write it again to the file (bench/graphql/).
  expect(fs.readFileSync(NEIGHBOURHOOD_DOCUMENT_FILE, 'utf8')).toBe(`${explorer}\n`);
  const neighbourhood = questions.find((q) => q.key === 'neighbourhood')!;
  expect(JSON.parse(neighbourhood.requests['pitlane-api'].body)).toEqual({ query: `${explorer}\n`, variables: { id: graph.landmarks.disputedPersonId } });
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
  expect(entries.filter((r) => r.to === seasonId).length).toBeGreaterThanOrEqual(10);
  const disputed = graph.disputes.find((d) => d.personId === disputedPersonId)!;
  const node = graph.nodes.find((n) => n.id === disputedPersonId)!;
  expect(node.label).toBe('Person');
  expect(disputed.secondValue).not.toBe((node as { born?: string }).born);
  expect(graph.disputes.every((d) => d.personId.startsWith('syn-'))).toBe(true);
});
