/**
 * Part of `npm run build`: builds the explorer (the page served at /explore) into dist/explorer/.
 * Its browser code is compiled on its own (tsconfig.explorer.json: DOM library, ES modules), and
 * its page and stylesheet are copied next to it, because tsc only emits what it compiles. The
 * server's build runs first (this file is part of it).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/config';
import { runCli } from './run-cli';

// The outDir of tsconfig.explorer.json, which src/server/explorer.ts serves.
const EXPLORER_BUILD_DIR = path.join(PROJECT_ROOT, 'dist', 'explorer');
const PAGE_SOURCE_DIR = path.join(PROJECT_ROOT, 'src', 'explorer', 'public');
const TSC = path.join(PROJECT_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

runCli(async () => {
  execFileSync(process.execPath, [TSC, '-p', 'tsconfig.explorer.json'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  fs.cpSync(PAGE_SOURCE_DIR, EXPLORER_BUILD_DIR, { recursive: true });
});
