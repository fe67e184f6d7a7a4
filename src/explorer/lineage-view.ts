/**
 * The family tree of a person (#/lineage/<personId>): relatives drawn by generation (older rows
 * above), those who raced highlighted, kinship on the lines, unnamed relatives shown as unnamed;
 * the same relatives as a table, the provenance panel and the timeline beside the drawing.
 */
import { el } from './dom.js';
import { workspace } from './workspace.js';
import { DrawnEdge, DrawnNode, drawGraph } from './drawing.js';
import { Citation, citedBy, Fact } from './facts.js';
import { loadLineage, Lineage, LINEAGE_DEPTH, Relative } from './lineage-data.js';
import { labelOf } from './node-labels.js';
import { ProvenancePanel } from './provenance-panel.js';
import { hrefOf, navigate } from './routes.js';
import { timelineSection } from './timeline-list.js';
import { viewHeader, viewShown } from './view-header.js';
import { ViewContext } from './view-context.js';

const ROW_HEIGHT = 180;
const COLUMN_WIDTH = 240;

export async function renderLineageView(main: HTMLElement, personId: string, context: ViewContext): Promise<void> {
  const lineage = await loadLineage(personId);
  if (!context.isCurrent()) return;
  if (!lineage) {
    context.notFound(`No person in the graph has the id “${personId}”, so there is no family tree to show.`);
    return;
  }
  const person = { id: lineage.person.id, kind: 'Person', label: labelOf(lineage.person), description: lineage.person.description };
  const panel = new ProvenancePanel();
  const graphBox = el('div', {
    class: 'graph lineage-graph',
    'data-testid': 'graph',
    role: 'img',
    'aria-label': `Family tree of ${person.label}: ${lineage.relatives.length} relatives by generation; the table below lists them.`,
  });
  main.replaceChildren(
    el(
      'article',
      { class: 'lineage-view', 'aria-labelledby': 'view-title' },
      viewHeader(person, 'lineage', `Family tree of ${person.label}`),
      workspace(
        graphBox,
        [
          el(
            'ul',
            { class: 'legend' },
            el('li', { class: 'legend-raced' }, 'Red outline: raced'),
            el('li', { class: 'legend-unnamed' }, 'Dashed outline: not named in the source'),
            el('li', {}, 'Rows: generations, older above'),
          ),
          'Lines carry the kinship; click one for its evidence, or a relative to open them.',
        ],
        [panel.element, timelineSection(person.id, panel, context.isCurrent)],
      ),
      relativesTable(lineage, panel),
    ),
  );
  const { nodes, edges } = drawingOf(lineage);
  drawGraph(graphBox, nodes, edges, {
    panel,
    open: (id) => navigate({ view: 'node', id }),
    layout: { name: 'preset', fit: true, padding: 30, animate: false },
  });
  if (lineage.relatives.length === 0) panel.pin({ statement: `The sources name no relatives of ${person.label}.`, ...citedBy(lineage.person) });
  else panel.pin(relativeFact(lineage, lineage.relatives[0] as Relative));
  viewShown(main, `Family tree of ${person.label}`);
}

export function generationName(generation: number): string {
  if (generation === 0) return 'own generation';
  const up = ['', 'parents’', 'grandparents’', 'great-grandparents’'];
  const down = ['', 'children’s', 'grandchildren’s', 'great-grandchildren’s'];
  const name = generation > 0 ? up[generation] : down[-generation];
  return name ? `${name} generation` : `${Math.abs(generation)} generations ${generation > 0 ? 'up' : 'down'}`;
}

const relativeLabel = (relative: Relative): string => labelOf(relative.person, relative.kinship);

function relativeFact(lineage: Lineage, relative: Relative): Fact {
  const citations = new Map<string, Citation>();
  for (const hop of relative.path) for (const citation of hop.sources) citations.set(`${citation.source.id}\n${citation.quote}`, citation);
  const raced = relative.raced ? '; raced' : '';
  return {
    statement: `${relativeLabel(relative)} is ${labelOf(lineage.person)}’s ${relative.kinship}${raced}.`,
    citations: [...citations.values()],
    note: relative.derivedFromHops ? undefined : 'The source states this relation without the people in between.',
  };
}

