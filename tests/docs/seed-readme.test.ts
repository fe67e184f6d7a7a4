/**
 * seed/README.md's "Adding a source" stays true: it walks through the ingest path (a dry run that
 * shows the diff, then --apply), and every command and option it names exists.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config/config';
import { distScript, startNode } from '../support/processes';

const README = fs.readFileSync(path.join(PROJECT_ROOT, 'seed', 'README.md'), 'utf8');
const SECTION = README.split(/^## Adding a source$/m)[1]?.split(/^## /m)[0] ?? '';
const SCRIPTS = Object.keys((JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: object }).scripts);

test('adding a source: a dry run of the ingest, then --apply', () => {
  expect(SECTION).toContain('npm run ingest -- seed/<source-id>.yaml\n');
  expect(SECTION).toContain('npm run ingest -- seed/<source-id>.yaml --apply');
  expect(SECTION.indexOf('--apply')).toBeGreaterThan(SECTION.indexOf('npm run ingest -- seed/<source-id>.yaml\n'));
  expect(SECTION).not.toMatch(/npm run seed -- seed\//);
});

test('every npm script and ingest option the section names exists', async () => {
  const named = [...SECTION.matchAll(/npm run ([\w-]+)/g)].map((m) => m[1]);
  expect(named).toContain('ingest');
  expect(named.filter((script) => !SCRIPTS.includes(script))).toEqual([]);
  const help = startNode(distScript('cli/ingest.js'), ['--help'], process.env);
  expect(await help.exited).toBe(0);
  const options = [...SECTION.matchAll(/`(--[a-z-]+)/g)].map((m) => m[1]).filter((o) => o !== '--reset');
  expect(options.length).toBeGreaterThanOrEqual(2);
  expect(options.filter((option) => !help.output().includes(option))).toEqual([]);
}, 60_000);
