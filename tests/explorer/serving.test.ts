/**
 * How the API serves the explorer: the page at /explore/, Cytoscape.js from node_modules, its own
 * files only, and a Content-Security-Policy that allows this origin and nothing else.
 */
import fs from 'node:fs';
import { useTestApi } from '../support/api';
import { cspDirectives } from '../support/csp';

describe('the explorer, served by the API', () => {
  const api = useTestApi({ seeded: false });
  const origin = () => new URL(api().url).origin;

  test('/explore redirects to /explore/, which is the page', async () => {
    const redirect = await fetch(`${origin()}/explore`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/explore/');

    const page = await fetch(`${origin()}/explore/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('<label for="search-text">');
    expect(html).toContain('src="assets/cytoscape.min.js"');
    expect(html).toContain('src="explorer/main.js"');
  });

  test('the page names only files of its own origin: no CDN, no absolute URL', async () => {
    const html = await (await fetch(`${origin()}/explore/`)).text();
    const references = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((match) => match[1] as string);
    expect(references.length).toBeGreaterThan(3);
    for (const reference of references) expect(reference).not.toMatch(/^(?:[a-z]+:)?\/\//i);
  });

  test("its Content-Security-Policy allows 'self' and nothing else", async () => {
    for (const file of ['', 'explorer/main.js', 'model/graph-model.js', 'explorer.css', 'assets/cytoscape.min.js']) {
      const response = await fetch(`${origin()}/explore/${file}`);
      expect(response.status).toBe(200);
      const policy = cspDirectives(response.headers.get('content-security-policy'));
      expect(policy.get('default-src')).toEqual(["'self'"]);
      const sources = [...policy.values()].flat();
      expect(sources.filter((source) => source !== "'self'" && source !== "'none'")).toEqual([]);
      expect(policy.get('script-src')).toEqual(["'self'"]);
      expect(policy.get('style-src')).toEqual(["'self'"]);
      expect(policy.get('connect-src')).toEqual(["'self'"]);
    }
  });

  test('Cytoscape.js comes from node_modules, byte for byte', async () => {
    const response = await fetch(`${origin()}/explore/assets/cytoscape.min.js`);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    const served = Buffer.from(await response.arrayBuffer());
    expect(served.equals(fs.readFileSync(require.resolve('cytoscape/dist/cytoscape.min.js')))).toBe(true);
  });

  test('the browser code is served as JavaScript modules, and nothing else under /explore is', async () => {
    const script = await fetch(`${origin()}/explore/explorer/main.js`);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(await script.text()).toMatch(/^import /m);
    // The graph model the explorer derives its words and queries from, beside it as in src/.
    const model = await fetch(`${origin()}/explore/model/graph-model.js`);
    expect(model.headers.get('content-type')).toMatch(/javascript/);
    expect(await model.text()).toMatch(/^export const GRAPH_MODEL/m);

    for (const missing of ['nothing-here.js', 'assets/cytoscape.cjs.js', '%2e%2e/package.json', '..%2fpackage.json']) {
      const response = await fetch(`${origin()}/explore/${missing}`);
      expect(response.status).toBe(404);
    }
  });
});
