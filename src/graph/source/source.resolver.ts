/** The source lookup, a source's citation data (CSL-JSON and BibTeX), and the source behind every citation. */
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { Citation } from '../../graphql/citation.type';
import { bibtex, CitableSource, cslJson } from '../../provenance/source-citation';
import { relationshipFieldsOf } from '../../model/model-queries';
import { firstNeighbour, GraphContext } from '../context';
import { answerFor } from '../compiled/answers';
import { lookupOfLabel } from '../compiled/compiled-reads';
import { nodeType } from '../model/api-types';
import { relationSpec } from '../model/relationship-fields';
import { requiredNode } from '../shared/node-fields';
import { EntityRow } from '../shared/rows';

/** The relationship type that names a source's publisher (the model's `publisher` field of Source). */
const PUBLISHED_BY = 'PUBLISHED_BY';

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** A Source row as a citation reads it, with its publisher's name (through the request's batched loader of that field). */
async function citableSource(source: EntityRow, context: GraphContext): Promise<CitableSource> {
  const publishedBy = relationshipFieldsOf(context.model, 'Source').find((of) => of.relationship.type === PUBLISHED_BY);
  const publisher = publishedBy ? await firstNeighbour(context, relationSpec(publishedBy), source.id) : null;
  const nameProperty = publisher ? context.model.nodes.find((node) => node.label === publisher.__typename)?.nameProperty ?? 'name' : 'name';
  return {
    id: source.id,
    title: String(source.title),
    kind: String(source.kind),
    published: text(source.published),
    url: text(source.url),
    retrieved: text(source.retrieved),
    licence: text(source.licence),
    authors: Array.isArray(source.authors) ? source.authors.map(String) : [],
    publisher: publisher ? text(publisher[nameProperty]) : null,
  };
}

@Resolver(() => nodeType('Source'))
export class SourceResolver {
  @Query(() => nodeType('Source'), { nullable: true, description: 'A source by id, with its full text; null with a NOT_FOUND error when no source has it.' })
  source(@Arg('id', () => ID) id: string, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return lookupOfLabel(context, info, id, 'Source');
  }

  @FieldResolver(() => String, {
    description: 'How to cite the source: its CSL-JSON item (csl-data.json, for Zotero, Pandoc and citeproc) as JSON text, with only the fields the source has; its type follows its kind.',
  })
  async csl(@Root() source: EntityRow, @Ctx() context: GraphContext): Promise<string> {
    return cslJson(await citableSource(source, context));
  }

  @FieldResolver(() => String, { description: 'How to cite the source in LaTeX: a BibTeX entry keyed by its id, converted from its CSL-JSON.' })
  async bibtex(@Root() source: EntityRow, @Ctx() context: GraphContext): Promise<string> {
    return bibtex([await citableSource(source, context)]);
  }
}

@Resolver(() => Citation)
export class CitationResolver {
  @FieldResolver(() => nodeType('Source'))
  source(@Root() citation: Citation, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    // Read with its node or edge by a compiled statement, else by the node loader.
    const compiled = answerFor(citation, info.path.key as string);
    return compiled ? compiled.value : requiredNode(context, citation.sourceId);
  }
}
