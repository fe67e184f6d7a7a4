/**
 * The embedded Neo4j needs a JDK 17+ (to run it) and Maven 3.8+ (to fetch it once from Maven Central).
 * When either is missing we say exactly what to install, or how to use an existing Neo4j instead.
 */
import { spawnSync } from 'node:child_process';

export class PrerequisiteError extends Error {
  override name = 'PrerequisiteError';
}

const USE_YOUR_OWN = 'or set NEO4J_URI (with NEO4J_USER and NEO4J_PASSWORD) to use a Neo4j 5 server you already run';

function versionOf(command: string, args: string[]): string | undefined {
  const result = spawnSync(command, args, { encoding: 'utf8', env: process.env });
  if (result.error) return undefined;
  return `${result.stdout ?? ''}\n${result.stderr ?? ''}`;
}

/** Parses the major version from `java -version` output ("1.8.0_392" is Java 8, "17.0.15" is 17). */
export function javaMajorVersion(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

export function checkJava(): void {
  const output = versionOf('java', ['-version']);
  if (output === undefined) {
    throw new PrerequisiteError(
      `The embedded Neo4j needs Java 17 or newer, but no 'java' was found on PATH. ` +
        `Install a JDK 17+ (for example: apt-get install openjdk-17-jdk, brew install openjdk@17), ${USE_YOUR_OWN}.`,
    );
  }
  const major = javaMajorVersion(output);
  if (major === undefined || major < 17) {
    throw new PrerequisiteError(
      `The embedded Neo4j needs Java 17 or newer, but 'java -version' reports ${major ?? 'an unknown version'}. ` +
        `Install a JDK 17+ and put it first on PATH, ${USE_YOUR_OWN}.`,
    );
  }
}

export function checkMaven(): void {
  if (versionOf('mvn', ['-v']) === undefined) {
    throw new PrerequisiteError(
      `The embedded Neo4j is fetched from Maven Central on first use, but no 'mvn' was found on PATH. ` +
        `Install Maven 3.8+ (for example: apt-get install maven, brew install maven), ${USE_YOUR_OWN}.`,
    );
  }
}
