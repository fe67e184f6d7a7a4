/**
 * A source as CSL-JSON and BibTeX: every field the source has, none it lacks, the CSL type of its
 * kind, partial dates as precise as they are, and BibTeX that a BibTeX reader reads back.
 * The sources here are made up for the test (invented titles and addresses), not facts of the graph.
 */
import { Cite } from '@citation-js/core';
import { SOURCE_KIND } from '../../src/model/graph-model';
import { bibtex, CitableSource, CSL_TYPE_OF_KIND, cslDate, cslItem, cslJson, cslJsonList } from '../../src/provenance/source-citation';

/** A cited encyclopedia entry with every property a source can have (invented for the test). */
const FULL: CitableSource = {
  id: 'test-fixture-encyclopedia-jane-roe',
  title: 'Jane Roe (racing driver)',
  kind: 'encyclopedia',
  published: '2024-05-02',
  url: 'https://encyclopedia.example.org/wiki/Jane_Roe',
  retrieved: '2026-11-30',
  licence: 'CC BY-SA 4.0',
  authors: ['Encyclopedia contributors'],
  publisher: 'Example Encyclopedia',
};

/** A stored interview with only what every source has. */
const BARE: CitableSource = { id: 'test-fixture-interview', title: 'Jane Roe on her first season', kind: 'interview' };

/** The variables csl-data.json (CSL 1.0.2) allows on an item that this module may write, and its item types. */
const CSL_VARIABLES = ['id', 'type', 'title', 'author', 'container-title', 'publisher', 'issued', 'accessed', 'URL', 'custom'];
const CSL_ITEM_TYPES = [
  'article', 'article-journal', 'article-magazine', 'article-newspaper', 'book', 'dataset', 'document', 'entry',
  'entry-dictionary', 'entry-encyclopedia', 'interview', 'post', 'post-weblog', 'report', 'webpage',
];

test('every source kind of the model has a CSL type of its own, one csl-data.json knows', () => {
  for (const kind of SOURCE_KIND.values) {
    expect([kind, CSL_ITEM_TYPES.includes(CSL_TYPE_OF_KIND[kind])]).toEqual([kind, true]);
  }
  expect(CSL_TYPE_OF_KIND).toMatchObject({
    interview: 'interview', article: 'article-magazine', news: 'article-newspaper', encyclopedia: 'entry-encyclopedia',
    webpage: 'webpage', profile: 'webpage', book: 'book', 'results-table': 'dataset', other: 'document',
  });
});

test('a source with every property: each one in its CSL variable', () => {
  expect(cslItem(FULL)).toEqual({
    id: 'test-fixture-encyclopedia-jane-roe',
    type: 'entry-encyclopedia',
    title: 'Jane Roe (racing driver)',
    author: [{ literal: 'Encyclopedia contributors' }],
    'container-title': 'Example Encyclopedia',
    publisher: 'Example Encyclopedia',
    issued: { 'date-parts': [[2024, 5, 2]] },
    accessed: { 'date-parts': [[2026, 11, 30]] },
    URL: 'https://encyclopedia.example.org/wiki/Jane_Roe',
    custom: { licence: 'CC BY-SA 4.0' },
  });
  expect(JSON.parse(cslJson(FULL))).toEqual(cslItem(FULL));
});

test('a source with only a title and a kind: nothing else is written, no date, no author', () => {
  expect(cslItem(BARE)).toEqual({ id: 'test-fixture-interview', type: 'interview', title: 'Jane Roe on her first season' });
  expect(cslItem({ ...BARE, authors: [], published: null, url: null, retrieved: null, licence: null, publisher: null }))
    .toEqual(cslItem(BARE));
  for (const item of [cslItem(FULL), cslItem(BARE)]) {
    expect(Object.keys(item).filter((key) => !CSL_VARIABLES.includes(key))).toEqual([]);
  }
});

test('the publisher is the container only of what appears in an outlet', () => {
  expect(cslItem({ ...BARE, kind: 'book', publisher: 'Example Press' })).toEqual({
    id: 'test-fixture-interview', type: 'book', title: 'Jane Roe on her first season', publisher: 'Example Press',
  });
  expect(cslItem({ ...BARE, kind: 'news', publisher: 'The Example Times' }))
    .toMatchObject({ type: 'article-newspaper', 'container-title': 'The Example Times', publisher: 'The Example Times' });
  expect(cslItem({ ...BARE, kind: 'results-table', publisher: 'Example Series' })).not.toHaveProperty('container-title');
});

test('partial dates keep their precision', () => {
  expect(cslDate('2023')).toEqual({ 'date-parts': [[2023]] });
  expect(cslDate('2023-04')).toEqual({ 'date-parts': [[2023, 4]] });
  expect(cslDate('2023-04-22')).toEqual({ 'date-parts': [[2023, 4, 22]] });
  expect(cslDate('April 2023')).toBeNull();
  expect(cslItem({ ...BARE, published: '2023' }).issued).toEqual({ 'date-parts': [[2023]] });
});

test('a list of sources is a CSL-JSON array', () => {
  expect(JSON.parse(cslJsonList([FULL, BARE]))).toEqual([cslItem(FULL), cslItem(BARE)]);
});

test('BibTeX: one entry per source, keyed by its id, with what it has', () => {
  const text = bibtex([FULL, BARE]);
  expect(text).toMatch(/^@misc\{test-fixture-encyclopedia-jane-roe,$/m);
  expect(text).toMatch(/^@misc\{test-fixture-interview,$/m);
  const [full, bare] = text.split(/^@/m).filter(Boolean);
  expect(full).toContain('author = {{Encyclopedia contributors}}');
  expect(full).toContain('year = {2024}');
  expect(full).toContain('publisher = {Example Encyclopedia}');
  expect(full).toContain('url = {https://encyclopedia.example.org/wiki/Jane_Roe}');
  expect(full).toContain('accessed 2026-11-30');
  // Absent stays absent.
  expect(bare).not.toMatch(/year|author|url|publisher|note/);
  expect(bibtex([])).toBe('');
});

test('BibTeX reads back (citation.js as a BibTeX reader): ids, titles, addresses, years', () => {
  const tricky: CitableSource = { ...BARE, id: 'test-fixture-tricky', kind: 'article', title: 'Speed & {braces}: 100% $pure$ racing', published: '2019-07' };
  const read = new Cite(bibtex([FULL, tricky])).format('data', { format: 'object' }) as unknown as Record<string, unknown>[];
  expect(read.map((item) => item.id)).toEqual(['test-fixture-encyclopedia-jane-roe', 'test-fixture-tricky']);
  expect(read.map((item) => item.title)).toEqual([FULL.title, tricky.title]);
  expect(read[0].URL).toBe(FULL.url);
  expect(read[1].issued).toEqual({ 'date-parts': [[2019, 7]] });
});
