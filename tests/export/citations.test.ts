/**
 * `--format citations`: sources.csl.json (a CSL-JSON array) and sources.bib (BibTeX), one entry per
 * source the export cites: every source of the whole graph; in a subgraph, the sources of its
 * provenance and of its claims. Entries say what the graph holds of each source and nothing more.
 *
 * The graph is the seed graph with the invented claims fixtures (tests/fixtures/claims/) loaded on
 * top: a stored source (the almanac) and two cited ones (the encyclopedia, the gazette), whose
 * entries are expected to say what their fixture files say.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Cite } from '@citation-js/core';
import { BIBTEX_FILE, CSL_FILE } from '../../src/export/citations';
import { exportGraph } from '../../src/export/export-graph';
import { loadSeedFiles } from '../../src/seed/load-seed';
import { ALMANAC, CLAIMS_FIXTURES, ENCYCLOPEDIA, GAZETTE, IDA, LOAD_TIMEOUT_MS } from '../support/claims-fixtures';
import { useTestDatabase } from '../support/neo4j';

const database = useTestDatabase();

let parent: string;

interface Exported {
  files: string[];
  csl: Record<string, any>[];
  bib: string;
}

async function citations(options: { fromId?: string; depth?: number } = {}): Promise<Exported> {
  const outDir = path.join(parent, options.fromId ?? 'all');
  const summary = await exportGraph(database(), { format: 'citations', outDir, ...options });
  return {
    files: summary.files,
    csl: JSON.parse(fs.readFileSync(path.join(outDir, CSL_FILE), 'utf8')),
    bib: fs.readFileSync(path.join(outDir, BIBTEX_FILE), 'utf8'),
  };
}

beforeAll(async () => {
  parent = fs.mkdtempSync(path.join(os.tmpdir(), 'pitlane-export-citations-'));
  await loadSeedFiles(database(), CLAIMS_FIXTURES);
}, LOAD_TIMEOUT_MS);

afterAll(() => fs.rmSync(parent, { recursive: true, force: true }));

test('the whole graph: every source, once, in CSL-JSON and in BibTeX, keyed by its id', async () => {
  const { files, csl, bib } = await citations();
  expect(files).toEqual([CSL_FILE, BIBTEX_FILE, 'export-manifest.json']);
  const ids = (await database().read('MATCH (s:Source) RETURN s.id AS id ORDER BY id')).map((row) => row.id);
  expect(ids).toEqual(expect.arrayContaining([ALMANAC, ENCYCLOPEDIA, GAZETTE]));
  expect(csl.map((item) => item.id)).toEqual(ids);
  const readBack = new Cite(bib).format('data', { format: 'object' }) as unknown as { id: string; title: string }[];
  expect(readBack.map((item) => item.id)).toEqual(ids);
  const titles = new Map((await database().read('MATCH (s:Source) RETURN s.id AS id, s.title AS title')).map((row) => [row.id, row.title]));
  for (const item of readBack) expect(item.title).toBe(titles.get(item.id));
});

test('a cited source with its address, dates, licence and publisher; absent fields (no authors) stay absent', async () => {
  const { csl, bib } = await citations();
  // tests/fixtures/claims/test-claims-encyclopedia.yaml: an encyclopedia, `authors: []`.
  expect(csl.find((item) => item.id === ENCYCLOPEDIA)).toEqual({
    id: ENCYCLOPEDIA,
    type: 'entry-encyclopedia',
    title: 'Test fixture: Rita Fast in the Example Encyclopedia',
    'container-title': 'Test Fixture Encyclopedia',
    publisher: 'Test Fixture Encyclopedia',
    issued: { 'date-parts': [[2023, 6]] },
    accessed: { 'date-parts': [[2024, 3, 1]] },
    URL: 'https://encyclopedia.example/wiki/Rita_Fast',
    custom: { licence: 'CC BY-SA 4.0' },
  });
  expect(bib).toContain(`{${ENCYCLOPEDIA},`);
});

test('a cited source with its authors and no licence', async () => {
  const { csl, bib } = await citations();
  // tests/fixtures/claims/test-claims-gazette.yaml: news, one author, no licence.
  expect(csl.find((item) => item.id === GAZETTE)).toEqual({
    id: GAZETTE,
    type: 'article-newspaper',
    title: 'Test fixture: Valley 200 report in the Example Gazette',
    author: [{ literal: 'A. N. Example' }],
    'container-title': 'Test Fixture Gazette',
    publisher: 'Test Fixture Gazette',
    issued: { 'date-parts': [[2023, 6]] },
    accessed: { 'date-parts': [[2024, 2, 10]] },
    URL: 'https://gazette.example/2023/06/valley-200-look-back',
  });
  expect(bib).toContain(`{${GAZETTE},`);
  expect(bib).toContain('https://gazette.example/2023/06/valley-200-look-back');
});

test('a stored source: what its file says, and no address, access date, author or licence', async () => {
  const { csl, bib } = await citations();
  // tests/fixtures/claims/test-claims-almanac.yaml: a book, published 2020, its text stored.
  expect(csl.find((item) => item.id === ALMANAC)).toEqual({
    id: ALMANAC,
    type: 'book',
    title: 'Test fixture: the Example Racing Almanac',
    publisher: 'Test Fixture Almanac Publisher',
    issued: { 'date-parts': [[2020]] },
  });
  expect(bib).toContain(`@book{${ALMANAC},`);
});

test('a subgraph: the sources its facts and claims cite', async () => {
  const { csl } = await citations({ fromId: 'amber-balcaen', depth: 1 });
  const [{ sources }] = await database().read(
    `MATCH (a:Entity {id: 'amber-balcaen'})-[r]-(b:Entity)
     WITH collect(DISTINCT a) + collect(DISTINCT b) AS nodes, collect(r) AS rels
     UNWIND nodes + rels AS element
     UNWIND coalesce(element.sources, []) AS source
     RETURN collect(DISTINCT source) AS sources`,
  );
  const ids = csl.map((item) => item.id);
  expect(ids).toEqual(expect.arrayContaining(sources as string[]));
  expect([...ids].sort()).toEqual(ids);
  // None of the fixture sources says anything about her.
  expect(ids).not.toContain(ALMANAC);
  expect(ids).not.toContain(ENCYCLOPEDIA);
  expect(ids).not.toContain(GAZETTE);
});

test("a subgraph of a fixture person: exactly the sources of her facts and claims (the almanac's and the gazette's)", async () => {
  // Ida Slow is in the almanac and the gazette, not in the encyclopedia.
  const { csl } = await citations({ fromId: IDA, depth: 1 });
  expect(csl.map((item) => item.id)).toEqual([ALMANAC, GAZETTE]);
});
