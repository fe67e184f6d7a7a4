/**
 * Where the browser tests find Chromium, and what to say when it is not there. `CHROMIUM_PATH`
 * overrides Debian's /usr/bin/chromium. Without a browser the browser tests are skipped, with one
 * line saying so at the end of the run, unless `REQUIRE_BROWSER=1` (CI): then they fail with it.
 */
import fs from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** The Chromium (or Chrome) binary the browser tests drive. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH?.trim() || DEFAULT_CHROMIUM;
}

export function browserRequired(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.REQUIRE_BROWSER === '1' || env.REQUIRE_BROWSER?.toLowerCase() === 'true';
}

function isExecutableFile(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Undefined when the browser is there; else the line that says what is missing and how to install it. */
export function missingBrowser(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const chromium = chromiumPath(env);
  if (isExecutableFile(chromium)) return undefined;
  const where = env.CHROMIUM_PATH?.trim() ? `CHROMIUM_PATH=${chromium}` : chromium;
  const consequence = browserRequired(env) ? 'REQUIRE_BROWSER=1, so the browser tests fail' : 'the explorer\'s browser tests were SKIPPED';
  return (
    `No Chromium at ${where}: ${consequence}. ` +
    `Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.`
  );
}
