/**
 * Writing an export is all or nothing: a failure leaves no folder that looks like an export, an
 * earlier export is replaced whole, and a folder that is not an export is never touched.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MANIFEST_FILE, writeExport } from '../../src/export/write-export';

let parent: string;

beforeEach(() => {
  parent = fs.mkdtempSync(path.join(os.tmpdir(), 'pitlane-write-export-'));
});

afterEach(() => fs.rmSync(parent, { recursive: true, force: true }));

function filesUnder(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort();
}

test('writes the files and the manifest into a new folder, creating its parents', () => {
  const out = path.join(parent, 'exports', 'today');
  writeExport(out, [{ path: 'graph.graphml', contents: '<graphml/>' }, { path: 'nodes/Person.csv', contents: 'id\n' }], { format: 'test' });
  expect(filesUnder(out)).toEqual([MANIFEST_FILE, 'graph.graphml', path.join('nodes', 'Person.csv')].sort());
  expect(JSON.parse(fs.readFileSync(path.join(out, MANIFEST_FILE), 'utf8'))).toEqual({ format: 'test' });
  expect(fs.readdirSync(path.join(parent, 'exports'))).toEqual(['today']);
});

test('a failure half-way leaves neither the folder nor any partial files', () => {
  const out = path.join(parent, 'out');
  // The second file needs "a" to be a folder, but the first made it a file: writing fails there.
  const files = [{ path: 'a', contents: 'first' }, { path: 'a/b', contents: 'second' }];
  expect(() => writeExport(out, files, {})).toThrow(/ENOTDIR|EEXIST/);
  expect(fs.readdirSync(parent)).toEqual([]);
});

test('a failure while replacing an earlier export leaves the earlier one as it was', () => {
  const out = path.join(parent, 'out');
  writeExport(out, [{ path: 'graph.jsonld', contents: '{}' }], { format: 'jsonld' });
  expect(() => writeExport(out, [{ path: 'a', contents: '' }, { path: 'a/b', contents: '' }], {})).toThrow();
  expect(filesUnder(out)).toEqual([MANIFEST_FILE, 'graph.jsonld'].sort());
  expect(fs.readdirSync(parent)).toEqual(['out']);
});

test('an earlier export is replaced whole: none of its files remain', () => {
  const out = path.join(parent, 'out');
  writeExport(out, [{ path: 'nodes/Person.csv', contents: 'id\n' }], { format: 'csv' });
  writeExport(out, [{ path: 'graph.graphml', contents: '<graphml/>' }], { format: 'graphml' });
  expect(filesUnder(out)).toEqual([MANIFEST_FILE, 'graph.graphml'].sort());
  expect(fs.readdirSync(parent)).toEqual(['out']);
});

test('a folder with other files in it is refused and left untouched', () => {
  const out = path.join(parent, 'thesis');
  fs.mkdirSync(out);
  fs.writeFileSync(path.join(out, 'chapter-1.md'), 'keep me');
  expect(() => writeExport(out, [{ path: 'graph.graphml', contents: '' }], {})).toThrow(/is not an earlier export/);
  expect(filesUnder(out)).toEqual(['chapter-1.md']);
  expect(fs.readdirSync(parent)).toEqual(['thesis']);
});

test('an empty folder is used as it is', () => {
  const out = path.join(parent, 'empty');
  fs.mkdirSync(out);
  writeExport(out, [{ path: 'graph.jsonld', contents: '{}' }], {});
  expect(filesUnder(out)).toEqual([MANIFEST_FILE, 'graph.jsonld'].sort());
});

test('a file path that would leave the folder is refused', () => {
  expect(() => writeExport(path.join(parent, 'out'), [{ path: '../escaped', contents: '' }], {})).toThrow(/outside the export folder/);
  expect(fs.readdirSync(parent)).toEqual([]);
});
