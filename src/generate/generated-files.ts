/**
 * Every committed file that is generated from the graph model, and how: `npm run generate` writes
 * them, `npm run generate -- --check` and a test (tests/generate/) fail while one is stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { printSchema } from 'graphql';
import { GraphModel } from '../model/declaration';
import { buildGraphSchema } from '../graph/schema';
import { modelMarkdown } from './model-markdown';

export interface GeneratedFile {
  /** Relative to the project root, with forward slashes. */
  path: string;
  contents(model: GraphModel): Promise<string>;
}

export const GENERATED_FILES: readonly GeneratedFile[] = [
  { path: 'docs/MODEL.md', contents: async (model) => modelMarkdown(model) },
  // The SDL the server serves; buildGraphSchema derives it from the model the application uses.
  { path: 'schema/schema.graphql', contents: async () => `${printSchema(await buildGraphSchema())}\n` },
];

/** The generated files whose committed text differs from what the model generates (missing ones too). */
export async function staleFiles(root: string, model: GraphModel, files: readonly GeneratedFile[] = GENERATED_FILES): Promise<string[]> {
  const stale: string[] = [];
  for (const file of files) {
    const target = path.join(root, file.path);
    const committed = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined;
    if (committed !== (await file.contents(model))) stale.push(file.path);
  }
  return stale;
}

/** Writes every generated file; returns the ones that changed. */
export async function writeGeneratedFiles(root: string, model: GraphModel, files: readonly GeneratedFile[] = GENERATED_FILES): Promise<string[]> {
  const changed = await staleFiles(root, model, files);
  for (const file of files.filter((candidate) => changed.includes(candidate.path))) {
    const target = path.join(root, file.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, await file.contents(model));
  }
  return changed;
}
