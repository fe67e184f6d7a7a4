/**
 * The GraphQL IDE at /graphiql/: GraphiQL, with React, served from node_modules beside its page
 * (built into dist/explorer/ide/ with the explorer), so it works offline. Its
 * Content-Security-Policy allows this origin only, plus data: for the fonts and icons GraphiQL's
 * stylesheet embeds and one inline style by its hash. A browser asking for /graphql as a page is sent here: Apollo's own landing
 * page (Apollo Sandbox) loads from a CDN, and is not served.
 */
import express, { RequestHandler } from 'express';
import fs from 'node:fs';
import path from 'node:path';
import { EXPLORER_BUILD_DIR } from './explorer';
import { pageSecurityHeaders } from './page-headers';

/** Where the API serves the IDE. */
export const IDE_PATH = '/graphiql/';

const IDE_BUILD_DIR = path.join(EXPLORER_BUILD_DIR, 'ide');

/**
 * The one inline style GraphiQL inserts: react-remove-scroll-bar's, locking the page's scroll while
 * a dialog (settings, shortcuts) is open. Its text holds the page's scroll-bar gap and body
 * margins, which are 0 on this page (ide.css: nothing scrolls but GraphiQL's own panes), so it is
 * always the same; allowed by its hash, nothing else inline is.
 */
const SCROLL_LOCK_STYLE_HASH = "'sha256-Y/huXlwoYkVyQlxwSVcCi1RCDGDCSVBzDt0hYP9qlTc='";

export const IDE_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' ${SCROLL_LOCK_STYLE_HASH}`,
  // GraphiQL's stylesheet embeds its fonts and a few icons as data: URLs.
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

/** The UMD builds the page loads, by the name it asks for under assets/: [package, file in it]. */
const ASSETS: Record<string, [string, string]> = {
  'react.production.min.js': ['react', 'umd/react.production.min.js'],
  'react-dom.production.min.js': ['react-dom', 'umd/react-dom.production.min.js'],
  'graphiql.min.js': ['graphiql', 'graphiql.min.js'],
  'graphiql.min.css': ['graphiql', 'graphiql.min.css'],
};

/** A file of an installed package (their "exports" do not list the UMD builds, so by the package's folder). */
export function packageFile(packageName: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${packageName}/package.json`)), file);
}

export interface IdeOptions {
  /** Whether the API answers introspection; the page says so plainly when it does not. */
  introspection: boolean;
}

export function ideRouter(options: IdeOptions): express.Router {
  const router = express.Router();
  router.use(pageSecurityHeaders(IDE_CONTENT_SECURITY_POLICY));
  for (const [name, [packageName, packagePath]] of Object.entries(ASSETS)) {
    const file = packageFile(packageName, packagePath);
    router.get(`/assets/${name}`, (_request, response) => {
      response.sendFile(file);
    });
  }
  // What the page needs to know of the API before it asks it anything.
  router.get('/settings.json', (_request, response) => {
    response.json({ introspection: options.introspection });
  });
  if (!fs.existsSync(path.join(IDE_BUILD_DIR, 'index.html'))) {
    router.use((_request, response) => {
      response.status(503).type('text/plain').send('The GraphQL IDE is not built: run `npm run build`.');
    });
    return router;
  }
  router.use(express.static(IDE_BUILD_DIR, { index: 'index.html', redirect: true }));
  router.use((_request, response) => {
    response.status(404).type('text/plain').send('Not found.');
  });
  return router;
}

/**
 * GET /graphql from a browser (a page is asked for: Accept prefers text/html) is sent to the IDE;
 * GraphQL clients, which accept JSON, go on to the API, and so does any GET with a query or a
 * persisted query's hash in its URL (a GET query: README, "HTTP caching").
 */
export const browsersToIde: RequestHandler = (request, response, next) => {
  const asksAQuery = request.query.query !== undefined || request.query.extensions !== undefined;
  if (request.method === 'GET' && !asksAQuery && request.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html') {
    response.redirect(302, IDE_PATH);
    return;
  }
  next();
};
