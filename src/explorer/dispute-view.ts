/**
 * Disputed facts on the page: the mark beside a fact whose sources disagree, and the claims of a
 * dispute side by side (each value, its source, the source's words, and which one the graph prefers
 * and why). See claims.ts for how a dispute is read from the API's answer.
 */
import { Child, el } from './dom.js';
import { ClaimView, Dispute, ruleWords } from './claims.js';
import { hrefOf } from './routes.js';

/** The id of a dispute's section on the page, for a mark to lead to it. */
export const disputeSectionId = (dispute: Dispute, scope = 'node'): string =>
  `dispute-${scope}-${(dispute.property ?? 'existence').replace(/[^A-Za-z0-9_-]/g, '-')}`;

const PINNED_WORDS = ruleWords('PINNED');

const sourcesCount = (dispute: Dispute): number => new Set(dispute.claims.map((claim) => claim.source.id)).size;
const valuesCount = (dispute: Dispute): number => new Set(dispute.claims.map((claim) => claim.value)).size;

/**
 * The visible "disputed" mark, a button that shows the claims (`show`); its accessible name says
 * what is disputed and how many values the sources give.
 */
export function disputedMark(dispute: Dispute, show: () => void): HTMLButtonElement {
  const mark = el(
    'button',
    {
      type: 'button',
      class: 'disputed-mark',
      'data-testid': 'disputed-mark',
      'data-property': dispute.property ?? undefined,
      'aria-label': `${dispute.term}: disputed, the sources give ${valuesCount(dispute)} different values. Show their claims.`,
      title: 'The sources disagree: show their claims side by side',
    },
    'disputed',
  );
  mark.addEventListener('click', show);
  return mark;
}

/** Brings a dispute's section into view and the keyboard to its heading. */
export function showDispute(sectionId: string): void {
  const section = document.getElementById(sectionId);
  if (!section) return;
  section.scrollIntoView({ block: 'nearest' });
  section.querySelector<HTMLElement>('h4')?.focus({ preventScroll: true });
}

/** One dispute: its heading, why the preferred value is preferred, and every claim side by side. */
export function disputeElement(dispute: Dispute, scope = 'node'): HTMLElement {
  const id = disputeSectionId(dispute, scope);
  return el(
    'section',
    { class: 'dispute', id, 'data-testid': 'dispute', 'data-property': dispute.property ?? undefined, 'aria-labelledby': `${id}-title` },
    el('h4', { id: `${id}-title`, tabindex: '-1' }, dispute.term, ' ', el('span', { class: 'disputed-label' }, 'disputed')),
    el(
      'p',
      { class: 'dispute-summary' },
      `${sourcesCount(dispute)} sources give ${valuesCount(dispute)} different values.`,
      dispute.rule ? ` The graph shows the preferred value: ${dispute.rule}.` : ' The graph shows the preferred value.',
    ),
    el('ul', { class: 'claims', 'aria-label': `What each source says of ${dispute.term}` }, dispute.claims.map((claim) => claimElement(claim, dispute.rule))),
  );
}

/**
 * Every dispute of a node's own facts, below them; null when its sources agree on everything.
 * `notShown`: how many more disputes about the node (or its relationships) the page did not load.
 */
export function disputesSection(disputes: Dispute[], notShown = 0): HTMLElement | null {
  if (disputes.length === 0 && notShown === 0) return null;
  return el(
    'section',
    { class: 'disputes', 'aria-labelledby': 'disputes-title', 'data-testid': 'disputes' },
    el('h3', { id: 'disputes-title' }, `Disputed facts (${disputes.length})`),
    el('p', { class: 'hint' }, 'The sources disagree on these. Each source’s claim is shown beside the others; the graph answers with the preferred one.'),
    disputes.map((dispute) => disputeElement(dispute)),
    notShown > 0
      ? el('p', { class: 'note', 'data-testid': 'disputes-not-shown' }, `The sources disagree on ${notShown} more ${notShown === 1 ? 'fact' : 'facts'} about this node or its relationships than this page marks; the API’s conflicts query lists them all.`)
      : null,
  );
}

/** One claim; the preferred one says why (`rule`), and whether a curator pinned it. */
function claimElement(claim: ClaimView, rule: string | null): HTMLElement {
  const { source, evidence } = claim;
  return el(
    'li',
    {
      class: claim.preferred ? 'claim preferred' : 'claim',
      'data-testid': 'claim',
      'data-claim': claim.id,
      'data-preferred': String(claim.preferred),
    },
    el('p', { class: 'claim-value', 'data-testid': 'claim-value' }, claim.value),
    el(
      'p',
      { class: 'claim-status', 'data-testid': 'claim-status' },
      claim.preferred ? el('strong', { class: 'preferred-badge' }, 'Preferred') : 'Not preferred',
      claim.preferred && rule ? `: ${rule}` : null,
      claim.pinned && !(claim.preferred && rule === PINNED_WORDS) ? [' · ', el('span', { class: 'pinned-badge' }, 'pinned by a curator')] : null,
    ),
    el(
      'figure',
      { class: 'citation' },
      evidenceElements(evidence),
      el(
        'figcaption',
        {},
        '— ',
        el('cite', { 'data-testid': 'claim-source' }, source.title),
        source.published ? `, ${source.published}` : ', undated',
        ' · ',
        el('span', { class: 'storage', 'data-testid': 'claim-storage' }, evidence.storage === 'stored' ? 'text stored' : 'cited, text not stored'),
        ' · ',
        el('a', { href: hrefOf({ view: 'node', id: source.id }) }, 'the source in the graph'),
      ),
    ),
  );
}

function evidenceElements(evidence: ClaimView['evidence']): Child[] {
  if (evidence.storage === 'stored') {
    return evidence.quotes.length > 0
      ? evidence.quotes.map((quote) => el('blockquote', { 'data-testid': 'claim-quote' }, quote))
      : [el('p', { class: 'no-evidence' }, 'No supporting sentence is recorded for this.')];
  }
  return [
    el('p', { class: 'locator', 'data-testid': 'claim-locator' }, evidence.locator ? `At: ${evidence.locator}` : 'No place in the work is given.'),
    evidence.excerpt ? el('blockquote', { 'data-testid': 'claim-excerpt' }, evidence.excerpt) : null,
  ];
}
