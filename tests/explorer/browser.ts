/**
 * A real browser for the explorer tests: Debian's Chromium (or CHROMIUM_PATH), driven by
 * playwright-core, headless, with a new empty profile. Chromium's background connections (updates,
 * sync, QUIC probes) are switched off: this machine's closed network refuses them, which would
 * fail the page loads. Without a browser, `describeWithBrowser` skips (REQUIRE_BROWSER=1: fails).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';
import type cytoscape from 'cytoscape';
import { PROJECT_ROOT } from '../../src/config/config';
import { browserRequired, chromiumPath, missingBrowser } from '../support/browser-location';

export const CHROMIUM = chromiumPath();

/**
 * `describe` for tests that need the browser: skipped when there is none (the run's summary says
 * why, once: tests/setup/browser-check.ts), unless REQUIRE_BROWSER=1, where they run and fail.
 */
export const describeWithBrowser: jest.Describe = missingBrowser() && !browserRequired() ? describe.skip : describe;

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Screenshots of each view, for a person to look at; never committed (tests/artifacts/ is ignored). */
export const SCREENSHOT_DIR = path.join(PROJECT_ROOT, 'tests', 'artifacts', 'explorer');

/**
 * Chromium for one test file: started before its tests, closed after them whatever happens, its
 * profile folder removed. Returns a getter, valid inside tests.
 */
export function useBrowser(): () => BrowserContext {
  let profile: string | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    const missing = missingBrowser();
    if (missing) throw new Error(missing);
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pitlane-explorer-chromium-'));
    // launchPersistentContext is playwright's way to pass --user-data-dir (it refuses the flag).
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: 1400, height: 1000 },
    });
  });
  afterAll(async () => {
    await context?.close();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });
  return () => {
    if (!context) throw new Error('useBrowser(): the browser is only available inside tests');
    return context;
  };
}

/** What a page did: every request it made, and every error it reported. */
export interface PageRecord {
  requests: { method: string; url: string }[];
  errors: string[];
}

/** A new tab recording its requests and errors; closed by the caller (see withPage). */
export async function recordedPage(context: BrowserContext): Promise<{ page: Page; record: PageRecord }> {
  const page = await context.newPage();
  const record: PageRecord = { requests: [], errors: [] };
  page.on('request', (request) => record.requests.push({ method: request.method(), url: request.url() }));
  page.on('console', (message) => {
    if (message.type() === 'error') record.errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => record.errors.push(`page: ${error.message}`));
  page.on('requestfailed', (request) => record.errors.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  return { page, record };
}

/** Runs `use` with a fresh recorded tab, and closes the tab whatever happens. */
export async function withPage<T>(context: BrowserContext, use: (page: Page, record: PageRecord) => Promise<T>): Promise<T> {
  const { page, record } = await recordedPage(context);
  try {
    return await use(page, record);
  } finally {
    await page.close();
  }
}

/** Waits until the view titled `title` has finished loading. */
export async function viewShown(page: Page, title: string): Promise<void> {
  await page.getByRole('heading', { level: 2, name: title, exact: true }).waitFor();
  await page.locator('#view[aria-busy="false"]').waitFor({ state: 'attached' });
}

/** Writes tests/artifacts/<folder>/<name>.png (folder: explorer unless given) and returns its path. */
export async function screenshot(page: Page, name: string, folder = SCREENSHOT_DIR): Promise<string> {
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export interface DrawnNode {
  id: string;
  label: string;
  classes: string[];
  /** Where the layout put it (graph coordinates). */
  position: { x: number; y: number };
  /** Where it is on the page, in CSS pixels. */
  onPage: { x: number; y: number };
}

export interface DrawnEdge {
  id: string;
  source: string;
  target: string;
  label: string;
  /** Its midpoint on the page, in CSS pixels. */
  onPage: { x: number; y: number };
  /**
   * A point on the page `fraction` of the way from its source to its target (for a straight
   * line): near a node with many lines, their midpoints crowd, while their far ends are apart.
   */
  along(fraction: number): { x: number; y: number };
}

type PageWithGraph = { pitlaneGraph?: cytoscape.Core };

/** The drawing on screen, as Cytoscape holds it (the page exposes it as window.pitlaneGraph). */
export async function drawing(page: Page): Promise<{ nodes: DrawnNode[]; edges: DrawnEdge[] }> {
  const box = await page.getByTestId('graph').boundingBox();
  if (!box) throw new Error('The drawing is not on screen.');
  const drawn = await page.evaluate(() => {
    const graph = (globalThis as unknown as PageWithGraph).pitlaneGraph;
    if (!graph) return null;
    return {
      nodes: graph.nodes().map((node) => ({
        id: node.id(),
        label: String(node.data('label')),
        classes: node.classes(),
        position: node.position(),
        rendered: node.renderedPosition(),
      })),
      edges: graph.edges().map((edge) => ({
        id: edge.id(),
        source: edge.source().id(),
        target: edge.target().id(),
        label: String(edge.data('label')),
        rendered: edge.renderedMidpoint(),
        ends: [edge.source().renderedPosition(), edge.target().renderedPosition()],
      })),
    };
  });
  if (!drawn) throw new Error('The page has no drawing.');
  const onPage = (point: { x: number; y: number }) => ({ x: box.x + point.x, y: box.y + point.y });
  return {
    nodes: drawn.nodes.map(({ rendered, ...node }) => ({ ...node, onPage: onPage(rendered) })),
    edges: drawn.edges.map(({ rendered, ends: [from, to], ...edge }) => ({
      ...edge,
      onPage: onPage(rendered),
      along: (fraction: number) => onPage({ x: from.x + (to.x - from.x) * fraction, y: from.y + (to.y - from.y) * fraction }),
    })),
  };
}

export async function drawnNode(page: Page, id: string): Promise<DrawnNode> {
  const node = (await drawing(page)).nodes.find((candidate) => candidate.id === id);
  if (!node) throw new Error(`The drawing has no node ${id}.`);
  return node;
}
