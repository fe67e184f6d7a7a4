/**
 * The migrations in cypher/migrations/, named as neo4j-migrations names them:
 * `V<version>__<Description>.cypher` (V0002__Drop_old_search_index.cypher is version 2, "Drop old
 * search index"). A migration's version is the graph model's version it brings a database to.
 * Statements are separated by semicolons at line ends; `//` lines are comments.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CYPHER_DIR, splitStatements } from '../cypher-files';

export const MIGRATIONS_DIR = path.join(CYPHER_DIR, 'migrations');

const MIGRATION_FILE = /^V(\d+)__([A-Za-z0-9_-]+)\.cypher$/;

export interface MigrationFile {
  version: number;
  description: string;
  /** The file name, as recorded in the database. */
  file: string;
  /** SHA-256 of the text (line endings normalised): an applied migration's file must not change. */
  checksum: string;
  statements: string[];
}

export function checksumOf(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n/g, '\n')).digest('hex');
}

/** The migrations of a folder in version order; refuses a misnamed file or a version given twice. */
export function readMigrations(directory: string = MIGRATIONS_DIR): MigrationFile[] {
  const files = fs.readdirSync(directory).filter((file) => file.endsWith('.cypher')).sort();
  const migrations = files.map((file): MigrationFile => {
    const match = MIGRATION_FILE.exec(file);
    if (!match) {
      throw new Error(`${path.join(path.relative(process.cwd(), directory), file)}: a migration is named V<version>__<Description>.cypher (e.g. V0002__Drop_old_index.cypher)`);
    }
    const text = fs.readFileSync(path.join(directory, file), 'utf8');
    return { version: Number(match[1]), description: match[2].replace(/_/g, ' '), file, checksum: checksumOf(text), statements: splitStatements(text) };
  });
  migrations.sort((a, b) => a.version - b.version);
  const twice = migrations.filter((migration, i) => i > 0 && migrations[i - 1].version === migration.version);
  if (twice.length > 0) throw new Error(`Two migrations have version ${twice[0].version}: ${migrations.filter((m) => m.version === twice[0].version).map((m) => m.file).join(', ')}`);
  return migrations;
}
