/**
 * Drawings of the graph, by Cytoscape.js (loaded by the page as the global `cytoscape`). Clicking
 * a node opens it; clicking a line shows its evidence; pointing at either previews its evidence.
 * One drawing is on screen at a time.
 */
import { FactSource } from './facts.js';
import { ProvenancePanel } from './provenance-panel.js';

export interface DrawnNode {
  id: string;
  label: string;
  /** The node's __typename, which sets its shape and colour. */
  kind: string;
  /** centre, raced, unnamed, generation-label (a row caption, not a node of the graph). */
  classes?: string[];
  position?: { x: number; y: number };
  /** A neighbour's place around the centre; its parity picks the ring when there are two. */
  ring?: number;
  fact?: FactSource;
}

export interface DrawnEdge {
  id: string;
  from: string;
  to: string;
  label: string;
  classes?: string[];
  fact: FactSource;
}

export interface DrawingOptions {
  layout: cytoscape.LayoutOptions;
  panel: ProvenancePanel;
  /** Opens a node of the drawing (moves on to it). */
  open(id: string): void;
}

declare global {
  interface Window {
    /** The drawing on screen, for the browser console (and the browser tests, which click its nodes where it drew them). */
    pitlaneGraph?: cytoscape.Core;
  }
}

const KIND_COLOURS: Record<string, string> = {
  Person: '#f6c445',
  Family: '#f0a868',
  Team: '#7fb3d5',
  Organization: '#a9cce3',
  Series: '#82c99b',
  Season: '#b5e0c1',
  Race: '#d2ecd8',
  Venue: '#c7b8e8',
  Place: '#ddd3f3',
  Achievement: '#f3a0a0',
  Event: '#e8c8a0',
  Education: '#d9d9d9',
  Source: '#ffffff',
};

const KIND_SHAPES: Record<string, cytoscape.Css.NodeShape> = {
  Person: 'ellipse',
  Family: 'hexagon',
  Team: 'round-rectangle',
  Organization: 'rectangle',
  Series: 'round-diamond',
  Season: 'diamond',
  Race: 'triangle',
  Venue: 'pentagon',
  Place: 'octagon',
  Achievement: 'star',
  Event: 'round-triangle',
  Education: 'barrel',
  Source: 'tag',
};

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
      'background-color': '#cbd2d9',
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
      shape: 'rectangle',
      width: 1,
      height: 1,
      'background-opacity': 0,
      'border-width': 0,
      'text-valign': 'center',
      'text-halign': 'right',
      'text-background-opacity': 0,
      color: '#616e7c',
      'font-size': 12,
      'font-style': 'italic',
    },
  },
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
  { selector: 'node:selected, edge:selected', style: { 'overlay-color': '#2f6f9f', 'overlay-opacity': 0.2 } },
];

const MOST_FITTED_ZOOM = 1.25;

export function drawGraph(container: HTMLElement, nodes: DrawnNode[], edges: DrawnEdge[], options: DrawingOptions): cytoscape.Core {
  clearDrawing();
  const facts = new Map<string, FactSource>();
  const elements: cytoscape.ElementDefinition[] = [
    ...nodes.map((node) => {
      if (node.fact) facts.set(node.id, node.fact);
      const caption = node.classes?.includes('generation-label') ?? false;
      return {
        group: 'nodes' as const,
        data: { id: node.id, label: node.label, kind: node.kind, ring: node.ring ?? 0 },
        classes: node.classes ?? [],
        position: node.position,
        selectable: !caption,
        grabbable: !caption,
      };
    }),
    ...edges.map((edge) => {
      facts.set(edge.id, edge.fact);
      return { group: 'edges' as const, data: { id: edge.id, source: edge.from, target: edge.to, label: edge.label }, classes: edge.classes ?? [] };
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
  // A small drawing fitted to its box would be blown up; keep it at about its natural size.
  if (graph.zoom() > MOST_FITTED_ZOOM) {
    graph.zoom(MOST_FITTED_ZOOM);
    graph.center();
  }
  graph.on('tap', 'node', (event) => {
    const node = event.target as cytoscape.NodeSingular;
    if (node.hasClass('generation-label')) return;
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
