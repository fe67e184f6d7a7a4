/**
 * `npm run schema`: writes schema/schema.graphql from the type-graphql classes. The file is
 * committed; a test fails when it differs from what the server serves.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { printSchema } from 'graphql';
import { PROJECT_ROOT } from '../config/config';
import { buildGraphSchema } from '../graph/schema';
import { runCli } from './run-cli';

export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'schema', 'schema.graphql');

runCli(async () => {
  const sdl = printSchema(await buildGraphSchema());
  fs.mkdirSync(path.dirname(SCHEMA_FILE), { recursive: true });
  fs.writeFileSync(SCHEMA_FILE, `${sdl}\n`);
  process.stdout.write(`Wrote ${path.relative(process.cwd(), SCHEMA_FILE)}.\n`);
});
