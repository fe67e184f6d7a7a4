/** Search results (#/search/<text>): each hit links to its neighbourhood view. */
import { el } from './dom.js';
import { hrefOf } from './routes.js';
import { hitElement } from './search-picker.js';
import { search } from './search-data.js';
import { viewShown } from './view-header.js';
import { ViewContext } from './view-context.js';

export async function renderSearchView(main: HTMLElement, text: string, context: ViewContext): Promise<void> {
  const hits = await search(text);
  if (!context.isCurrent()) return;
  const title = `Search: “${text}”`;
  main.replaceChildren(
    el(
      'article',
      { class: 'search-view', 'aria-labelledby': 'view-title' },
      el('h2', { id: 'view-title', tabindex: '-1', 'data-testid': 'view-title' }, title),
      hits.length === 0
        ? el('p', { 'data-testid': 'no-results' }, 'Nothing in the graph matches. Try a surname, a series or a track.')
        : el(
            'ol',
            { class: 'hits', 'data-testid': 'search-results' },
            hits.map((hit) => hitElement(hit.node, hrefOf({ view: 'node', id: hit.node.id }))),
          ),
    ),
  );
  viewShown(main, title);
}
