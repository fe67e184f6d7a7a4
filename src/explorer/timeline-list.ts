/** A person's timeline as a list beside the drawing; each entry shows its evidence on hover, focus or click. */
import { el, replaceChildren } from './dom.js';
import { citedBy, Fact } from './facts.js';
import { ProvenancePanel } from './provenance-panel.js';
import { hrefOf } from './routes.js';
import { loadTimeline, TimelineEntry } from './timeline-data.js';

/** Filled in when the timeline arrives; `isCurrent` is false once the reader has moved on. */
export function timelineSection(personId: string, panel: ProvenancePanel, isCurrent: () => boolean): HTMLElement {
  const list = el('p', { class: 'hint' }, 'Loading the timeline…');
  const section = el(
    'section',
    { class: 'timeline', 'aria-labelledby': 'timeline-title', 'data-testid': 'timeline' },
    el('h3', { id: 'timeline-title' }, 'Timeline'),
    list,
  );
  loadTimeline(personId).then(
    (entries) => {
      if (!isCurrent()) return;
      if (!entries || entries.length === 0) {
        list.replaceWith(el('p', {}, 'The sources date nothing in this career.'));
        return;
      }
      list.replaceWith(el('ol', { class: 'timeline-entries' }, entries.map((entry) => entryElement(entry, panel))));
    },
    (error: Error) => {
      if (isCurrent()) replaceChildren(list, `The timeline could not be loaded: ${error.message}`);
    },
  );
  return section;
}

/** The years an entry spans or may fall in: "1995", "1989–1990", "from 2013". */
function yearsOf(entry: TimelineEntry): string | null {
  const { earliestYear: earliest, latestYear: latest } = entry;
  if (earliest === null) return latest === null ? null : `until ${latest}`;
  if (latest === null) return `from ${earliest}`;
  return earliest === latest ? String(earliest) : `${earliest}–${latest}`;
}

/**
 * When an entry happened, as precisely as known: the date or year the source gives ("about" when it
 * gives it roughly), else the years it spans or the graph derives ("1989–1990", already widened for
 * a rough date); the source's own words lead where it gives them ("at 14 (1989–1990)").
 */
function whenOf(entry: TimelineEntry): string {
  const stated = entry.date ?? (entry.approximate ? entry.year?.toString() : undefined);
  const when = stated ? `${entry.approximate ? 'about ' : ''}${stated}` : yearsOf(entry) ?? entry.year?.toString() ?? null;
  const asStated = entry.dateAsStated ?? (entry.age === null ? null : `at ${entry.age}`);
  if (asStated && when) return `${asStated} (${when})`;
  return asStated ?? when ?? 'undated';
}

function entryElement(entry: TimelineEntry, panel: ProvenancePanel): HTMLElement {
  const when = whenOf(entry);
  const fact: Fact = {
    statement: `${when[0]?.toUpperCase()}${when.slice(1)}: ${entry.title}${entry.detail ? `. ${entry.detail}` : ''}`,
    ...citedBy(entry),
  };
  const button = el('button', { type: 'button', class: 'entry-title' }, entry.title);
  button.addEventListener('click', () => panel.pin(fact));
  for (const start of ['mouseenter', 'focus']) button.addEventListener(start, () => panel.preview(fact));
  for (const end of ['mouseleave', 'blur']) button.addEventListener(end, () => panel.endPreview());
  return el(
    'li',
    { class: 'timeline-entry', 'data-kind': entry.kind },
    el('span', { class: 'when' }, when),
    ' ',
    button,
    ' ',
    el('a', { href: hrefOf({ view: 'node', id: entry.subject.id }), class: 'open', 'aria-label': `Open ${entry.title}` }, 'open'),
    entry.detail ? el('span', { class: 'detail' }, entry.detail) : null,
  );
}
