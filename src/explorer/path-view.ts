/**
 * "How is A connected to B?" (#/path/<fromId>/<toId>): the shortest connection drawn as a chain,
 * each step listed with its quotes; #/path/<fromId> asks for the other end first.
 */
import { el } from './dom.js';
import { workspace } from './workspace.js';
import { DrawnEdge, DrawnNode, drawGraph } from './drawing.js';
import { citedBy, Fact } from './facts.js';
import { factsOfNode } from './node-facts.js';
import { isUnnamedPerson, labelOf, LabelledNode } from './node-labels.js';
import { Connection, loadConnection, loadNodeLabel, PATH_MAX_LENGTH } from './path-data.js';
import { citationElement, ProvenancePanel } from './provenance-panel.js';
import { wordsFor } from './relationship-words.js';
import { hrefOf, navigate } from './routes.js';
import { searchPicker } from './search-picker.js';
import { viewHeader, viewShown } from './view-header.js';
import { ViewContext } from './view-context.js';

const STEP_WIDTH = 230;

export async function renderPathView(main: HTMLElement, fromId: string, toId: string | undefined, context: ViewContext): Promise<void> {
  if (toId === undefined) {
    const from = await loadNodeLabel(fromId);
    if (!context.isCurrent()) return;
    if (!from) {
      context.notFound(`Nothing in the graph has the id “${fromId}”.`);
      return;
    }
    main.replaceChildren(
      el('article', { class: 'path-view', 'aria-labelledby': 'view-title' }, headerOf(from, `How is ${labelOf(from)} connected to …?`), pickerFor(from)),
    );
    viewShown(main, `Connections of ${labelOf(from)}`);
    return;
  }
  const connection = await loadConnection(fromId, toId);
  if (!context.isCurrent()) return;
  const { fromNode, toNode, path } = connection;
  if (!fromNode || !toNode) {
    context.notFound(`Nothing in the graph has the id “${fromNode ? toId : fromId}”.`);
    return;
  }
  const title = `How is ${labelOf(fromNode)} connected to ${labelOf(toNode)}?`;
  if (!path) {
    main.replaceChildren(
      el(
        'article',
        { class: 'path-view', 'aria-labelledby': 'view-title' },
        headerOf(fromNode, title),
        el('p', { 'data-testid': 'no-path' }, `The graph holds no connection between them within ${PATH_MAX_LENGTH} relationships.`),
        pickerFor(fromNode),
      ),
    );
    viewShown(main, title);
    return;
  }
  const panel = new ProvenancePanel();
  const graphBox = el('div', {
    class: 'graph path-graph',
    'data-testid': 'graph',
    role: 'img',
    'aria-label': `The ${path.length} relationships from ${labelOf(fromNode)} to ${labelOf(toNode)}; the list below names each step.`,
  });
  const steps = stepsOf(connection);
  main.replaceChildren(
    el(
      'article',
      { class: 'path-view', 'aria-labelledby': 'view-title' },
      headerOf(fromNode, title),
      el('p', { class: 'summary' }, `${path.length} ${path.length === 1 ? 'relationship' : 'relationships'} apart.`),
      workspace(graphBox, ['Click a node to open it, a line to keep its evidence beside the drawing.'], [panel.element]),
      el(
        'section',
        { class: 'path-steps', 'aria-labelledby': 'steps-title' },
        el('h3', { id: 'steps-title' }, 'Step by step'),
        el(
          'ol',
          { 'data-testid': 'path-steps' },
          steps.map((step) =>
            el(
              'li',
              {},
              el('p', { class: 'statement' }, step.statement),
              step.citations.length > 0 ? el('ul', { class: 'citations' }, step.citations.map(citationElement)) : el('p', { class: 'no-evidence' }, 'No supporting sentence is recorded for this.'),
            ),
          ),
        ),
      ),
      pickerFor(fromNode),
    ),
  );
  const nodes: DrawnNode[] = path.nodes.map((node, index) => ({
    id: node.id,
    label: labelOf(node),
    kind: node.__typename,
    classes: [...(index === 0 || index === path.nodes.length - 1 ? ['centre'] : []), ...(isUnnamedPerson(node) ? ['unnamed'] : [])],
    // A gentle zigzag keeps the labels of neighbouring steps apart.
    position: { x: index * STEP_WIDTH, y: index % 2 === 0 ? 0 : 70 },
    fact: () => factsOfNode(node.id, labelOf(node)),
  }));
  const edges: DrawnEdge[] = path.relationships.map((relationship, index) => ({
    id: `step-${index}`,
    from: relationship.from.id,
    to: relationship.to.id,
    label: wordsFor(relationship.type),
    classes: ['path-step'],
    fact: steps[index] as Fact,
  }));
  drawGraph(graphBox, nodes, edges, {
    panel,
    // The two ends open like any other node: they are the view's subject, not its centre.
    open: (id) => navigate({ view: 'node', id }),
    layout: { name: 'preset', fit: true, padding: 40, animate: false },
  });
  panel.pin(steps[0] as Fact);
  viewShown(main, title);
}

function stepsOf({ path }: Connection): Fact[] {
  if (!path) return [];
  const labels = new Map(path.nodes.map((node) => [node.id, labelOf(node)]));
  return path.relationships.map((relationship) => ({
    statement: `${labels.get(relationship.from.id) ?? relationship.from.id} — ${wordsFor(relationship.type)} → ${labels.get(relationship.to.id) ?? relationship.to.id}`,
    ...citedBy(relationship),
  }));
}

function headerOf(node: LabelledNode, title: string): HTMLElement {
  return viewHeader({ id: node.id, kind: node.__typename, label: labelOf(node) }, 'path', title);
}

function pickerFor(from: LabelledNode): HTMLElement {
  return el(
    'section',
    { class: 'path-picker', 'aria-labelledby': 'picker-title' },
    el('h3', { id: 'picker-title' }, `Connect ${labelOf(from)} to`),
    searchPicker({
      label: 'Find the other end',
      testId: 'path-picker',
      excludeId: from.id,
      hrefFor: (to) => hrefOf({ view: 'path', fromId: from.id, toId: to.id }),
    }),
  );
}
