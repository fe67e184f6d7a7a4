/** The home view (#/): what the explorer is, and starting points: the people who raced and the series. */
import { el } from './dom.js';
import { loadStartingPoints } from './home-data.js';
import { hrefOf } from './routes.js';
import { hitElement } from './search-picker.js';
import { viewShown } from './view-header.js';
import { ViewContext } from './view-context.js';

export async function renderHomeView(main: HTMLElement, context: ViewContext): Promise<void> {
  const { people, seriesList } = await loadStartingPoints();
  if (!context.isCurrent()) return;
  main.replaceChildren(
    el(
      'article',
      { class: 'home-view', 'aria-labelledby': 'view-title' },
      el('h2', { id: 'view-title', tabindex: '-1', 'data-testid': 'view-title' }, 'Explore the graph'),
      el(
        'p',
        {},
        'Search for a driver, a team, a series or a race above, or start from one of these. Every view shows where its facts come from: ',
        'point at or click a node, a line or a timeline entry, and the quote and its source appear beside the drawing.',
      ),
      el(
        'div',
        { class: 'starting-points' },
        el(
          'section',
          { 'aria-labelledby': 'people-title' },
          el('h3', { id: 'people-title' }, `People who raced (${people.totalCount})`),
          el(
            'ul',
            { 'data-testid': 'people' },
            people.edges.map(({ node }) => hitElement({ __typename: 'Person', ...node }, hrefOf({ view: 'node', id: node.id }))),
          ),
        ),
        el(
          'section',
          { 'aria-labelledby': 'series-title' },
          el('h3', { id: 'series-title' }, `Series (${seriesList.totalCount})`),
          el('ul', { 'data-testid': 'series' }, seriesList.edges.map(({ node }) => el('li', {}, el('a', { href: hrefOf({ view: 'node', id: node.id }) }, node.name)))),
        ),
      ),
    ),
  );
  viewShown(main, 'Explore the graph');
}
