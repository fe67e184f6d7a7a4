/**
 * A fingerprint of the graph model's declaration, to catch a model change that comes without its
 * migration: cypher/migrations/model-versions.json maps each model version to the hash of the
 * model it names, and a test (tests/db/model-version.test.ts) compares GRAPH_MODEL's with it.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { GraphModel } from '../../model/declaration';
import { canonicalJson } from '../canonical-json';
import { MIGRATIONS_DIR } from './migration-files';

export const MODEL_VERSIONS_FILE = path.join(MIGRATIONS_DIR, 'model-versions.json');

export function modelHash(model: GraphModel): string {
  return createHash('sha256').update(canonicalJson(model)).digest('hex');
}

/** The recorded hash of each model version. */
export function recordedModelHashes(file: string = MODEL_VERSIONS_FILE): Record<string, string> {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
}
