/**
 * `sources` on everything that carries provenance (every node and edge type of the model, a timeline
 * entry, a kinship hop, a path's relationship): its citations as a page (CITATION_PAGE: a smaller
 * default than other lists, the same maximum), with the Relay twin `sourcesConnection`. Citations are
 * read with their element (its `sources` and `quotes` properties, by a loader or a compiled
 * statement); the page is cut from them.
 */
import { ClassType, Resolver } from 'type-graphql';
import { Citation, Cited } from '../../graphql/citation.type';
import { CitationListArgs } from '../../graphql/connection';
import { addPagedList } from './paged-list';

const DESCRIPTION = 'Where this fact comes from: each source statement of it (the source and its supporting quote), in the order they were recorded.';

/** Adds `sources` and `sourcesConnection` to a resolver class of a type extending Cited. */
export function addCitations(resolver: ClassType): void {
  addPagedList<Cited>(resolver, {
    name: 'sources', itemName: 'Citation', item: () => Citation, description: DESCRIPTION, all: (cited) => cited.sources, args: CitationListArgs,
  });
}

/** One resolver class per type (by its name) adding its citations. */
export function citationResolvers(types: ReadonlyMap<string, ClassType>): ClassType[] {
  return [...types].map(([name, type]) => {
    const className = `${name}Citations`;
    const resolver = { [className]: class {} }[className];
    Resolver(() => type)(resolver);
    addCitations(resolver);
    return resolver;
  });
}
