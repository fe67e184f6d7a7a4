/**
 * The note a running embedded Neo4j leaves in its data folder: its Bolt address and the pids of
 * its JVM and of the process that started it. Command-line tools read it to use the server that
 * already holds the store instead of starting a second one (which the store lock forbids). It is
 * written once the server is ready and removed when its JVM exits; a note whose JVM is gone (its
 * parent was killed before it could clean up) is stale and ignored.
 */
import fs from 'node:fs';
import path from 'node:path';

export const SERVER_FILE = 'pitlane-neo4j.json';

export interface ServerNote {
  /** bolt://127.0.0.1:<port> */
  uri: string;
  /** The JVM that serves it. */
  pid: number;
  /** The Node process that started (and supervises) it. */
  ownerPid: number;
}

export function serverFilePath(dataDir: string): string {
  return path.join(dataDir, SERVER_FILE);
}

export function writeServerNote(dataDir: string, note: ServerNote): void {
  const file = serverFilePath(dataDir);
  const partial = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(partial, `${JSON.stringify(note)}\n`);
  fs.renameSync(partial, file);
}

/** Removes the note if it still describes the JVM `pid` (a restarted server may have replaced it). */
export function removeServerNote(dataDir: string, pid: number): void {
  if (readServerNote(dataDir)?.pid === pid) fs.rmSync(serverFilePath(dataDir), { force: true });
}

export function readServerNote(dataDir: string): ServerNote | undefined {
  let text: string;
  try {
    text = fs.readFileSync(serverFilePath(dataDir), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const note = JSON.parse(text) as Partial<ServerNote>;
    if (typeof note.uri === 'string' && Number.isInteger(note.pid) && Number.isInteger(note.ownerPid)) return note as ServerNote;
  } catch {
    // A torn or foreign file says nothing we can use.
  }
  return undefined;
}

/**
 * Whether the JVM the note names still runs: the pid exists and, where /proc tells us, its command
 * line is a java process on this data folder (a recycled pid is some other program).
 */
export function isNotedJvmRunning(note: ServerNote, dataDir: string): boolean {
  try {
    process.kill(note.pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const commandLine = fs.readFileSync(`/proc/${note.pid}/cmdline`, 'utf8');
    return commandLine.includes('java') && commandLine.includes(dataDir);
  } catch {
    return true; // no /proc (macOS): trust the pid
  }
}

/** The note of a server that may be running, after removing a stale one. */
export function liveServerNote(dataDir: string): ServerNote | undefined {
  const note = readServerNote(dataDir);
  if (!note) return undefined;
  if (isNotedJvmRunning(note, dataDir)) return note;
  fs.rmSync(serverFilePath(dataDir), { force: true });
  return undefined;
}
