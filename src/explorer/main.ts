/**
 * The explorer page: the search box in its header, and the view the URL fragment names in its
 * main area. Each view reads the graph through the public GraphQL API only.
 */
import { el, required } from './dom.js';
import { clearDrawing } from './drawing.js';
import { renderHomeView } from './home-view.js';
import { renderLineageView } from './lineage-view.js';
import { renderNodeView } from './node-view.js';
import { renderPathView } from './path-view.js';
import { navigate, parseRoute, Route } from './routes.js';
import { renderSearchView } from './search-view.js';
import { viewShown } from './view-header.js';
import { ViewContext } from './view-context.js';

const main = required<HTMLElement>(document, '#view');
const searchForm = required<HTMLFormElement>(document, '#search-form');
const searchInput = required<HTMLInputElement>(document, '#search-text');

searchForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = searchInput.value.trim();
  if (text !== '') navigate({ view: 'search', text });
});

/** Counts renders, so that only the latest one may write to the page. */
let renders = 0;

function showMessage(title: string, message: string, role?: string): void {
  main.replaceChildren(
    el(
      'article',
      { 'aria-labelledby': 'view-title' },
      el('h2', { id: 'view-title', tabindex: '-1', 'data-testid': 'view-title' }, title),
      el('p', { role, 'data-testid': 'message' }, message),
      el('p', {}, el('a', { href: '#/' }, 'Back to the start')),
    ),
  );
  viewShown(main, title);
}

function renderRoute(route: Route, context: ViewContext): Promise<void> {
  switch (route.view) {
    case 'home':
      return renderHomeView(main, context);
    case 'search':
      return renderSearchView(main, route.text, context);
    case 'node':
      return renderNodeView(main, route.id, context);
    case 'lineage':
      return renderLineageView(main, route.personId, context);
    case 'path':
      return renderPathView(main, route.fromId, route.toId, context);
  }
}

async function render(): Promise<void> {
  const ticket = ++renders;
  const route = parseRoute(window.location.hash);
  const context: ViewContext = {
    isCurrent: () => ticket === renders,
    notFound: (message) => showMessage('Not found', message),
  };
  searchInput.value = route.view === 'search' ? route.text : '';
  clearDrawing();
  main.setAttribute('aria-busy', 'true');
  main.replaceChildren(el('p', { class: 'hint' }, 'Loading…'));
  try {
    await renderRoute(route, context);
  } catch (error) {
    if (context.isCurrent()) showMessage('Something went wrong', (error as Error).message, 'alert');
  } finally {
    if (context.isCurrent()) main.setAttribute('aria-busy', 'false');
  }
}

window.addEventListener('hashchange', () => void render());
void render();
