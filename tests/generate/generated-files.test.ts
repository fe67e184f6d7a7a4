/**
 * The committed generated files (docs/MODEL.md, schema/schema.graphql) are what the graph model
 * generates: change the model, then run `npm run generate`. (The SDL is also checked against what
 * the server serves, in tests/api/schema-sdl.test.ts.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config/config';
import { GENERATED_FILES, staleFiles, writeGeneratedFiles } from '../../src/generate/generated-files';
import { GRAPH_MODEL } from '../../src/model/graph-model';

test('every committed generated file is what the model generates', async () => {
  expect(GENERATED_FILES.map((file) => file.path)).toEqual(['docs/MODEL.md', 'schema/schema.graphql']);
  const stale = await staleFiles(PROJECT_ROOT, GRAPH_MODEL);
  expect(stale.map((file) => `${file} differs from what the graph model generates: run \`npm run generate\` and commit it`)).toEqual([]);
});

test('a generated file edited by hand, or missing, is stale until generated again', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pitlane-generate-'));
  try {
    const docsOnly = GENERATED_FILES.filter((file) => file.path === 'docs/MODEL.md');
    expect(await staleFiles(root, GRAPH_MODEL, docsOnly)).toEqual(['docs/MODEL.md']);
    expect(await writeGeneratedFiles(root, GRAPH_MODEL, docsOnly)).toEqual(['docs/MODEL.md']);
    expect(await staleFiles(root, GRAPH_MODEL, docsOnly)).toEqual([]);
    fs.appendFileSync(path.join(root, 'docs', 'MODEL.md'), 'An edit by hand.\n');
    expect(await staleFiles(root, GRAPH_MODEL, docsOnly)).toEqual(['docs/MODEL.md']);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