function drawingOf(lineage: Lineage): { nodes: DrawnNode[]; edges: DrawnEdge[] } {
  const root = lineage.person;
  const rows = new Map<number, DrawnNode[]>([[0, []]]);
  const labels = new Map<string, string>([[root.id, labelOf(root)]]);
  for (const relative of lineage.relatives) {
    labels.set(relative.person.id, relativeLabel(relative));
    const row = rows.get(relative.generation) ?? [];
    row.push({
      id: relative.person.id,
      label: relativeLabel(relative),
      kind: 'Person',
      classes: [...(relative.raced ? ['raced'] : []), ...(relative.person.name ? [] : ['unnamed'])],
      fact: relativeFact(lineage, relative),
    });
    rows.set(relative.generation, row);
  }
  // The person in the middle of their own row.
  const ownRow = rows.get(0) as DrawnNode[];
  ownRow.splice(Math.floor(ownRow.length / 2), 0, {
    id: root.id,
    label: labelOf(root),
    kind: 'Person',
    classes: ['centre', ...(root.raced ? ['raced'] : [])],
    fact: { statement: `${labelOf(root)}${root.description ? `: ${root.description}` : ''}`, ...citedBy(root) },
  });
  const widest = Math.max(...[...rows.values()].map((row) => row.length));
  const nodes: DrawnNode[] = [];
  for (const [generation, row] of [...rows.entries()].sort(([a], [b]) => b - a)) {
    const y = -generation * ROW_HEIGHT;
    row.forEach((node, index) => nodes.push({ ...node, position: { x: (index - (row.length - 1) / 2) * COLUMN_WIDTH, y } }));
    nodes.push({
      id: `generation ${generation}`,
      label: generationName(generation),
      kind: 'caption',
      classes: ['generation-label'],
      position: { x: -((widest - 1) / 2) * COLUMN_WIDTH - COLUMN_WIDTH, y },
    });
  }
  const edges = new Map<string, DrawnEdge>();
  for (const relative of lineage.relatives) {
    for (const hop of relative.path) {
      const id = `${hop.type} ${hop.from.id} ${hop.to.id}`;
      if (edges.has(id)) continue;
      const from = labels.get(hop.from.id) ?? hop.from.id;
      const to = labels.get(hop.to.id) ?? hop.to.id;
      edges.set(id, {
        id,
        from: hop.from.id,
        to: hop.to.id,
        label: hop.relation,
        classes: ['kinship'],
        fact: { statement: `${to} is ${from}’s ${hop.relation}.`, ...citedBy(hop) },
      });
    }
  }
  return { nodes, edges: [...edges.values()] };
}

function relativesTable(lineage: Lineage, panel: ProvenancePanel): HTMLElement {
  const person = labelOf(lineage.person);
  if (lineage.relatives.length === 0) return el('p', {}, `The sources name no relatives of ${person} within ${LINEAGE_DEPTH} kinship links.`);
  return el(
    'section',
    { class: 'relatives', 'aria-labelledby': 'relatives-title' },
    el('h3', { id: 'relatives-title' }, `Relatives (${lineage.relatives.length})`),
    el(
      'table',
      { 'data-testid': 'relatives' },
      el('thead', {}, el('tr', {}, ['Relative', 'Kinship', 'Generation', 'Raced', 'Achievements', 'Evidence'].map((name) => el('th', { scope: 'col' }, name)))),
      el(
        'tbody',
        {},
        lineage.relatives.map((relative) => {
          const evidence = el('button', { type: 'button', class: 'evidence' }, 'Evidence');
          evidence.addEventListener('click', () => panel.pin(relativeFact(lineage, relative)));
          return el(
            'tr',
            { 'data-person': relative.person.id, class: relative.raced ? 'raced' : undefined },
            el('th', { scope: 'row' }, el('a', { href: hrefOf({ view: 'node', id: relative.person.id }) }, relativeLabel(relative))),
            el('td', { 'data-testid': 'kinship' }, relative.kinship),
            el('td', {}, generationName(relative.generation)),
            el('td', {}, relative.raced ? 'yes' : 'not that the sources say'),
            el('td', {}, achievementsText(relative)),
            el('td', {}, evidence),
          );
        }),
      ),
    ),
  );
}

/** A relative's achievements by title, and how many more there are when the page holds only the first few. */
function achievementsText(relative: Relative): string {
  const titles = relative.achievements.map((achievement) => achievement.title);
  const more = relative.achievementsConnection.totalCount - titles.length;
  return more > 0 ? `${titles.join('; ')}; and ${more} more` : titles.join('; ');
}
