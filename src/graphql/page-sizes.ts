/**
 * Every list under an object (a person's seasons, a season's entries, ...) is a page: at most
 * NESTED_PAGE.maximum items, NESTED_PAGE.default when `first` is not given. Declared once here; the
 * list fields, their `…Connection` twins, the query cost and the benchmark's questions all read
 * these. (A module of plain values: the bench's command line reads it without the GraphQL types.)
 */
export const NESTED_PAGE = { default: 20, maximum: 100 } as const;

/**
 * An element's citations (`sources`: one per source statement of it) are a page too, with a smaller
 * default: a fact rarely has more than a few sources, and every cited object in a list multiplies the
 * query cost by its citations' page size. `sourcesConnection { totalCount }` says how many there are.
 */
export const CITATION_PAGE = { default: 5, maximum: NESTED_PAGE.maximum } as const;
