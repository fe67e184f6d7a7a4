/**
 * The explorer at /explore: a static page (built into dist/explorer/ by `npm run build`) whose
 * browser code reads the graph through the public GraphQL endpoint only, and Cytoscape.js, served
 * from node_modules. Everything it loads comes from this server: its Content-Security-Policy
 * allows this origin and nothing else, so the page works offline and no CDN can inject anything.
 */
import express from 'express';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/config';
import { pageSecurityHeaders } from './page-headers';

/** Where the API serves the explorer. */
export const EXPLORER_PATH = '/explore/';

/** The outDir of tsconfig.explorer.json, where src/cli/build-explorer.ts also copies the page. */
export const EXPLORER_BUILD_DIR = path.join(PROJECT_ROOT, 'dist', 'explorer');

/** The URL path the page loads Cytoscape.js from (index.html names it). */
export const CYTOSCAPE_ASSET = '/assets/cytoscape.min.js';

export const EXPLORER_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

export function explorerRouter(): express.Router {
  const router = express.Router();
  router.use(pageSecurityHeaders(EXPLORER_CONTENT_SECURITY_POLICY));
  // The browser build of the cytoscape dependency: a classic script that defines `cytoscape`.
  const cytoscapeFile = require.resolve('cytoscape/dist/cytoscape.min.js');
  router.get(CYTOSCAPE_ASSET, (_request, response) => {
    response.sendFile(cytoscapeFile);
  });
  if (!fs.existsSync(path.join(EXPLORER_BUILD_DIR, 'index.html'))) {
    router.use((_request, response) => {
      response.status(503).type('text/plain').send('The explorer is not built: run `npm run build`.');
    });
    return router;
  }
  // Its own files only: no directory listings, and a 404 for anything else under /explore. The
  // IDE's page is built beside it (dist/explorer/ide/) but served at /graphiql/ (src/server/ide.ts).
  router.use('/ide', (_request, response) => {
    response.status(404).type('text/plain').send('Not found.');
  });
  router.use(express.static(EXPLORER_BUILD_DIR, { index: 'index.html', redirect: true }));
  router.use((_request, response) => {
    response.status(404).type('text/plain').send('Not found.');
  });
  return router;
}
