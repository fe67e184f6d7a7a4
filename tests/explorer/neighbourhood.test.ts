/**
 * The neighbourhood view stays readable at size: Amber Balcaen's 36 relationships drawn with a
 * legend of every kind of node drawn, labels and line words that do not collide and are not cut
 * off, long labels shortened at a word with an ellipsis (whole in the list below), readable text,
 * and her family drawn together. A screenshot goes to tests/artifacts/explorer/.
 */
import { Page } from 'playwright-core';
import { useTestApi } from '../support/api';
import { describeWithBrowser, screenshot, useBrowser, viewShown, withPage } from './browser';

interface Box {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

interface Drawn {
  width: number;
  height: number;
  zoom: number;
  nodes: { id: string; kind: string; label: string; fullLabel: string; classes: string[]; x: number; y: number; box: Box; fontSize: number }[];
  /** The neighbours at the end of kinship lines. */
  kin: string[];
  /** The words drawn on lines (near their neighbour), with their boxes. */
  words: { id: string; words: string; box: Box; fontSize: number }[];
}

type Graph = import('cytoscape').Core;

async function drawn(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    const graph = (globalThis as unknown as { pitlaneGraph: Graph }).pitlaneGraph;
    const px = (value: string) => Number.parseFloat(value);
    return {
      width: graph.width(),
      height: graph.height(),
      zoom: graph.zoom(),
      nodes: graph.nodes().map((node) => ({
        id: node.id(),
        kind: String(node.data('kind')),
        label: String(node.data('label')),
        fullLabel: String(node.data('fullLabel')),
        classes: node.classes(),
        x: node.position('x'),
        y: node.position('y'),
        box: node.renderedBoundingBox({ includeLabels: true, includeOverlays: false }),
        fontSize: px(node.style('font-size')),
      })),
      kin: graph.edges('.kinship').map((edge) => (edge.hasClass('to-neighbour') ? edge.target().id() : edge.source().id())),
      words: graph
        .edges()
        .map((edge) => ({
          id: edge.id(),
          words: String(edge.data('drawnLabel')),
          box: edge.renderedBoundingBox({
            includeNodes: false,
            includeEdges: false,
            includeLabels: true,
            includeMainLabels: false,
            includeSourceLabels: true,
            includeTargetLabels: true,
            includeOverlays: false,
          }),
          fontSize: px(edge.style('font-size')),
        }))
        .filter((word) => word.words !== '' && word.words !== 'undefined'),
    };
  });
}

const overlap = (a: Box, b: Box): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

function collisions(boxes: { name: string; box: Box }[], others: { name: string; box: Box }[] = boxes): string[] {
  const found: string[] = [];
  boxes.forEach((a, i) =>
    others.forEach((b, j) => {
      if ((others !== boxes || j > i) && a.name !== b.name && overlap(a.box, b.box)) found.push(`${a.name} × ${b.name}`);
    }),
  );
  return found;
}

describeWithBrowser('the neighbourhood view at size', () => {
  const api = useTestApi();
  const browser = useBrowser();

  test("Amber Balcaen's 36 relationships: a legend, no collisions, nothing cut off, readable text, family together", async () => {
    await withPage(browser(), async (page, record) => {
      await page.goto(`${new URL(api().url).origin}/explore/#/node/amber-balcaen`);
      await viewShown(page, 'Amber Balcaen');
      const listed = page.getByTestId('relationships').locator(':scope > li');
      const relationships = await listed.count();
      expect(relationships).toBeGreaterThanOrEqual(30);
      const drawing = await drawn(page);
      const graphNodes = drawing.nodes.filter((node) => !node.classes.includes('group-label'));
      // Every neighbour of the list is drawn (once), with the node itself.
      const listedIds = new Set(
        (await listed.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))).map((href) => href.replace('#/node/', '')),
      );
      expect(new Set(graphNodes.map((node) => node.id))).toEqual(new Set([...listedIds, 'amber-balcaen']));

      // The legend names every kind of node drawn, and the outlines used.
      const legend = page.getByTestId('legend');
      const legendKinds = await legend.locator('li[data-kind]').evaluateAll((items) => items.map((item) => item.getAttribute('data-kind')));
      expect(new Set(legendKinds)).toEqual(new Set(graphNodes.map((node) => node.kind)));
      expect(legendKinds.length).toBeGreaterThanOrEqual(6);
      const outlines = await legend.locator('li[data-outline]').evaluateAll((items) => items.map((item) => item.getAttribute('data-outline')));
      expect(outlines).toContain('centre');
      expect(outlines.includes('unnamed')).toBe(graphNodes.some((node) => node.classes.includes('unnamed')));
      expect(await legend.locator('li[data-kind] svg').count()).toBe(legendKinds.length);

      // No two labels collide: node labels (with their nodes and the group captions), and the
      // words on the lines, with each other and with the nodes.
      const nodeBoxes = drawing.nodes.map((node) => ({ name: node.id, box: node.box }));
      const wordBoxes = drawing.words.map((word) => ({ name: `${word.id} “${word.words}”`, box: word.box }));
      expect(collisions(nodeBoxes)).toEqual([]);
      expect(collisions(wordBoxes)).toEqual([]);
      expect(collisions(wordBoxes, nodeBoxes)).toEqual([]);
      // Nothing is cut off by the drawing's edges.
      for (const { name, box } of [...nodeBoxes, ...wordBoxes]) {
        expect({ name, inside: box.x1 >= 0 && box.y1 >= 0 && box.x2 <= drawing.width && box.y2 <= drawing.height }).toEqual({ name, inside: true });
      }

      // Labels are whole, or end at a word with an ellipsis; the list below has them whole.
      const listedNames = new Set(await listed.locator('a').allTextContents());
      let shortened = 0;
      for (const node of graphNodes.filter((candidate) => candidate.id !== 'amber-balcaen')) {
        expect(listedNames.has(node.fullLabel)).toBe(true);
        if (node.label === node.fullLabel) continue;
        shortened += 1;
        expect(node.label.endsWith('…')).toBe(true);
        const start = node.label.slice(0, -1);
        expect(node.fullLabel.startsWith(start)).toBe(true);
        expect({ label: node.label, rest: node.fullLabel.slice(start.length) }).toEqual({ label: node.label, rest: expect.stringMatching(/^[\s,;:.–—-]/) });
      }
      expect(shortened).toBeGreaterThan(0);

      // Readable text: node labels at 12 pixels or more on screen, line words at 10 or more.
      for (const node of drawing.nodes) expect(node.fontSize * drawing.zoom).toBeGreaterThanOrEqual(11.5);
      for (const word of drawing.words) expect(word.fontSize * drawing.zoom).toBeGreaterThanOrEqual(10);

      // Her family together: the relatives (kinship lines) and the family in one column, one run.
      const family = new Set([...drawing.kin, 'balcaen-family']);
      expect(family.size).toBeGreaterThanOrEqual(5);
      const familyNodes = graphNodes.filter((node) => family.has(node.id));
      const column = new Set(familyNodes.map((node) => Math.sign(node.x)));
      expect(column.size).toBe(1);
      const [side] = [...column];
      const ys = familyNodes.map((node) => node.y);
      const between = graphNodes.filter((node) => Math.sign(node.x) === side && !family.has(node.id) && node.y > Math.min(...ys) && node.y < Math.max(...ys));
      expect(between.map((node) => node.id)).toEqual([]);

      await screenshot(page, '6-neighbourhood-at-size');
      expect(record.errors).toEqual([]);
    });
  });
});
