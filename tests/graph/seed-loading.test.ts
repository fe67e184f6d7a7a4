/**
 * Loading seed files: idempotent, batched per file, and atomic: a broken file writes nothing and
 * says which file, where in it and why.
 */
import fs from 'node:fs';
import path from 'node:path';
import { normalizeForQuoteMatch } from '../../src/provenance/quotes';
import { loadSeedFiles } from '../../src/seed/load-seed';
import { SeedError } from '../../src/seed/seed-file';
import { emptyGraph, graphCounts, graphSnapshot, seededGraph, useTestDatabase } from '../support/neo4j';
import { distScript, startNode } from '../support/processes';
import { lineOf, SEED_FILE, SEED_TEXT, seedWith, writeSeedCopy } from '../support/seed-files';

const database = useTestDatabase({ seeded: false });

async function loadError(files: string[]): Promise<SeedError> {
  try {
    await loadSeedFiles(database(), files);
  } catch (error) {
    if (error instanceof SeedError) return error;
    throw error;
  }
  throw new Error('expected the seed files to be refused');
}

describe('loading the seed graph', () => {
  test('loads every node and relationship the file lists, each batch in one statement per kind', async () => {
    await emptyGraph(database());
    const [summary] = await loadSeedFiles(database(), [SEED_FILE]);
    const counts = await graphCounts(database());
    // The file's nodes plus its Source and the load's AuditEntry; its relationships plus the Source's PUBLISHED_BY.
    expect(counts).toEqual({ nodes: summary.nodes + 2, relationships: summary.relationships + 1 });
    expect(summary.nodes).toBe((SEED_TEXT.match(/^ {2}- label: /gm) ?? []).length);
    expect(summary.relationships).toBe((SEED_TEXT.match(/^ {2}- type: /gm) ?? []).length);
  });

  test('loading twice changes nothing: same nodes, relationships and properties', async () => {
    await seededGraph(database());
    const first = await graphSnapshot(database());
    await loadSeedFiles(database(), [SEED_FILE]);
    expect(await graphSnapshot(database())).toEqual(first);
  });

  test('the stored source text is the file in seed/sources, byte for byte', async () => {
    await seededGraph(database());
    const [row] = await database().read("MATCH (s:Source {id: 'females-in-motorsport-amber-balcaen-2023'}) RETURN s.text AS text, s.title AS title");
    const file = path.join(path.dirname(SEED_FILE), 'sources', 'females-in-motorsport-amber-balcaen-2023.txt');
    expect(row.text).toBe(fs.readFileSync(file, 'utf8'));
  });
});

/** `text` matched literally in a regular expression. */
const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Mike Balcaen's quote (nodes[1]), as the seed file has it.
const MIKE_QUOTE = 'Speed runs in Amber’s blood as, everyone on both sides of her family, raced: her grandfather, Lou Kennedy Sr., her cousin, her uncle and her dad, Mike Balcaen, who has won 56 track championships.';

