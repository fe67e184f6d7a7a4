/** The top of every view of a node: what it is, its name and description, and links to its other views. */
import { Child, el } from './dom.js';
import { hrefOf, Route } from './routes.js';

export interface HeaderNode {
  id: string;
  kind: string;
  label: string;
  description?: string | null;
  details?: [string, string][];
  /** What to show after a detail's value (a disputed fact's mark), by its term. */
  detailMark?: (term: string) => Child;
}

export type NodeViewName = 'node' | 'lineage' | 'path';

export function viewHeader(node: HeaderNode, current: NodeViewName, title = node.label): HTMLElement {
  const tabs: [NodeViewName, string, Route][] = [
    ['node', 'Neighbourhood', { view: 'node', id: node.id }],
    ...(node.kind === 'Person' ? [['lineage', 'Family tree', { view: 'lineage', personId: node.id }] as [NodeViewName, string, Route]] : []),
    ['path', 'Connections', { view: 'path', fromId: node.id }],
  ];
  return el(
    'header',
    { class: 'view-header' },
    el('p', { class: 'node-kind', 'data-testid': 'node-kind' }, node.kind),
    el('h2', { id: 'view-title', tabindex: '-1', 'data-testid': 'view-title' }, title),
    node.description ? el('p', { class: 'description' }, node.description) : null,
    node.details && node.details.length > 0
      ? el(
          'dl',
          { class: 'details' },
          node.details.flatMap(([term, value]) => {
            const mark = node.detailMark?.(term);
            return [el('dt', {}, term), el('dd', { 'data-term': term }, value, mark ? [' ', mark] : null)];
          }),
        )
      : null,
    el(
      'nav',
      { class: 'tabs', 'aria-label': `Views of ${node.label}` },
      tabs.map(([name, text, route]) =>
        el('a', { href: hrefOf(route), 'aria-current': name === current ? 'page' : undefined, 'data-testid': `tab-${name}` }, text),
      ),
    ),
  );
}

/** A view ready: its title for the window, and the keyboard and screen readers start at its heading. */
export function viewShown(main: HTMLElement, title: string): void {
  document.title = `${title} · Pitlane Graph explorer`;
  main.querySelector<HTMLElement>('#view-title')?.focus({ preventScroll: false });
}
