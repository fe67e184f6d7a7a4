/**
 * The neighbourhood view of any node (#/node/<id>): its relationships drawn around it, clickable
 * to move on, the same relationships as a list, the provenance panel and, for a person, the
 * timeline beside the drawing.
 */
import { el } from './dom.js';
import { workspace } from './workspace.js';
import { DrawnEdge, DrawnNode, drawGraph } from './drawing.js';
import { Fact, FactSource } from './facts.js';
import { Link, loadNeighbourhood, Neighbourhood } from './neighbourhood-data.js';
import { factsOfNode } from './node-facts.js';
import { isUnnamedPerson } from './node-labels.js';
import { ProvenancePanel } from './provenance-panel.js';
import { relationshipEvidence } from './relationship-evidence.js';
import { KINSHIP_TYPES } from './relationship-words.js';
import { navigate, hrefOf } from './routes.js';
import { timelineSection } from './timeline-list.js';
import { viewHeader, viewShown } from './view-header.js';
import { ViewContext } from './view-context.js';

/** More neighbours than this are drawn on two rings around the node. */
const MOST_ON_ONE_RING = 12;

export async function renderNodeView(main: HTMLElement, id: string, context: ViewContext): Promise<void> {
  const neighbourhood = await loadNeighbourhood(id);
  if (!context.isCurrent()) return;
  if (!neighbourhood) {
    context.notFound(`Nothing in the graph has the id “${id}”.`);
    return;
  }
  const { node, links } = neighbourhood;
  const panel = new ProvenancePanel();
  const graphBox = el('div', {
    class: 'graph',
    'data-testid': 'graph',
    role: 'img',
    'aria-label': `${node.label} and the ${links.length} relationships around it; the list below the drawing names them all.`,
  });
  main.replaceChildren(
    el(
      'article',
      { class: 'node-view', 'aria-labelledby': 'view-title' },
      viewHeader(node, 'node'),
      node.text ? el('details', { class: 'source-text' }, el('summary', {}, 'Full text of the source'), el('p', {}, node.text)) : null,
      workspace(
        graphBox,
        ['Click a node to open it, a line to keep its evidence beside the drawing; point at either for a preview.'],
        [panel.element, node.kind === 'Person' ? timelineSection(node.id, panel, context.isCurrent) : null],
      ),
      relationshipList(neighbourhood, panel),
    ),
  );
  const centreFact: Fact = {
    statement: node.description ? `${node.label} (${node.kind}): ${node.description}` : `${node.label} (${node.kind})`,
    citations: node.citations,
    note: node.kind === 'Source' ? 'A source: every quote in the graph comes from one.' : undefined,
  };
  const { nodes, edges } = drawingOf(neighbourhood, centreFact);
  const twoRings = nodes.length - 1 > MOST_ON_ONE_RING;
  drawGraph(graphBox, nodes, edges, {
    panel,
    open: (neighbourId) => navigate({ view: 'node', id: neighbourId }),
    layout: {
      name: 'concentric',
      // The node in the middle; its neighbours around it, on two rings (every other one outside)
      // when there are many, which leaves room for their labels at a readable zoom; a few sit
      // further apart for the same reason.
      concentric: (drawn) => (drawn.hasClass('centre') ? 3 : twoRings ? 1 + (Number(drawn.data('ring')) % 2) : 1),
      levelWidth: () => 1,
      minNodeSpacing: twoRings ? 30 : 90,
      padding: 20,
      animate: false,
    },
  });
  panel.pin(centreFact);
  viewShown(main, node.label);
}

function statementOf(link: Link, centreLabel: string): string {
  const detail = link.detail ? ` (${link.detail})` : '';
  if (KINSHIP_TYPES.has(link.type)) return `${link.neighbour.label} is ${centreLabel}’s ${link.words}${detail}.`;
  const [from, to] = link.from === link.neighbour.id ? [link.neighbour.label, centreLabel] : [centreLabel, link.neighbour.label];
  return `${from} — ${link.words} → ${to}${detail}`;
}

function factOf(link: Link, centreLabel: string): FactSource {
  const statement = statementOf(link, centreLabel);
  if (link.citations) return { statement, citations: link.citations };
  return () => relationshipEvidence(link.from, link.to, link.type, statement);
}

function drawingOf({ node, links }: Neighbourhood, centreFact: Fact): { nodes: DrawnNode[]; edges: DrawnEdge[] } {
  const nodes = new Map<string, DrawnNode>([[node.id, { id: node.id, label: node.label, kind: node.kind, classes: ['centre'], fact: centreFact }]]);
  // Neighbours of one kind of relationship sit next to each other around the centre.
  const grouped = [...links].sort((a, b) => a.type.localeCompare(b.type) || a.neighbour.label.localeCompare(b.neighbour.label));
  for (const link of grouped) {
    const { neighbour } = link;
    if (nodes.has(neighbour.id)) continue;
    nodes.set(neighbour.id, {
      id: neighbour.id,
      label: neighbour.label,
      kind: neighbour.__typename,
      classes: isUnnamedPerson(neighbour) ? ['unnamed'] : [],
      ring: nodes.size,
      fact: () => factsOfNode(neighbour.id, neighbour.label),
    });
  }
  const edges = links.map((link, index) => ({
    id: `link-${index}`,
    from: link.from,
    to: link.to,
    label: link.words,
    classes: KINSHIP_TYPES.has(link.type) ? ['kinship'] : [],
    fact: factOf(link, node.label),
  }));
  return { nodes: [...nodes.values()], edges };
}

function relationshipList({ node, links }: Neighbourhood, panel: ProvenancePanel): HTMLElement {
  const sorted = [...links].sort((a, b) => a.words.localeCompare(b.words) || a.neighbour.label.localeCompare(b.neighbour.label));
  return el(
    'section',
    { class: 'relationships', 'aria-labelledby': 'relationships-title' },
    el('h3', { id: 'relationships-title' }, `Relationships (${links.length})`),
    links.length === 0
      ? el('p', {}, 'The sources link this node to nothing else.')
      : el(
          'ul',
          { 'data-testid': 'relationships' },
          sorted.map((link) => {
            const evidence = el('button', { type: 'button', class: 'evidence' }, 'Evidence');
            evidence.addEventListener('click', () => panel.pin(factOf(link, node.label)));
            const outgoing = link.from === node.id;
            return el(
              'li',
              { 'data-relationship': link.type },
              el('span', { class: 'words' }, outgoing ? `${link.words} →` : `← ${link.words}`),
              ' ',
              el('a', { href: hrefOf({ view: 'node', id: link.neighbour.id }) }, link.neighbour.label),
              ' ',
              el('span', { class: 'kind' }, link.neighbour.__typename),
              link.detail ? el('span', { class: 'detail' }, ` · ${link.detail}`) : null,
              ' ',
              evidence,
            );
          }),
        ),
  );
}
