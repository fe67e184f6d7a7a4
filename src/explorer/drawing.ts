/**
 * Drawings of the graph, by Cytoscape.js (loaded by the page as the global `cytoscape`). Clicking
 * a node opens it; clicking a line shows its evidence; pointing at either previews its evidence.
 * One drawing is on screen at a time.
 */
import { FactSource } from './facts.js';
import { KIND_COLOURS, KIND_SHAPES, UNKNOWN_KIND_COLOUR } from './node-styles.js';
import { ProvenancePanel } from './provenance-panel.js';

export interface DrawnNode {
  id: string;
  /** What is drawn beside it (perhaps shortened). */
  label: string;
  /** The whole name or title, where `label` shortens it. */
  fullLabel?: string;
  /** The node's __typename, which sets its shape and colour. */
  kind: string;
  /**
   * centre, raced, unnamed; side-left, side-right (label to that side); generation-label and
   * group-label (captions, not nodes of the graph).
   */
  classes?: string[];
  position?: { x: number; y: number };
  fact?: FactSource;
}

export interface DrawnEdge {
  id: string;
  from: string;
  to: string;
  /** What the line is ("father"); its evidence's statement says it too. */
  label: string;
  /** The words drawn on it, where they differ from `label` (neighbourhoods: see wordsDrawn). */
  drawnLabel?: string;
  classes?: string[];
  fact: FactSource;
}

export interface DrawingOptions {
  layout: cytoscape.LayoutOptions;
  panel: ProvenancePanel;
  /** Opens a node of the drawing (moves on to it). */
  open(id: string): void;
  /** Runs once the drawing is made and its labels measured, before the zoom is settled. */
  arrange?(graph: cytoscape.Core): void;
}

const CAPTION_CLASSES = ['generation-label', 'group-label'];

declare global {
  interface Window {
    /** The drawing on screen, for the browser console (and the browser tests, which click its nodes where it drew them). */
    pitlaneGraph?: cytoscape.Core;
  }
}

/** A node drawn as its label alone (a generation's or a group's caption), not as a shape. */
const LABEL_ONLY_NODE = {
  shape: 'rectangle',
  width: 1,
  height: 1,
  'background-opacity': 0,
  'border-width': 0,
  'text-valign': 'center',
  'text-background-opacity': 0,
} as const;

const STYLE: cytoscape.StylesheetStyle[] = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 11,
      'font-family': 'system-ui, sans-serif',
      color: '#1f2933',
      'text-wrap': 'wrap',
      'text-max-width': '130px',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      width: 28,
      height: 28,
      'border-width': 1,
      'border-color': '#52606d',
      'background-color': UNKNOWN_KIND_COLOUR,
    },
  },
  ...Object.entries(KIND_COLOURS).map(([kind, colour]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': colour, shape: KIND_SHAPES[kind] ?? 'ellipse' },
  })),
  { selector: 'node.centre', style: { width: 44, height: 44, 'border-width': 3, 'border-color': '#1f2933', 'font-weight': 'bold', 'font-size': 13 } },
  { selector: 'node.raced', style: { 'border-width': 4, 'border-color': '#b42318', 'font-weight': 'bold' } },
  { selector: 'node.unnamed', style: { 'border-style': 'dashed', 'font-style': 'italic', 'background-color': '#fbe7a9' } },
  {
    selector: 'node.generation-label',
    style: {
      ...LABEL_ONLY_NODE,
      'text-halign': 'right',
      color: '#616e7c',
      'font-size': 12,
      'font-style': 'italic',
    },
  },
  {
    selector: 'node.group-label',
    style: {
      ...LABEL_ONLY_NODE,
      color: '#3e4c59',
      'font-size': 12,
      'font-weight': 'bold',
    },
  },
  // Neighbourhoods: labels beside their node, on the outer side of its column.
  {
    selector: 'node.side-left, node.side-right',
    style: { 'text-valign': 'center', 'text-margin-y': 0, 'text-max-width': '190px', 'font-size': 12 },
  },
  { selector: 'node.side-left', style: { 'text-halign': 'left', 'text-margin-x': -7, 'text-justification': 'right' } },
  { selector: 'node.side-right', style: { 'text-halign': 'right', 'text-margin-x': 7, 'text-justification': 'left' } },
  {
    selector: 'edge',
    style: {
      label: 'data(label)',
      width: 1.5,
      'curve-style': 'bezier',
      'line-color': '#9aa5b1',
      'target-arrow-shape': 'triangle',
      'target-arrow-color': '#9aa5b1',
      'font-size': 9,
      'font-family': 'system-ui, sans-serif',
      color: '#3e4c59',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 1,
      'text-background-padding': '1px',
    },
  },
  { selector: 'edge.kinship', style: { width: 3, 'line-color': '#8d6e1f', 'target-arrow-color': '#8d6e1f', 'font-size': 11, color: '#513c06' } },
  { selector: 'edge.path-step', style: { width: 3, 'line-color': '#2f6f9f', 'target-arrow-color': '#2f6f9f', 'font-size': 11 } },
  // Neighbourhoods: a line's words near the neighbour, level, on the inner side of its column.
  { selector: 'edge.to-neighbour', style: { label: '', 'target-label': 'data(drawnLabel)', 'target-text-offset': 'data(wordsOffset)' as unknown as number, 'font-size': 11 } },
  { selector: 'edge.from-neighbour', style: { label: '', 'source-label': 'data(drawnLabel)', 'source-text-offset': 'data(wordsOffset)' as unknown as number, 'font-size': 11 } },
  { selector: 'node:selected, edge:selected', style: { 'overlay-color': '#2f6f9f', 'overlay-opacity': 0.2 } },
];

