/**
 * Curation mutations: editors (a bearer token with role "editor") create, update and merge nodes
 * and add or remove relationships. Every write names a source and a quote from it, runs in one
 * transaction, and is audited; the request's loaders then forget what changed, so the mutation's
 * result and anything read after it see the write.
 */
import { Arg, Authorized, ClassType, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { badUserInput } from '../../graphql/errors';
import { Node } from '../../graphql/node.interface';
import { SLUG } from '../../seed/seed-file.schema';
import { GraphContext, nodeOfLabel } from '../context';
import { requiredNode } from '../shared/node-fields';
import { Achievement } from '../achievement/achievement.type';
import { Family } from '../family/family.type';
import { Organization } from '../organization/organization.type';
import { Person } from '../person/person.type';
import { Race } from '../race/race.type';
import { Season } from '../season/season.type';
import { Series } from '../series/series.type';
import { Source } from '../source/source.type';
import { Team } from '../team/team.type';
import { Venue } from '../venue/venue.type';
import {
  AchievementInput, CitationInput, FamilyInput, OrganizationInput, PersonInput, RaceInput, RelationshipInput,
  RelationshipType, SeasonInput, SeriesInput, SourceInput, TeamInput, VenueInput,
} from './curation.inputs';
import { CurationService, Link } from './curation.service';

export const EDITOR = 'editor';

function userOf(context: GraphContext) {
  // @Authorized has run: a user with the editor role is there.
  return context.auth.user!;
}

function checkSlug(argument: string, id: string): void {
  if (!SLUG.test(id) || id.length > 120) throw badUserInput(argument, 'must be a lower-case slug such as "amber-balcaen"');
}

/**
 * create<Label>(id, input, citation) and update<Label>(id, input, citation) for one label.
 * `split` separates the input's node properties from the relationships it names (seriesId, ...).
 */
function nodeMutations<I extends object>(
  label: string,
  type: ClassType,
  inputType: ClassType<I>,
  split: (input: I) => { properties: Record<string, unknown>; links: Link[] } = (input) => ({ properties: { ...input } as Record<string, unknown>, links: [] }),
  requiredLinks: string[] = [],
) {
  @Resolver()
  abstract class NodeMutations {
    @Authorized(EDITOR)
    @Mutation(() => type, { name: `create${label}`, description: `Create a ${label}, citing the source that states it.` })
    async create(
      @Arg('id', () => ID) id: string,
      @Arg('input', () => inputType) input: I,
      @Arg('citation', () => CitationInput) citation: CitationInput,
      @Ctx() context: GraphContext,
    ) {
      checkSlug('id', id);
      const { properties, links } = split(input);
      for (const argument of requiredLinks) {
        if (!links.some((link) => link.argument === argument)) throw badUserInput(argument, `is required to create a ${label}`);
      }
      await new CurationService(context.db).createNode(userOf(context), label, id, properties, links, { ...citation });
      context.loaders.forget([id, ...links.map((link) => link.toId)]);
      return nodeOfLabel(context, id, label);
    }

    @Authorized(EDITOR)
    @Mutation(() => type, {
      name: `update${label}`,
      description: `Change a ${label}'s fields (those given; null removes one), citing the source that states the change.`,
    })
    async update(
      @Arg('id', () => ID) id: string,
      @Arg('input', () => inputType) input: I,
      @Arg('citation', () => CitationInput) citation: CitationInput,
      @Ctx() context: GraphContext,
    ) {
      checkSlug('id', id);
      const { properties, links } = split(input);
      await new CurationService(context.db).updateNode(userOf(context), label, id, properties, links, { ...citation });
      context.loaders.forget([id, ...links.map((link) => link.toId)]);
      return nodeOfLabel(context, id, label);
    }
  }
  return NodeMutations;
}

@Resolver()
export class PersonMutations extends nodeMutations('Person', Person, PersonInput) {}
@Resolver()
export class FamilyMutations extends nodeMutations('Family', Family, FamilyInput) {}
@Resolver()
export class TeamMutations extends nodeMutations('Team', Team, TeamInput) {}
@Resolver()
export class OrganizationMutations extends nodeMutations('Organization', Organization, OrganizationInput) {}
@Resolver()
export class SeriesMutations extends nodeMutations('Series', Series, SeriesInput) {}
@Resolver()
export class VenueMutations extends nodeMutations('Venue', Venue, VenueInput) {}
@Resolver()
export class AchievementMutations extends nodeMutations('Achievement', Achievement, AchievementInput) {}
@Resolver()
export class SeasonMutations extends nodeMutations('Season', Season, SeasonInput, ({ seriesId, ...properties }) => ({
  properties,
  links: seriesId ? [{ type: 'OF_SERIES', toId: seriesId, argument: 'input.seriesId' }] : [],
}), ['input.seriesId']) {}
@Resolver()
export class RaceMutations extends nodeMutations('Race', Race, RaceInput, ({ seasonId, venueId, ...properties }) => ({
  properties,
  links: [
    ...(seasonId ? [{ type: 'PART_OF_SEASON', toId: seasonId, argument: 'input.seasonId' }] : []),
    ...(venueId ? [{ type: 'HELD_AT', toId: venueId, argument: 'input.venueId' }] : []),
  ],
}), ['input.seasonId']) {}

@ObjectType({ description: 'A relationship as written: its type and both ends.' })
export class RelationshipChange {
  fromId!: string;
  toId!: string;

  @Field()
  type!: string;
}

@Resolver(() => RelationshipChange)
export class CurationResolver {
  @Authorized(EDITOR)
  @Mutation(() => Source, { description: 'Add a source with its full text; later writes cite it.' })
  async addSource(@Arg('input', () => SourceInput) input: SourceInput, @Ctx() context: GraphContext) {
    const { id, publisherId, ...properties } = input;
    await new CurationService(context.db).addSource(userOf(context), { id, publisherId, properties });
    context.loaders.forget([id, publisherId]);
    return nodeOfLabel(context, id, 'Source');
  }

  @Authorized(EDITOR)
  @Mutation(() => Node, {
    description: 'Merge a duplicate into the node that stays: relationships move over, provenance combines, the duplicate is deleted.',
  })
  async mergeNodes(
    @Arg('keepId', () => ID) keepId: string,
    @Arg('dropId', () => ID) dropId: string,
    @Arg('citation', () => CitationInput) citation: CitationInput,
    @Ctx() context: GraphContext,
  ) {
    await new CurationService(context.db).mergeNodes(userOf(context), keepId, dropId, { ...citation });
    // Every neighbour of the dropped node changed too: start this request's caches afresh.
    context.loaders.forget([keepId, dropId]);
    context.loaders.node.clearAll();
    return requiredNode(context, keepId);
  }

  @Authorized(EDITOR)
  @Mutation(() => RelationshipChange, {
    description: 'Add a relationship (kinship, season entry, race result, team stint, achievement, inspiration, ...) or cite it again.',
  })
  async addRelationship(
    @Arg('input', () => RelationshipInput) input: RelationshipInput,
    @Arg('citation', () => CitationInput) citation: CitationInput,
    @Ctx() context: GraphContext,
  ) {
    const { type, from, to, ...properties } = input;
    await new CurationService(context.db).addRelationship(userOf(context), type, from, to, properties, { ...citation });
    context.loaders.forget([from, to]);
    return { type, fromId: from, toId: to };
  }

  @Authorized(EDITOR)
  @Mutation(() => RelationshipChange, { description: 'Remove a relationship, citing the source that shows it was wrong.' })
  async removeRelationship(
    @Arg('type', () => RelationshipType) type: string,
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Arg('citation', () => CitationInput) citation: CitationInput,
    @Ctx() context: GraphContext,
  ) {
    await new CurationService(context.db).removeRelationship(userOf(context), type, from, to, { ...citation });
    context.loaders.forget([from, to]);
    return { type, fromId: from, toId: to };
  }

  @FieldResolver(() => Node)
  from(@Root() change: RelationshipChange, @Ctx() context: GraphContext) {
    return requiredNode(context, change.fromId);
  }

  @FieldResolver(() => Node)
  to(@Root() change: RelationshipChange, @Ctx() context: GraphContext) {
    return requiredNode(context, change.toId);
  }
}
