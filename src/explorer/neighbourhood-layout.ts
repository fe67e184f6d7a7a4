/**
 * How a neighbourhood is laid out so that it stays readable at any size (Amber Balcaen has 36
 * relationships): the neighbours in groups (family, people, teams, series and seasons, races,
 * achievements and events, sources), each under its caption, in two columns left and right of the
 * node, every label beside its node on the outer side and the line's words near the neighbour on
 * the inner side (a neighbour linked more than once has all its words on one line, see wordsDrawn). Rows are stacked by the height of what is drawn, so labels cannot collide; long
 * labels are shortened at a word, with an ellipsis (the full text is in the list below and the
 * provenance panel on hover).
 */
import { Link } from './neighbourhood-data.js';
import { KINSHIP_TYPES } from './relationship-words.js';

/** The longest label drawn; longer ones end at a word with "…". */
export const MOST_LABEL_CHARACTERS = 60;

/** Distance from the centre to each column, and between rows (graph units, pixels at zoom 1). */
const COLUMN_X = 215;
/**
 * How far inside its column a line's words sit, horizontally, whatever the line's slope: then the
 * words of neighbouring rows are apart in proportion to the rows, and clear of the nodes (words up
 * to about 115 pixels wide).
 */
const WORDS_INSIDE = 72;
const ROW_GAP = 8;
const GROUP_GAP = 14;

export interface Group {
  name: string;
  /** Whether a link belongs here (a neighbour goes to the first group taking any of its links). */
  takes(link: Link): boolean;
}

const ofKind = (...kinds: string[]) => (link: Link) => kinds.includes(link.neighbour.__typename);

export const GROUPS: Group[] = [
  { name: 'Family', takes: (link) => KINSHIP_TYPES.has(link.type) || link.neighbour.__typename === 'Family' },
  { name: 'People', takes: ofKind('Person') },
  { name: 'Teams and organisations', takes: ofKind('Team', 'Organization') },
  { name: 'Series and seasons', takes: ofKind('Series', 'Season') },
  { name: 'Races and venues', takes: ofKind('Race', 'Meeting', 'Class', 'Vehicle', 'Venue', 'Place') },
  { name: 'Achievements and events', takes: ofKind('Achievement', 'Award', 'Event', 'Education') },
  { name: 'Sources', takes: ofKind('Source') },
  { name: 'Other', takes: () => true },
];

/** `text`, or its start up to a word boundary and "…" when longer than `most` characters. */
export function shortLabel(text: string, most = MOST_LABEL_CHARACTERS): string {
  if (text.length <= most) return text;
  const cut = text.slice(0, most);
  const lastSpace = cut.lastIndexOf(' ');
  const start = (lastSpace > most / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '');
  return `${start}…`;
}

export type Side = 'left' | 'right';

/** One row of a column: a group's caption, or a neighbour. */
export type Row = { caption: string; group: string } | { neighbourId: string; group: string };

export interface Columns {
  left: Row[];
  right: Row[];
}

/**
 * The neighbours by group, in the order of GROUPS, then by the words of their link and their
 * label; split into two columns of about the same height (a group split between them is captioned
 * again, "(continued)").
 */
export function columnsOf(links: Link[]): Columns {
  // A neighbour linked more than once goes to the first group taking any of its links (a father
  // who inspired her is family).
  const byNeighbour = new Map<string, Link[]>();
  for (const link of links) byNeighbour.set(link.neighbour.id, [...(byNeighbour.get(link.neighbour.id) ?? []), link]);
  const grouped = new Map<string, Link[]>();
  for (const own of byNeighbour.values()) {
    const group = GROUPS.find((candidate) => own.some((link) => candidate.takes(link))) as Group;
    const first = own.find((link) => group.takes(link)) as Link;
    grouped.set(group.name, [...(grouped.get(group.name) ?? []), first]);
  }
  const rows: Row[] = [];
  for (const group of GROUPS) {
    const members = grouped.get(group.name);
    if (!members) continue;
    members.sort((a, b) => a.words.localeCompare(b.words) || a.neighbour.label.localeCompare(b.neighbour.label));
    rows.push({ caption: `${group.name} (${members.length})`, group: group.name });
    for (const member of members) rows.push({ neighbourId: member.neighbour.id, group: group.name });
  }
  // A column should not end with a caption, nor the right one start without one.
  let split = Math.ceil(rows.length / 2);
  while (split > 0 && 'caption' in (rows[split - 1] as Row)) split -= 1;
  const left = rows.slice(0, split);
  const right = rows.slice(split);
  const first = right[0];
  if (first && !('caption' in first)) right.unshift({ caption: `${first.group} (continued)`, group: first.group });
  return { left, right };
}

