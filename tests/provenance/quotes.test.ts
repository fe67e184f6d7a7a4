/**
 * The provenance check shared by seed, ingest and curation: a quote is a real excerpt of at least
 * MIN_QUOTE_WORDS words, found on word boundaries, modulo white space and typographic quotes; and
 * every quote the project ships (seed files, the ingest fixture, the README's examples) passes it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config/config';
import { closestPassage, describeQuoteProblem, editDistance, MIN_QUOTE_WORDS, quoteChecker, wordCount } from '../../src/provenance/quotes';
import { seedFilesIn } from '../../src/seed/load-seed';
import { readSeedFile } from '../../src/seed/seed-file';

const TEXT = 'Amber’s dad, Mike Balcaen, has won 56 track championships. “It would be the natural progression to do.”';
const check = quoteChecker(TEXT);

test('a one-letter or one-word quote is refused, whatever the text holds', () => {
  expect(check('a')).toEqual({ kind: 'too-short', words: 1, shown: 'a' });
  expect(check('Mike')).toEqual({ kind: 'too-short', words: 1, shown: 'Mike' });
  expect(check('Mike Balcaen, has')).toEqual({ kind: 'too-short', words: 3, shown: 'Mike Balcaen, has' });
  expect(wordCount('Amber’s dad, full-time')).toBe(3);
});

test(`a quote of ${MIN_QUOTE_WORDS} words or more that occurs on word boundaries passes`, () => {
  expect(check('Mike Balcaen, has won')).toBeNull();
  expect(check('Amber\'s dad, Mike  Balcaen,')).toBeNull();
  expect(check('"It would be the natural progression to do."')).toBeNull();
});

test('a quote that starts or ends inside a word of the text is refused', () => {
  expect(check('mber’s dad, Mike Balcaen')).toMatchObject({ kind: 'not-found' });
  expect(check('Mike Balcaen, has wo')).toMatchObject({ kind: 'not-found' });
  expect(check('has won 56 track championship')).toMatchObject({ kind: 'not-found' });
  // A later occurrence on word boundaries is enough.
  expect(quoteChecker('Xthe cat sat here. the cat sat here.')('the cat sat here')).toBeNull();
});

test('the message names the quote and the rule', () => {
  expect(describeQuoteProblem({ kind: 'too-short', words: 1, shown: 'a' }, 'x.txt'))
    .toBe(`quote "a" has 1 word; a quote must be an excerpt of at least ${MIN_QUOTE_WORDS} words`);
  expect(describeQuoteProblem({ kind: 'not-found', shown: 'Mike Balcaen, has wo', closest: { passage: 'Mike Balcaen, has won', edits: 1 } }, 'x.txt'))
    .toBe('quote "Mike Balcaen, has wo" does not occur in x.txt (as whole words; only white space and typographic quotes may differ); '
      + 'the closest passage of the text is "Mike Balcaen, has won" (1 character inserted, deleted or changed)');
  expect(describeQuoteProblem({ kind: 'not-found', shown: 'Mike Balcaen, has wo', closest: null }, 'x.txt'))
    .toMatch(/^quote "Mike Balcaen, has wo" does not occur in x\.txt \(as whole words.*\); no passage of the text is near it$/);
});

test('a quote not found comes with the passage of the text nearest it, in whole words', () => {
  expect(check('Mike Balcaen, has wo')).toEqual({
    kind: 'not-found', shown: 'Mike Balcaen, has wo', closest: { passage: 'Mike Balcaen, has won', edits: 1 },
  });
  expect(check('mber’s dad, Mike Balcaen')).toMatchObject({ closest: { passage: "Amber's dad, Mike Balcaen", edits: 1 } });
  // A changed number: the passage is the sentence as the text has it.
  expect(check('Mike Balcaen, has won 57 track championships.'))
    .toMatchObject({ closest: { passage: 'Mike Balcaen, has won 56 track championships.', edits: 1 } });
  // Words left out and a word changed.
  expect(check('It would be natural progression to do'))
    .toMatchObject({ closest: { passage: 'It would be the natural progression to do', edits: 4 } });
});

test('the whole quote is shown, however long, and the passage found in a long text', () => {
  const sentence = (n: number) => `Sentence number ${n} of the long source says that driver ${n} finished in position ${n % 40}.`;
  const text = Array.from({ length: 4000 }, (_, n) => sentence(n)).join(' ');
  const quote = `${sentence(3217).replace('finished', 'ended')} ${sentence(3218)}`;
  const problem = quoteChecker(text)(quote);
  expect(problem).toMatchObject({ kind: 'not-found', shown: quote, closest: { passage: `${sentence(3217)} ${sentence(3218)}` } });
  expect(describeQuoteProblem(problem!, 'long.txt')).toContain(`quote "${quote}" does not occur in long.txt`);
  expect(describeQuoteProblem(problem!, 'long.txt')).toContain(`the closest passage of the text is "${sentence(3217)} ${sentence(3218)}"`);
});

test('edit distance and the closest passage, at the edges', () => {
  expect(editDistance('kitten', 'sitting')).toBe(3);
  expect(editDistance('', 'abc')).toBe(3);
  expect(closestPassage('', 'anything at all here')).toBeNull();
  expect(closestPassage('Exactly this text here.', 'Exactly this text here.')).toEqual({ passage: 'Exactly this text here.', edits: 0 });
});

test('every quote of the seed files and of the ingest fixture passes', () => {
  const files = [...seedFilesIn(), path.join(PROJECT_ROOT, 'tests', 'fixtures', 'ingest', 'test-fixture-jane-roe.yaml')];
  const failing = files.flatMap((file) => {
    const seed = readSeedFile(file);
    const checkQuote = quoteChecker(seed.sourceText ?? "");
    return [...seed.data.nodes, ...seed.data.relationships].flatMap((item) => item.quotes ?? [])
      .filter((quote) => checkQuote(quote) !== null)
      .map((quote) => `${file}: ${quote}`);
  });
  expect(failing).toEqual([]);
});

test("every quote in the README's examples is long enough", () => {
  const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
  const quotes = [...readme.matchAll(/\\?"quote\\?":\s*\\?"((?:[^"\\]|\\[^"])+)\\?"/g)].map((m) => m[1]);
  expect(quotes.length).toBeGreaterThanOrEqual(3);
  expect(quotes.filter((quote) => wordCount(quote) < MIN_QUOTE_WORDS)).toEqual([]);
});
