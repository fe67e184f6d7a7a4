/**
 * `--format citations`: sources.csl.json (a CSL-JSON array) and sources.bib (BibTeX), one entry per
 * source the export cites: every source of the whole graph; in a subgraph, the sources of its
 * provenance and of its claims. Entries say what the graph holds of each source and nothing more.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Cite } from '@citation-js/core';
import { BIBTEX_FILE, CSL_FILE } from '../../src/export/citations';
import { exportGraph } from '../../src/export/export-graph';
import { addClaimFixtures, CITED_SOURCE, CITED_SOURCE_DETAILS, FixtureClaims } from '../support/claim-fixtures';
import { useTestDatabase } from '../support/neo4j';

const database = useTestDatabase();

let parent: string;
let fixtures: FixtureClaims;

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
  fixtures = await addClaimFixtures(database(), { details: true });
});

afterAll(() => fs.rmSync(parent, { recursive: true, force: true }));

test('the whole graph: every source, once, in CSL-JSON and in BibTeX, keyed by its id', async () => {
  const { files, csl, bib } = await citations();
  expect(files).toEqual([CSL_FILE, BIBTEX_FILE, 'export-manifest.json']);
  const ids = (await database().read('MATCH (s:Source) RETURN s.id AS id ORDER BY id')).map((row) => row.id);
  expect(csl.map((item) => item.id)).toEqual(ids);
  const readBack = new Cite(bib).format('data', { format: 'object' }) as unknown as { id: string; title: string }[];
  expect(readBack.map((item) => item.id)).toEqual(ids);
  const titles = new Map((await database().read('MATCH (s:Source) RETURN s.id AS id, s.title AS title')).map((row) => [row.id, row.title]));
  for (const item of readBack) expect(item.title).toBe(titles.get(item.id));
});

test('a cited source with its authors, address, dates, licence and publisher; the seed source as the graph has it', async () => {
  const { csl, bib } = await citations();
  const [{ publisher }] = await database().read('MATCH (:Source {id: $id})-[:PUBLISHED_BY]->(p) RETURN p.name AS publisher', { id: CITED_SOURCE.id });
  expect(csl.find((item) => item.id === CITED_SOURCE.id)).toEqual({
    id: CITED_SOURCE.id,
    type: 'document',
    title: CITED_SOURCE.title,
    author: CITED_SOURCE_DETAILS.authors.map((literal) => ({ literal })),
    publisher,
    accessed: { 'date-parts': [[2026, 11, 30]] },
    URL: CITED_SOURCE.url,
    custom: { licence: CITED_SOURCE_DETAILS.licence },
  });
  expect(bib).toContain(`@misc{${CITED_SOURCE.id},`);
  const [seed] = await database().read('MATCH (s:Source {id: $id}) RETURN s.published AS published, s.url AS url', { id: fixtures.storedSource });
  const item = csl.find((candidate) => candidate.id === fixtures.storedSource)!;
  expect(item.issued?.['date-parts'][0].join('-')).toBe(seed.published === null ? undefined : String(seed.published).split('-').map(Number).join('-'));
  expect(item.URL).toBe(seed.url ?? undefined);
  expect(item).not.toHaveProperty('accessed');
});

test('a subgraph: the sources its facts and claims cite', async () => {
  const { csl } = await citations({ fromId: 'amber-balcaen', depth: 1 });
  const cited = await database().read(
    `MATCH (a:Entity {id: 'amber-balcaen'})-[r]-(b:Entity)
     WITH collect(DISTINCT a) + collect(DISTINCT b) AS nodes, collect(r) AS rels
     UNWIND nodes + rels AS element
     UNWIND coalesce(element.sources, []) AS source
     RETURN collect(DISTINCT source) AS sources`,
  );
  const ids = csl.map((item) => item.id);
  expect(ids).toEqual(expect.arrayContaining([...(cited[0].sources as string[]), CITED_SOURCE.id]));
  expect([...ids].sort()).toEqual(ids);
});