export const captionId = (side: Side, index: number): string => `caption-${side}-${index}`;

/** Where each row starts, before rows are stacked by their drawn height (see stackRows). */
export function initialPosition(side: Side, index: number): { x: number; y: number } {
  return { x: side === 'left' ? -COLUMN_X : COLUMN_X, y: index * 40 };
}

/**
 * Stacks each column's rows by the height of what is drawn (node and label), top to bottom, with
 * a gap, and centres both columns on the node in the middle. Run once Cytoscape has measured the
 * labels (after the drawing is made).
 */
export function stackRows(graph: cytoscape.Core, columns: Columns, idOf: (side: Side, index: number, row: Row) => string): void {
  const heights: number[] = [];
  const placed: { side: Side; ids: string[]; tops: number[] }[] = [];
  for (const side of ['left', 'right'] as Side[]) {
    let cursor = 0;
    const ids: string[] = [];
    const tops: number[] = [];
    columns[side].forEach((row, index) => {
      const id = idOf(side, index, row);
      const element = graph.getElementById(id);
      if (element.empty()) return;
      if ('caption' in row && index > 0) cursor += GROUP_GAP;
      const box = element.boundingBox({ includeLabels: true, includeOverlays: false });
      const above = element.position('y') - box.y1;
      element.position({ x: element.position('x'), y: cursor + above });
      ids.push(id);
      tops.push(cursor);
      cursor += box.h + ROW_GAP;
    });
    heights.push(cursor - ROW_GAP);
    placed.push({ side, ids, tops });
  }
  // Centre each column on the middle node.
  placed.forEach(({ ids }, column) => {
    const shift = -(heights[column] ?? 0) / 2;
    for (const id of ids) {
      const element = graph.getElementById(id);
      element.position({ x: element.position('x'), y: element.position('y') + shift });
    }
  });
  // Each line's words, WORDS_INSIDE from its neighbour's column, along the line (edge data read
  // by the stylesheet's target-text-offset and source-text-offset).
  graph.edges().forEach((edge) => {
    const [from, to] = [edge.source().position(), edge.target().position()];
    const length = Math.hypot(to.x - from.x, to.y - from.y);
    const across = Math.abs(to.x - from.x);
    edge.data('wordsOffset', across > 0 ? Math.min(length / 2, (WORDS_INSIDE * length) / across) : length / 2);
  });
}

/**
 * The words drawn on each line (by index in `links`): a neighbour's first line carries the words of
 * all its lines ("father · inspired by"), the others none, so no two sets of words sit on top of
 * each other where the lines meet. Each line keeps its own words for its evidence.
 */
export function wordsDrawn(links: Link[]): string[] {
  const first = new Map<string, number>();
  const words = new Map<string, string[]>();
  links.forEach((link, index) => {
    if (!first.has(link.neighbour.id)) first.set(link.neighbour.id, index);
    const known = words.get(link.neighbour.id) ?? [];
    if (!known.includes(link.words)) known.push(link.words);
    words.set(link.neighbour.id, known);
  });
  return links.map((link, index) => (first.get(link.neighbour.id) === index ? (words.get(link.neighbour.id) ?? []).join(' · ') : ''));
}
