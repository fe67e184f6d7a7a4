/**
 * Resolves Neo4j from Maven Central and compiles the one-class launcher in `neo4j-launcher/`.
 * Runs Maven only when the launcher's sources are newer than what it built last time.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../config/config';
import { checkJava, checkMaven } from './prerequisites';

export const LAUNCHER_DIR = path.join(PROJECT_ROOT, 'neo4j-launcher');
export const LAUNCHER_MAIN_CLASS = 'graph.pitlane.launcher.EmbeddedNeo4j';
const CLASSES_DIR = path.join(LAUNCHER_DIR, 'target', 'classes');
const CLASSPATH_FILE = path.join(LAUNCHER_DIR, 'target', 'classpath.txt');
const SOURCES = [
  path.join(LAUNCHER_DIR, 'pom.xml'),
  path.join(LAUNCHER_DIR, 'src', 'main', 'java', 'graph', 'pitlane', 'launcher', 'EmbeddedNeo4j.java'),
];

export type Say = (line: string) => void;

function modifiedAt(file: string): number {
  return fs.existsSync(file) ? fs.statSync(file).mtimeMs : -1;
}

function isUpToDate(): boolean {
  const built = modifiedAt(CLASSPATH_FILE);
  return built > 0 && fs.existsSync(CLASSES_DIR) && SOURCES.every((source) => modifiedAt(source) <= built);
}

function runMaven(say: Say): Promise<void> {
  say('Preparing the embedded Neo4j: Maven resolves Neo4j Community 5.26 from Maven Central.');
  say('On first use this downloads about 100 MB into ~/.m2; later starts reuse it.');
  const args = ['-B', '-f', path.join(LAUNCHER_DIR, 'pom.xml'), 'compile', 'dependency:build-classpath',
    `-Dmdep.outputFile=${CLASSPATH_FILE}`];
  return new Promise((resolve, reject) => {
    const maven = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let downloaded = 0;
    const tail: string[] = [];
    const onLine = (line: string): void => {
      tail.push(line);
      if (tail.length > 40) tail.shift();
      // Maven in batch mode prints one line per artifact; we turn them into a running count.
      if (line.startsWith('Downloaded from')) {
        downloaded += 1;
        if (downloaded % 50 === 0) say(`  ... ${downloaded} artifacts downloaded`);
      }
    };
    let pending = '';
    const onData = (chunk: Buffer): void => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      lines.forEach(onLine);
    };
    maven.stdout.on('data', onData);
    maven.stderr.on('data', onData);
    maven.on('error', reject);
    maven.on('close', (code) => {
      if (code === 0) {
        if (downloaded > 0) say(`  ${downloaded} artifacts downloaded; the embedded Neo4j is ready to start.`);
        resolve();
      } else {
        reject(new Error(`Maven could not prepare the embedded Neo4j (exit code ${code}). Last lines:\n${tail.join('\n')}`));
      }
    });
  });
}

/** Returns the Java classpath of the launcher, building it first when needed. */
export async function ensureLauncherBuilt(say: Say): Promise<string> {
  checkJava();
  if (!isUpToDate()) {
    checkMaven();
    await runMaven(say);
  }
  const dependencies = fs.readFileSync(CLASSPATH_FILE, 'utf8').trim();
  return [CLASSES_DIR, dependencies].filter(Boolean).join(path.delimiter);
}
