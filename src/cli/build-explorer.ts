/**
 * Part of `npm run build`: builds the explorer (the page served at /explore) into dist/explorer/.
 * Its browser code is compiled on its own (tsconfig.explorer.json: DOM library, ES modules), and
 * its page and stylesheet are copied next to it, because tsc only emits what it compiles. The
 * server's build runs first (this file is part of it).
 *
 * The explorer imports the graph model (src/model/) to derive its words and queries, so the
 * compile's root is src/: dist/explorer/explorer/ holds the explorer's modules and
 * dist/explorer/model/ the model's, side by side as in src/, so the browser resolves the relative
 * imports between them. The page (dist/explorer/index.html) loads explorer/main.js; the IDE's one
 * module is moved beside its own page (dist/explorer/ide/), which /graphiql/ serves.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/config';
import { runCli } from './run-cli';

// The outDir of tsconfig.explorer.json, which src/server/explorer.ts serves, and its build info.
const EXPLORER_BUILD_DIR = path.join(PROJECT_ROOT, 'dist', 'explorer');
const BUILD_INFO = path.join(PROJECT_ROOT, 'dist', 'explorer.tsbuildinfo');
const PAGE_SOURCE_DIR = path.join(PROJECT_ROOT, 'src', 'explorer', 'public');
const IDE_MODULE_DIR = path.join(EXPLORER_BUILD_DIR, 'explorer', 'ide');
const IDE_PAGE_DIR = path.join(EXPLORER_BUILD_DIR, 'ide');
const TSC = path.join(PROJECT_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

runCli(async () => {
  // From scratch: files of an earlier layout must not stay served (and tsc skips emitting
  // whatever its build info says is up to date, so that goes too).
  fs.rmSync(EXPLORER_BUILD_DIR, { recursive: true, force: true });
  fs.rmSync(BUILD_INFO, { force: true });
  execFileSync(process.execPath, [TSC, '-p', 'tsconfig.explorer.json'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  fs.cpSync(PAGE_SOURCE_DIR, EXPLORER_BUILD_DIR, { recursive: true });
  for (const file of fs.readdirSync(IDE_MODULE_DIR)) fs.renameSync(path.join(IDE_MODULE_DIR, file), path.join(IDE_PAGE_DIR, file));
  fs.rmdirSync(IDE_MODULE_DIR);
});