const MOST_FITTED_ZOOM = 1.25;

export function drawGraph(container: HTMLElement, nodes: DrawnNode[], edges: DrawnEdge[], options: DrawingOptions): cytoscape.Core {
  clearDrawing();
  const facts = new Map<string, FactSource>();
  const elements: cytoscape.ElementDefinition[] = [
    ...nodes.map((node) => {
      if (node.fact) facts.set(node.id, node.fact);
      const caption = CAPTION_CLASSES.some((name) => node.classes?.includes(name));
      return {
        group: 'nodes' as const,
        data: { id: node.id, label: node.label, fullLabel: node.fullLabel ?? node.label, kind: node.kind },
        classes: node.classes ?? [],
        position: node.position,
        selectable: !caption,
        grabbable: !caption,
      };
    }),
    ...edges.map((edge) => {
      facts.set(edge.id, edge.fact);
      return {
        group: 'edges' as const,
        data: { id: edge.id, source: edge.from, target: edge.to, label: edge.label, drawnLabel: edge.drawnLabel ?? edge.label },
        classes: edge.classes ?? [],
      };
    }),
  ];
  const graph = cytoscape({
    container,
    elements,
    style: STYLE,
    layout: options.layout,
    minZoom: 0.2,
    maxZoom: 3,
    boxSelectionEnabled: false,
  });
  options.arrange?.(graph);
  // A small drawing fitted to its box would be blown up; keep it at about its natural size.
  if (graph.zoom() > MOST_FITTED_ZOOM) {
    graph.zoom(MOST_FITTED_ZOOM);
    graph.center();
  }
  graph.on('tap', 'node', (event) => {
    const node = event.target as cytoscape.NodeSingular;
    if (CAPTION_CLASSES.some((name) => node.hasClass(name))) return;
    if (node.hasClass('centre')) {
      const fact = facts.get(node.id());
      if (fact) options.panel.pin(fact);
      return;
    }
    options.open(node.id());
  });
  graph.on('tap', 'edge', (event) => {
    const fact = facts.get((event.target as cytoscape.EdgeSingular).id());
    if (fact) options.panel.pin(fact);
  });
  graph.on('mouseover', 'node, edge', (event) => {
    const fact = facts.get((event.target as cytoscape.SingularElementArgument).id());
    if (!fact) return;
    container.classList.add('pointing');
    options.panel.preview(fact);
  });
  graph.on('mouseout', 'node, edge', () => {
    container.classList.remove('pointing');
    options.panel.endPreview();
  });
  window.pitlaneGraph = graph;
  return graph;
}

/** Removes the drawing on screen, if any (its listeners with it). */
export function clearDrawing(): void {
  window.pitlaneGraph?.destroy();
  window.pitlaneGraph = undefined;
}
