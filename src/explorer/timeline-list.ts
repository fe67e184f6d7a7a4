/** A person's timeline as a list beside the drawing; each entry shows its evidence on hover, focus or click. */
import { el, replaceChildren } from './dom.js';
import { Fact } from './facts.js';
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

function whenOf(entry: TimelineEntry): string {
  const date = entry.date ?? (entry.year === null ? null : String(entry.year));
  if (date) return entry.approximate ? `about ${date}` : date;
  return entry.age === null ? 'undated' : `at ${entry.age}`;
}

function entryElement(entry: TimelineEntry, panel: ProvenancePanel): HTMLElement {
  const when = whenOf(entry);
  const fact: Fact = {
    statement: `${when[0]?.toUpperCase()}${when.slice(1)}: ${entry.title}${entry.detail ? `. ${entry.detail}` : ''}`,
    citations: entry.sources,
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