describe('a broken seed file', () => {
  beforeEach(() => seededGraph(database()));

  const cases: { name: string; yaml: () => string; where: RegExp; reason: RegExp; line?: (yaml: string) => number }[] = [
    {
      name: 'a value outside an enumeration',
      yaml: () => seedWith('gender: female', 'gender: robot'),
      where: /nodes\[0\]\.gender/,
      reason: /Invalid option/i,
      line: (yaml) => lineOf(yaml, 'gender: robot'),
    },
    {
      name: 'a quote that is not in the source',
      yaml: () => seedWith('who has won 56 track championships.', 'who has won 57 track championships.'),
      where: /nodes\[1\]\.quotes\[0\]/,
      // The whole quote, then the passage of the source nearest it.
      reason: new RegExp(`quote "${escaped(normalizeForQuoteMatch(MIKE_QUOTE).replace('56', '57'))}" does not occur in sources/females-in-motorsport-amber-balcaen-2023\\.txt `
        + `\\(as whole words[^)]*\\); the closest passage of the text is "${escaped(normalizeForQuoteMatch(MIKE_QUOTE))}" \\(1 character inserted, deleted or changed\\)`),
    },
    {
      name: 'a one-word quote (a word of the text, but no excerpt that supports anything)',
      yaml: () => seedWith(`- "${MIKE_QUOTE}"`, '- "Mike"'),
      where: /nodes\[1\]\.quotes\[0\]/,
      reason: /quote "Mike" has 1 word; a quote must be an excerpt of at least 4 words/,
    },
    {
      name: 'a quote that starts in the middle of a word of the text',
      yaml: () => seedWith(`- "${MIKE_QUOTE}"`, '- "peed runs in Amber’s blood"'),
      where: /nodes\[1\]\.quotes\[0\]/,
      reason: /quote "peed runs in Amber's blood" does not occur in sources\/females-in-motorsport-amber-balcaen-2023\.txt \(as whole words.*the closest passage of the text is "Speed runs in Amber's blood"/,
    },
    {
      name: 'a quote that ends in the middle of a word of the text',
      yaml: () => seedWith(`- "${MIKE_QUOTE}"`, '- "who has won 56 track championship"'),
      where: /nodes\[1\]\.quotes\[0\]/,
      reason: /quote "who has won 56 track championship" does not occur in/,
    },
    {
      name: 'a relationship to a node that does not exist',
      yaml: () => seedWith('    from: mike-balcaen\n', '    from: mike-balcaen-typo\n'),
      where: /relationships\[\d+\]\.from/,
      reason: /no node with id "mike-balcaen-typo"/,
    },
    {
      name: 'a second season for one race (PART_OF_SEASON is many-to-one in the model)',
      yaml: () => seedWith(
        '  - type: PART_OF_SEASON\n    from: nascar-advance-auto-parts-weekly-series-2016-motor-mile-speedway\n',
        '  - type: PART_OF_SEASON\n    from: nascar-advance-auto-parts-weekly-series-2016-motor-mile-speedway\n    to: powri-midget-racing-series-2020\n    quotes: ["In 2016, Amber had her debut in NASCAR"]\n'
          + '  - type: PART_OF_SEASON\n    from: nascar-advance-auto-parts-weekly-series-2016-motor-mile-speedway\n',
      ),
      where: /relationships\[\d+\]/,
      reason: /"nascar-advance-auto-parts-weekly-series-2016-motor-mile-speedway" has one PART_OF_SEASON at most \(many-to-one\); relationships\[\d+\] already gives it one/,
    },
    {
      name: 'an unknown key (a typo that would drop a fact)',
      yaml: () => seedWith('    nationality: Canadian', '    nationalty: Canadian'),
      where: /nodes\[0\]/,
      reason: /the label Person has no property "nationalty": the graph model has no place for it/,
    },
    {
      name: 'invalid YAML',
      yaml: () => seedWith('nodes:\n', 'nodes:\n  - label: [unclosed\n'),
      where: /\(file\)/,
      reason: /not valid YAML/,
    },
  ];

  test.each(cases)('$name: refused with file, path and reason, and the graph is unchanged', async ({ yaml, where, reason, line }) => {
    const before = await graphSnapshot(database());
    const text = yaml();
    const file = writeSeedCopy(text);
    const error = await loadError([file]);
    expect(error.message).toContain('broken-source.yaml');
    expect(error.message).toMatch(where);
    expect(error.message).toMatch(reason);
    if (line) expect(error.message).toContain(`(line ${line(text)})`);
    expect(await graphSnapshot(database())).toEqual(before);
  });

  test('one broken file among good ones: nothing of any file is written', async () => {
    await emptyGraph(database());
    const good = writeSeedCopy(SEED_TEXT, 'a-good.yaml');
    const broken = writeSeedCopy(seedWith('points: 774', 'points: -774'), 'b-broken.yaml');
    const error = await loadError([good, broken]);
    expect(error.message).toMatch(/b-broken\.yaml: relationships\[\d+\]\.points/);
    expect(await graphCounts(database())).toEqual({ nodes: 0, relationships: 0 });
  });

  test('`npm run seed` with a broken file exits 1 with the message and changes nothing', async () => {
    const before = await graphSnapshot(database());
    const broken = writeSeedCopy(seedWith('gender: female', 'gender: robot'));
    const cli = startNode(distScript('cli/seed.js'), [broken], process.env);
    expect(await cli.exited).toBe(1);
    expect(cli.output()).toMatch(/broken-source\.yaml: nodes\[0\]\.gender \(line \d+\): Invalid option/);
    expect(cli.output()).toContain('nothing was written');
    expect(await graphSnapshot(database())).toEqual(before);
  }, 60_000);

  test('`npm run seed -- --reset` rebuilds the graph from the seed files', async () => {
    await database().write("CREATE (:Entity:Person {id: 'stray-person', name: 'Not In Any Source'})");
    const cli = startNode(distScript('cli/seed.js'), ['--reset'], process.env);
    expect(await cli.exited).toBe(0);
    expect(cli.output()).toMatch(/Loaded .*females-in-motorsport-amber-balcaen-2023\.yaml/);
    const stray = await database().read("MATCH (p:Person {id: 'stray-person'}) RETURN p");
    expect(stray).toEqual([]);
    await seededGraph(database());
  }, 60_000);
});
