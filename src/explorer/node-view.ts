/**
 * The neighbourhood view of any node (#/node/<id>): its relationships drawn around it, clickable
 * to move on, the same relationships as a list, the provenance panel and, for a person, the
 * timeline beside the drawing. A fact its sources disagree on is marked "disputed", and its claims
 * are shown side by side (below the node's facts; a relationship's in its evidence).
 */
import { Dispute } from './claims.js';
import { disputedMark, disputeSectionId, disputesSection, showDispute } from './dispute-view.js';
import { el } from './dom.js';
import { workspace } from './workspace.js';
import { DrawnEdge, DrawnNode, drawGraph } from './drawing.js';
import { Fact, FactSource } from './facts.js';
import { Link, loadNeighbourhood, Neighbourhood } from './neighbourhood-data.js';
import { NEIGHBOURS_SHOWN } from './neighbourhood-queries.js';
import { factsOfNode } from './node-facts.js';
import { legend, Outline } from './legend.js';
import { captionId, Columns, columnsOf, initialPosition, Row, shortLabel, Side, stackRows, wordsDrawn } from './neighbourhood-layout.js';
import { isUnnamedPerson } from './node-labels.js';
import { ProvenancePanel } from './provenance-panel.js';
import { relationshipEvidence } from './relationship-evidence.js';
import { KINSHIP_TYPES } from './relationship-words.js';
import { navigate, hrefOf } from './routes.js';
import { timelineSection } from './timeline-list.js';
import { viewHeader, viewShown } from './view-header.js';
import { ViewContext } from './view-context.js';

/** Room around the drawing, in pixels. */
const PADDING = 20;

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
  const centreFact: Fact = {
    statement: node.description ? `${node.label} (${node.kind}): ${node.description}` : `${node.label} (${node.kind})`,
    citations: node.citations,
    citationsTotal: node.citationsTotal,
    note:
      node.kind === 'Source'
        ? 'A source: every quote in the graph comes from one.'
        : node.disputes.length > 0
          ? disputesNote(node.disputes)
          : undefined,
  };
  const columns = columnsOf(links);
  const { nodes, edges } = drawingOf(neighbourhood, centreFact, columns);
  const drawnNodes = nodes.filter((drawn) => !drawn.classes?.includes('group-label'));
  const outlines: Outline[] = ['centre', ...(drawnNodes.some((drawn) => drawn.classes?.includes('unnamed')) ? ['unnamed' as const] : [])];
  main.replaceChildren(
    el(
      'article',
      { class: 'node-view', 'aria-labelledby': 'view-title' },
      viewHeader({ ...node, detailMark: detailMarks(node.disputes, node.detailTerms) }, 'node'),
      disputesSection(node.disputes, node.conflictsNotShown),
      node.linksNotShown > 0
        ? el('p', { class: 'note', 'data-testid': 'links-not-shown' },
          `${node.linksNotShown} more ${node.linksNotShown === 1 ? 'relationship' : 'relationships'} than this page draws (at most ${NEIGHBOURS_SHOWN} of each kind); the API’s …Connection fields page through them all.`)
        : null,
      node.text ? el('details', { class: 'source-text' }, el('summary', {}, 'Full text of the source'), el('p', {}, node.text)) : null,
      workspace(
        graphBox,
        [
          legend(
            drawnNodes.map((drawn) => drawn.kind),
            outlines,
          ),
          'Click a node to open it, a line to keep its evidence beside the drawing; point at either for a preview (long names are shortened here, whole in the list below).',
        ],
        [panel.element, node.kind === 'Person' ? timelineSection(node.id, panel, context.isCurrent) : null],
      ),
      relationshipList(neighbourhood, panel),
    ),
  );
  drawGraph(graphBox, nodes, edges, {
    panel,
    open: (neighbourId) => navigate({ view: 'node', id: neighbourId }),
    // The node in the middle, its neighbours in two columns (neighbourhood-layout.ts).
    layout: { name: 'preset', fit: false, animate: false },
    arrange: (graph) => {
      stackRows(graph, columns, rowId);
      // As tall as the drawing needs to be read at about its natural size; the page scrolls.
      const box = graph.elements().boundingBox({ includeLabels: true });
      const needed = Math.ceil(box.h + 2 * PADDING);
      if (graphBox.clientHeight < needed) {
        graphBox.style.height = `${needed}px`;
        graph.resize();
      }
      graph.fit(undefined, PADDING);
    },
  });
  panel.pin(centreFact);
  viewShown(main, node.label);
}

