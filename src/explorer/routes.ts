/**
 * The explorer's views as URL fragments, so every view can be linked to and the back button
 * works: #/search/<text>, #/node/<id>, #/lineage/<personId>, #/path/<fromId>[/<toId>].
 */
export type Route =
  | { view: 'home' }
  | { view: 'search'; text: string }
  | { view: 'node'; id: string }
  | { view: 'lineage'; personId: string }
  | { view: 'path'; fromId: string; toId?: string };

export function parseRoute(hash: string): Route {
  const parts = hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter((part) => part !== '')
    .map(decodeComponent);
  const [view, first, second] = parts;
  if (view === 'search' && first) return { view: 'search', text: first };
  if (view === 'node' && first) return { view: 'node', id: first };
  if (view === 'lineage' && first) return { view: 'lineage', personId: first };
  if (view === 'path' && first) return second ? { view: 'path', fromId: first, toId: second } : { view: 'path', fromId: first };
  return { view: 'home' };
}

export function hrefOf(route: Route): string {
  switch (route.view) {
    case 'home':
      return '#/';
    case 'search':
      return `#/search/${encodeURIComponent(route.text)}`;
    case 'node':
      return `#/node/${encodeURIComponent(route.id)}`;
    case 'lineage':
      return `#/lineage/${encodeURIComponent(route.personId)}`;
    case 'path':
      return `#/path/${encodeURIComponent(route.fromId)}${route.toId ? `/${encodeURIComponent(route.toId)}` : ''}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefOf(route);
}

/** A hand-typed fragment may hold a stray "%": keep it as typed rather than fail. */
function decodeComponent(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
