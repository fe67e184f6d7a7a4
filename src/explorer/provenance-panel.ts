/**
 * The provenance panel beside every drawing: the fact under the pointer (hover) or the last one
 * clicked, with each supporting quote and the source it comes from, and where its sources disagree,
 * each one's claim side by side.
 */
import { disputeElement } from './dispute-view.js';
import { Child, el, replaceChildren } from './dom.js';
import { Citation, citationsLeftOut, Fact, FactSource, resolveFact } from './facts.js';
import { hrefOf } from './routes.js';

export class ProvenancePanel {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;
  private pinned: FactSource | undefined;
  /** Counts what was asked to be shown, so a slow answer never replaces a newer one. */
  private shown = 0;

  constructor() {
    this.body = el('div', { class: 'provenance-body', 'data-testid': 'provenance-body' });
    this.element = el(
      'aside',
      { class: 'provenance', 'aria-labelledby': 'provenance-title', 'aria-live': 'polite', 'data-testid': 'provenance' },
      el('h3', { id: 'provenance-title' }, 'Provenance'),
      this.body,
    );
    replaceChildren(this.body, el('p', { class: 'hint' }, 'Point at or click a node, a line or an entry to see where the fact comes from.'));
  }

  /** Shows a fact until another is clicked. */
  pin(fact: FactSource): void {
    this.pinned = fact;
    void this.show(fact, false);
  }

  /** Shows a fact while the pointer is on it. */
  preview(fact: FactSource): void {
    void this.show(fact, true);
  }

  /** Back to the clicked fact when the pointer leaves. */
  endPreview(): void {
    if (this.pinned) void this.show(this.pinned, false);
  }

  private async show(source: FactSource, preview: boolean): Promise<void> {
    const ticket = ++this.shown;
    this.element.classList.toggle('previewing', preview);
    if (typeof source === 'function') replaceChildren(this.body, el('p', { class: 'hint' }, 'Looking up the evidence…'));
    try {
      const fact = await resolveFact(source);
      if (ticket === this.shown) replaceChildren(this.body, ...factElements(fact));
    } catch (error) {
      if (ticket === this.shown) {
        replaceChildren(this.body, el('p', { role: 'alert' }, `The evidence could not be loaded: ${(error as Error).message}`));
      }
    }
  }
}

function factElements(fact: Fact): Child[] {
  return [
    el('p', { class: 'statement', 'data-testid': 'fact-statement' }, fact.statement),
    // What the sources disagree on first: it is what a "disputed" mark leads to.
    ...(fact.disputes ?? []).map((dispute) => disputeElement(dispute, 'evidence')),
    fact.citations.length > 0
      ? el('ul', { class: 'citations' }, fact.citations.map(citationElement))
      : el('p', { class: 'no-evidence' }, 'No supporting sentence is recorded for this.'),
    moreCitations(fact),
    fact.note ? el('p', { class: 'note' }, fact.note) : null,
  ];
}

function moreCitations(fact: Fact): HTMLElement | null {
  const note = citationsLeftOut(fact);
  return note ? el('p', { class: 'note', 'data-testid': 'more-citations' }, note) : null;
}

export function citationElement(citation: Citation): HTMLElement {
  const { source } = citation;
  return el(
    'li',
    {},
    el(
      'figure',
      { class: 'citation' },
      el('blockquote', { 'data-testid': 'quote' }, citation.quote),
      el(
        'figcaption',
        {},
        '— ',
        el('cite', {}, source.title),
        source.published ? `, ${source.published}` : ', undated',
        // Only web addresses become links: a stored `javascript:` address must not.
        source.url && /^https?:\/\//i.test(source.url) ? [' (', el('a', { href: source.url, rel: 'noreferrer' }, 'original'), ')'] : null,
        ' · ',
        el('a', { href: hrefOf({ view: 'node', id: source.id }) }, 'the source in the graph'),
      ),
    ),
  );
}
