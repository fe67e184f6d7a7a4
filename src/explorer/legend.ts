/**
 * The legend beside a drawing: every kind of node drawn, with its shape and colour, and what the
 * outlines mean (the node opened, relatives who raced, people no source names).
 */
import { el } from './dom.js';
import { KIND_COLOURS, KIND_NAMES, KIND_SHAPES, shapeCorners, UNKNOWN_KIND_COLOUR } from './node-styles.js';

const SVG = 'http://www.w3.org/2000/svg';

/** The outlines a drawing may use, as drawing.ts draws them. */
export type Outline = 'centre' | 'raced' | 'unnamed';

const OUTLINES: Record<Outline, { text: string; stroke: string; width: string; dash?: string }> = {
  centre: { text: 'Thick outline: the node opened', stroke: '#1f2933', width: '3' },
  raced: { text: 'Red outline: raced', stroke: '#b42318', width: '3.5' },
  unnamed: { text: 'Dashed outline: not named in the source', stroke: '#1f2933', width: '1.5', dash: '3 2' },
};

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

/** A small picture of a node: its shape and colour, and an outline. */
function swatch(shape: cytoscape.Css.NodeShape, fill: string, outline: { stroke: string; width: string; dash?: string }): SVGSVGElement {
  const picture = svg('svg', { width: '20', height: '20', viewBox: '-10 -10 20 20', 'aria-hidden': 'true', class: 'swatch' });
  const paint = { fill, stroke: outline.stroke, 'stroke-width': outline.width, 'stroke-linejoin': 'round', ...(outline.dash ? { 'stroke-dasharray': outline.dash } : {}) };
  const corners = shapeCorners(shape);
  if (corners) {
    picture.append(svg('polygon', { points: corners.map(([x, y]) => `${(x * 7.5).toFixed(2)},${(y * 7.5).toFixed(2)}`).join(' '), ...paint }));
  } else if (shape === 'ellipse') {
    picture.append(svg('circle', { cx: '0', cy: '0', r: '7.5', ...paint }));
  } else {
    picture.append(svg('rect', { x: '-7.5', y: '-7.5', width: '15', height: '15', rx: '4', ...paint }));
  }
  return picture;
}

/** `kinds`: the __typenames drawn, in any order; `outlines`: the outlines drawn. */
export function legend(kinds: Iterable<string>, outlines: Iterable<Outline>): HTMLElement {
  const known = Object.keys(KIND_NAMES);
  const drawn = [...new Set(kinds)].sort((a, b) => (known.indexOf(a) + 1 || 99) - (known.indexOf(b) + 1 || 99) || a.localeCompare(b));
  const plain = { stroke: '#52606d', width: '1' };
  return el(
    'ul',
    { class: 'legend node-legend', 'data-testid': 'legend', 'aria-label': 'Legend' },
    drawn.map((kind) =>
      el('li', { 'data-kind': kind }, swatch(KIND_SHAPES[kind] ?? 'ellipse', KIND_COLOURS[kind] ?? UNKNOWN_KIND_COLOUR, plain), KIND_NAMES[kind] ?? kind),
    ),
    [...new Set(outlines)].map((outline) =>
      el('li', { 'data-outline': outline }, swatch('ellipse', '#ffffff', OUTLINES[outline]), OUTLINES[outline].text),
    ),
  );
}
