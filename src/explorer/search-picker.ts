/** A search form whose hits are links: to open a node, or to pick the other end of a path. */
import { el, replaceChildren } from './dom.js';
import { labelOf, LabelledNode } from './node-labels.js';
import { search } from './search-data.js';

export interface SearchPickerOptions {
  /** Text of the input's label. */
  label: string;
  /** Where a hit links to. */
  hrefFor(node: LabelledNode): string;
  /** A node that is not offered (the path's own start). */
  excludeId?: string;
  testId: string;
}

export function searchPicker(options: SearchPickerOptions): HTMLElement {
  const inputId = `${options.testId}-text`;
  const input = el('input', { id: inputId, type: 'search', name: 'text', required: '', autocomplete: 'off' });
  const results = el('div', { class: 'picker-results', 'aria-live': 'polite' });
  const form = el(
    'form',
    { class: 'picker', role: 'search', 'data-testid': options.testId },
    el('label', { for: inputId }, options.label),
    ' ',
    input,
    ' ',
    el('button', { type: 'submit' }, 'Find'),
    results,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (text === '') return;
    replaceChildren(results, el('p', { class: 'hint' }, 'Searching…'));
    search(text).then(
      (hits) => {
        const offered = hits.filter((hit) => hit.node.id !== options.excludeId);
        replaceChildren(
          results,
          offered.length === 0
            ? el('p', {}, `Nothing found for “${text}”.`)
            : el(
                'ul',
                { class: 'hits' },
                offered.map((hit) => hitElement(hit.node, options.hrefFor(hit.node))),
              ),
        );
      },
      (error: Error) => replaceChildren(results, el('p', { role: 'alert' }, `The search failed: ${error.message}`)),
    );
  });
  return form;
}

export function hitElement(node: LabelledNode, href: string): HTMLElement {
  return el(
    'li',
    {},
    el('a', { href }, labelOf(node)),
    ' ',
    el('span', { class: 'kind' }, node.__typename),
    node.description ? el('span', { class: 'description' }, ` — ${node.description}`) : null,
  );
}
