/**
 * The migration runner's bookkeeping (migrate.ts): one :__PitlaneMigration node per applied
 * migration, and one :__PitlaneMigrationLock node while a process migrates. Neither carries
 * :Entity, so the knowledge graph, its exports and its searches never see them.
 */
import { MIGRATION_LABEL, MIGRATION_LOCK_LABEL } from '../schema-declaration';

export const APPLIED_MIGRATIONS = `
MATCH (m:${MIGRATION_LABEL})
RETURN m.version AS version, m.description AS description, m.file AS file, m.checksum AS checksum,
       toString(m.installedOn) AS installedOn, m.installedBy AS installedBy
ORDER BY version`;

export const RECORD_MIGRATION = `
CREATE (:${MIGRATION_LABEL} {
  version: $version, description: $description, file: $file, checksum: $checksum,
  installedOn: datetime(), installedBy: $installedBy, executionTimeMs: $executionTimeMs
})`;

/** Fails on the lock's uniqueness constraint while another process holds it. */
export const TAKE_LOCK = `
CREATE (:${MIGRATION_LOCK_LABEL} {id: 'lock', owner: $owner, since: datetime()})`;

export const RELEASE_LOCK = `
MATCH (lock:${MIGRATION_LOCK_LABEL} {id: 'lock', owner: $owner})
DELETE lock`;

export const LOCK_HOLDER = `
MATCH (lock:${MIGRATION_LOCK_LABEL} {id: 'lock'})
RETURN lock.owner AS owner, toString(lock.since) AS since`;

/** `npm run migrate -- --unlock`: removes a lock its process left behind (it died while migrating). */
export const BREAK_LOCK = `
MATCH (lock:${MIGRATION_LOCK_LABEL})
DELETE lock
RETURN count(lock) AS removed`;
