import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../graphql/connection';
import { edgesOf, GraphContext, neighbours, lookupOfLabel } from '../context';
import { listConnection } from '../shared/list';
import { RELATIONS } from '../shared/relations';
import { Achievement } from '../achievement/achievement.type';
import { Aspiration, toAspiration } from '../aspiration/aspiration.type';
import { Education } from '../education/education.type';
import { Event } from '../event/event.type';
import { Family } from '../family/family.type';
import { Inspiration, toInspiration } from '../inspiration/inspiration.type';
import { Organization } from '../organization/organization.type';
import { RaceEntry, toRaceEntry } from '../race-entry/race-entry.type';
import { SeasonEntry, toSeasonEntry } from '../season-entry/season-entry.type';
import { TeamStint, toTeamStint } from '../team-stint/team-stint.type';
import { SeriesCareer } from './career.type';
import { PersonFilter, PersonOrder } from './person.args';
import { PEOPLE } from './person.cypher';
import { Person } from './person.type';

@ObjectType()
export class PersonConnection extends Connection(Person, 'Person') {}

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: 'A person by id; null with a NOT_FOUND error when no person has it.' })
  person(@Arg('id', () => ID) id: string, @Ctx() context: GraphContext) {
    return lookupOfLabel(context, id, 'Person');
  }

  @Query(() => PersonConnection, { description: 'People, filtered and ordered, a page at a time.' })
  people(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => PersonFilter, { nullable: true }) filter: PersonFilter | null,
    @Arg('orderBy', () => PersonOrder, { defaultValue: PersonOrder.NAME }) orderBy: PersonOrder,
    @Ctx() context: GraphContext,
  ) {
    const f = filter ?? {};
    return listConnection(context, PEOPLE[orderBy], {
      nameContains: f.nameContains ?? null,
      gender: f.gender ?? null,
      nationality: f.nationality ?? null,
      raced: f.raced ?? null,
      seriesId: f.seriesId ?? null,
      teamId: f.teamId ?? null,
      yearFrom: f.yearFrom ?? null,
      yearTo: f.yearTo ?? null,
    }, page);
  }

  @FieldResolver(() => String, {
    description: 'The name; for a person no source names, their kinship to a named relative ("Amber Balcaen\'s uncle"), else their description. Never an invented name.',
  })
  async displayName(@Root() person: Person, @Ctx() context: GraphContext): Promise<string> {
    if (person.name) return person.name;
    return (await context.loaders.kinshipLabel.load(person.id)) ?? person.description ?? person.id;
  }

  @FieldResolver(() => Boolean, { description: 'A source calls them a driver, or they entered a season or race.' })
  raced(@Root() person: Person, @Ctx() context: GraphContext) {
    return context.loaders.raced.load(person.id);
  }

  @FieldResolver(() => [Family])
  families(@Root() person: Person, @Ctx() context: GraphContext) {
    return neighbours(context, RELATIONS.familyOf, person.id);
  }

  @FieldResolver(() => [Person])
  parents(@Root() person: Person, @Ctx() context: GraphContext) {
    return neighbours(context, RELATIONS.parentsOf, person.id);
  }

  @FieldResolver(() => [Person])
  children(@Root() person: Person, @Ctx() context: GraphContext) {
    return neighbours(context, RELATIONS.childrenOf, person.id);
  }

  @FieldResolver(() => [Person])
  siblings(@Root() person: Person, @Ctx() context: GraphContext) {
    return neighbours(context, RELATIONS.siblingsOf, person.id);
  }

  @FieldResolver(() => [Person])
  spouses(@Root() person: Person, @Ctx() context: GraphContext) {
    return neighbours(context, RELATIONS.spousesOf, person.id);
  }

  @FieldResolver(() => [SeasonEntry], { description: 'Seasons entered, oldest first, with team, position and points.' })
  seasons(@Root() person: Person, @Ctx() context: GraphContext) {
    return edgesOf(context, RELATIONS.seasonsEnteredBy, person.id, toSeasonEntry);
  }

  @FieldResolver(() => [RaceEntry], { description: 'Races entered, oldest first, with start and finish.' })
  races(@Root() person: Person, @Ctx() context: GraphContext) {
    return edgesOf(context, RELATIONS.racesEnteredBy, person.id, toRaceEntry);
  }

  @FieldResolver(() => [TeamStint], { description: 'Teams driven for, with years.' })
  teams(@Root() person: Person, @Ctx() context: GraphContext) {
    return edgesOf(context, RELATIONS.teamsOf, person.id, toTeamStint);
  }

  @FieldResolver(() => [Achievement])
  achievements(@Root() person: Person, @Ctx() context: GraphContext) {
    return neighbours(context, RELATIONS.achievementsOf, person.id);
  }

  @FieldResolver(() => [Event])
  events(@Root() person: Person, @Ctx() context: GraphContext) {
    return neighbours(context, RELATIONS.eventsOf, person.id);
  }

  @FieldResolver(() => [Education])
  education(@Root() person: Person, @Ctx() context: GraphContext) {
    return neighbours(context, RELATIONS.educationOf, person.id);
  }

  @FieldResolver(() => [Inspiration], { description: 'People this person looked up to.' })
  inspiredBy(@Root() person: Person, @Ctx() context: GraphContext) {
    return edgesOf(context, RELATIONS.inspiredBy, person.id, toInspiration);
  }

  @FieldResolver(() => [Inspiration], { description: 'People who looked up to this person.' })
  inspired(@Root() person: Person, @Ctx() context: GraphContext) {
    return edgesOf(context, RELATIONS.inspired, person.id, toInspiration);
  }

  @FieldResolver(() => [Aspiration], { description: 'Goals: series to reach, results to get.' })
  aspirations(@Root() person: Person, @Ctx() context: GraphContext) {
    return edgesOf(context, RELATIONS.aspirationsOf, person.id, toAspiration);
  }

  @FieldResolver(() => [Organization], { description: 'Companies this person owns.' })
  owns(@Root() person: Person, @Ctx() context: GraphContext) {
    return neighbours(context, RELATIONS.ownedBy, person.id);
  }

  @FieldResolver(() => [Organization], { description: 'Programmes or organizations that noticed (recruited) this person.' })
  noticedBy(@Root() person: Person, @Ctx() context: GraphContext) {
    return neighbours(context, RELATIONS.noticedBy, person.id);
  }

  @FieldResolver(() => [SeriesCareer], { description: 'Career summary per series.' })
  careerSummary(@Root() person: Person, @Ctx() context: GraphContext) {
    return context.loaders.career.load(person.id);
  }
}