/** The mark beside each detail whose property is disputed, leading to its claims. */
function detailMarks(disputes: Dispute[], detailTerms: Record<string, string>): (term: string) => HTMLElement | null {
  const shown = disputes.filter((dispute) => dispute.property !== null && detailTerms[dispute.property] === dispute.term);
  const byTerm = new Map(shown.map((dispute) => [dispute.term, dispute]));
  return (term) => {
    const dispute = byTerm.get(term);
    return dispute ? disputedMark(dispute, () => showDispute(disputeSectionId(dispute))) : null;
  };
}

function disputesNote(disputes: Dispute[]): string {
  const terms = disputes.map((dispute) => dispute.term);
  return `The sources disagree on ${terms.join(', ')}: see “Disputed facts” for each source’s claim.`;
}

function statementOf(link: Link, centreLabel: string): string {
  const detail = link.detail ? ` (${link.detail})` : '';
  if (KINSHIP_TYPES.has(link.type)) return `${link.neighbour.label} is ${centreLabel}’s ${link.words}${detail}.`;
  const [from, to] = link.from === link.neighbour.id ? [link.neighbour.label, centreLabel] : [centreLabel, link.neighbour.label];
  return `${from} — ${link.words} → ${to}${detail}`;
}

function factOf(link: Link, centreLabel: string): FactSource {
  const statement = statementOf(link, centreLabel);
  if (link.citations) return { statement, citations: link.citations, citationsTotal: link.citationsTotal, disputes: link.disputes };
  return async () => ({ ...(await relationshipEvidence(link.from, link.to, link.type, statement)), disputes: link.disputes });
}

/** The drawing's id of a row: the neighbour's own id, or its column's caption's. */
function rowId(side: Side, index: number, row: Row): string {
  return 'caption' in row ? captionId(side, index) : row.neighbourId;
}

function drawingOf({ node, links }: Neighbourhood, centreFact: Fact, columns: Columns): { nodes: DrawnNode[]; edges: DrawnEdge[] } {
  const centre: DrawnNode = { id: node.id, label: node.label, kind: node.kind, classes: ['centre'], position: { x: 0, y: 0 }, fact: centreFact };
  const neighbours = new Map(links.map((link) => [link.neighbour.id, link.neighbour]));
  const nodes: DrawnNode[] = [centre];
  for (const side of ['left', 'right'] as Side[]) {
    columns[side].forEach((row, index) => {
      const position = initialPosition(side, index);
      if ('caption' in row) {
        nodes.push({ id: captionId(side, index), label: row.caption, kind: 'caption', classes: ['group-label', `side-${side}`], position });
        return;
      }
      const neighbour = neighbours.get(row.neighbourId);
      if (!neighbour) return;
      nodes.push({
        id: neighbour.id,
        label: shortLabel(neighbour.label),
        fullLabel: neighbour.label,
        kind: neighbour.__typename,
        classes: [...(isUnnamedPerson(neighbour) ? ['unnamed'] : []), `side-${side}`],
        position,
        fact: () => factsOfNode(neighbour.id, neighbour.label),
      });
    });
  }
  const drawnWords = wordsDrawn(links);
  const edges = links.map((link, index) => ({
    id: `link-${index}`,
    from: link.from,
    to: link.to,
    label: link.words,
    drawnLabel: drawnWords[index],
    // The words are drawn near the neighbour's end of the line.
    classes: [...(KINSHIP_TYPES.has(link.type) ? ['kinship'] : []), link.to === link.neighbour.id ? 'to-neighbour' : 'from-neighbour'],
    fact: factOf(link, node.label),
  }));
  return { nodes, edges };
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
            // What its sources disagree on (a property, or which end a to-one type has): each mark shows the claims in the evidence panel.
            const marks = link.disputes.map((dispute) =>
              disputedMark(dispute, () => {
                panel.pin(factOf(link, node.label));
                panel.element.scrollIntoView({ block: 'nearest' });
              }));
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
              marks.flatMap((mark) => [' ', mark]),
              ' ',
              evidence,
            );
          }),
        ),
  );
}
