/** Person's root queries and the fields that are not a declared property or relationship. */
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../graphql/connection';
import { GraphContext } from '../context';
import { lookupOfLabel, rootList } from '../compiled/compiled-reads';
import { nodeType } from '../model/api-types';
import { addPagedList } from '../shared/paged-list';
import { EntityRow } from '../shared/rows';
import { CAREER_LOADER } from './career.loaders';
import { SeriesCareer } from './career.type';
import { PersonFilter, PersonOrder } from './person.args';
import { PEOPLE } from './person.cypher';
import { KINSHIP_LABEL_LOADER, RACED_LOADER } from './person.loaders';

@ObjectType()
export class PersonConnection extends Connection(() => nodeType('Person'), 'Person') {}

@Resolver(() => nodeType('Person'))
export class PersonResolver {
  @Query(() => nodeType('Person'), { nullable: true, description: 'A person by id; null with a NOT_FOUND error when no person has it.' })
  person(@Arg('id', () => ID) id: string, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo) {
    return lookupOfLabel(context, info, id, 'Person');
  }

  @Query(() => PersonConnection, { description: 'People, filtered and ordered, a page at a time.' })
  people(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => PersonFilter, { nullable: true }) filter: PersonFilter | null,
    @Arg('orderBy', () => PersonOrder, { defaultValue: PersonOrder.NAME }) orderBy: PersonOrder,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootList(context, info, PEOPLE[orderBy], filter, page);
  }

  @FieldResolver(() => String, {
    description: 'The name; for a person no source names, their kinship to a named relative ("Amber Balcaen\'s uncle"), else their description. Never an invented name.',
  })
  async displayName(@Root() person: EntityRow, @Ctx() context: GraphContext): Promise<string> {
    if (typeof person.name === 'string') return person.name;
    return (await context.loaders.get(KINSHIP_LABEL_LOADER).load(person.id)) ?? (person.description as string | undefined) ?? person.id;
  }

  @FieldResolver(() => Boolean, { description: 'A source calls them a driver, or they entered a season or race.' })
  raced(@Root() person: EntityRow, @Ctx() context: GraphContext) {
    return context.loaders.get(RACED_LOADER).load(person.id);
  }
}

addPagedList<EntityRow>(PersonResolver, {
  name: 'careerSummary',
  itemName: 'SeriesCareer',
  item: () => SeriesCareer,
  description: 'Career summary per series.',
  all: (person, context) => context.loaders.get(CAREER_LOADER).load(person.id),
});
