/**
 * Curation mutations: editors (a bearer token with role "editor") create, update and merge nodes
 * and add or remove relationships. Every write names a source and a quote from it, runs in one
 * transaction, and is audited; the request's loaders then forget what changed, so the mutation's
 * result and anything read after it see the write. Editors also settle disputes between sources
 * (preferClaim) and retract a source (retractSource).
 */
import { Arg, Authorized, ClassType, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { formatClaimDiff } from '../../db/claims/diff';
import { badUserInput } from '../../graphql/errors';
import { Node } from '../../graphql/node.interface';
import { SLUG } from '../../seed/seed-file.schema';
import { GraphContext, nodeOfLabel } from '../context';
import { ApiTypes } from '../model/api-types';
import { requiredNode } from '../shared/node-fields';
import { CitationInput, CreationLink, creationLinksOf, CurationInputs } from './curation.inputs';
import { CurationService, Link } from './curation.service';
import { Conflict } from '../claims/claim.type';
import { conflictOfGroup } from '../claims/claims.service';
import { Retraction } from './retraction.type';

export const EDITOR = 'editor';

function userOf(context: GraphContext) {
  // @Authorized has run: a user with the editor role is there.
  return context.auth.user!;
}

function checkSlug(argument: string, id: string): void {
  if (!SLUG.test(id) || id.length > 120) throw badUserInput(argument, 'must be a lower-case slug such as "amber-balcaen"');
}

/** Separates an input's node properties from the relationships it names by creation argument (seriesId, ...). */
function splitInput(input: object, creationLinks: CreationLink[]): { properties: Record<string, unknown>; links: Link[] } {
  const properties: Record<string, unknown> = { ...input };
  const links: Link[] = [];
  for (const link of creationLinks) {
    const toId = properties[link.name];
    delete properties[link.name];
    if (typeof toId === 'string') links.push({ type: link.type, toId, argument: `input.${link.name}` });
  }
  return { properties, links };
}

/** create<Label>(id, input, citation) and update<Label>(id, input, citation) for one curated label. */
function nodeMutations(label: string, type: ClassType, inputType: ClassType, creationLinks: CreationLink[]): ClassType {
  const requiredLinks = creationLinks.filter((link) => link.requiredOnCreate).map((link) => `input.${link.name}`);
  @Resolver()
  class NodeMutations {
    @Authorized(EDITOR)
    @Mutation(() => type, { name: `create${label}`, description: `Create a ${label}, citing the source that states it.` })
    async create(
      @Arg('id', () => ID) id: string,
      @Arg('input', () => inputType) input: object,
      @Arg('citation', () => CitationInput) citation: CitationInput,
      @Ctx() context: GraphContext,
    ) {
      checkSlug('id', id);
      const { properties, links } = splitInput(input, creationLinks);
      for (const argument of requiredLinks) {
        if (!links.some((link) => link.argument === argument)) throw badUserInput(argument, `is required to create a ${label}`);
      }
      await new CurationService(context.db, context.model).createNode(userOf(context), label, id, properties, links, { ...citation });
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
      @Arg('input', () => inputType) input: object,
      @Arg('citation', () => CitationInput) citation: CitationInput,
      @Ctx() context: GraphContext,
    ) {
      checkSlug('id', id);
      const { properties, links } = splitInput(input, creationLinks);
      await new CurationService(context.db, context.model).updateNode(userOf(context), label, id, properties, links, { ...citation });
      context.loaders.forget([id, ...links.map((link) => link.toId)]);
      return nodeOfLabel(context, id, label);
    }
  }
  Object.defineProperty(NodeMutations, 'name', { value: `${label}Mutations` });
  return NodeMutations;
}

@ObjectType({ description: 'A relationship as written: its type and both ends.' })
export class RelationshipChange {
  fromId!: string;
  toId!: string;

  @Field()
  type!: string;
}

interface RelationshipInputValue {
  type: string;
  from: string;
  to: string;
  [property: string]: unknown;
}

/** The curation resolvers of a model's API: the mutations of each curated label, then the rest. */
export function curationResolvers(types: ApiTypes, inputs: CurationInputs): ClassType[] {
  const mutations = [...inputs.nodes].map(([label, inputType]) =>
    nodeMutations(label, types.nodes.get(label)!, inputType, creationLinksOf(types.model, label)));

  @Resolver(() => RelationshipChange)
  class CurationResolver {
    @Authorized(EDITOR)
    @Mutation(() => types.nodes.get('Source')!, {
      description: 'Add a source; later writes cite it. Stored: with its full text (quotes are checked against it). Cited: without text, with its url and the day it was read (retrieved); writes citing it give a locator and a short excerpt.',
    })
    async addSource(@Arg('input', () => inputs.source) input: Record<string, unknown>, @Ctx() context: GraphContext) {
      const { id, publisherId, ...properties } = input as { id: string; publisherId: string };
      await new CurationService(context.db, context.model).addSource(userOf(context), { id, publisherId, properties });
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
      await new CurationService(context.db, context.model).mergeNodes(userOf(context), keepId, dropId, { ...citation });
      // Every neighbour of the dropped node changed too: start this request's caches afresh.
      context.loaders.forgetAll();
      return requiredNode(context, keepId);
    }

    @Authorized(EDITOR)
    @Mutation(() => RelationshipChange, {
      description: 'Add a relationship (kinship, season entry, race result, team stint, achievement, inspiration, ...) or cite it again.',
    })
    async addRelationship(
      @Arg('input', () => inputs.relationship) input: RelationshipInputValue,
      @Arg('citation', () => CitationInput) citation: CitationInput,
      @Ctx() context: GraphContext,
    ) {
      const { type, from, to, ...properties } = input;
      await new CurationService(context.db, context.model).addRelationship(userOf(context), type, from, to, properties, { ...citation });
      context.loaders.forget([from, to]);
      return { type, fromId: from, toId: to };
    }

    @Authorized(EDITOR)
    @Mutation(() => RelationshipChange, { description: 'Remove a relationship, citing the source that shows it was wrong.' })
    async removeRelationship(
      @Arg('type', () => inputs.relationshipType) type: string,
      @Arg('from', () => ID) from: string,
      @Arg('to', () => ID) to: string,
      @Arg('citation', () => CitationInput) citation: CitationInput,
      @Ctx() context: GraphContext,
      @Arg('key', () => String, {
        nullable: true,
        description: 'For a type identified by properties (HELD_ROLE: its role, e.g. "owner"), which relationship; without it, every one of the type between the two.',
      }) key?: string,
    ) {
      await new CurationService(context.db, context.model).removeRelationship(userOf(context), type, from, to, { ...citation }, key ?? null);
      context.loaders.forget([from, to]);
      return { type, fromId: from, toId: to };
    }

    @Authorized(EDITOR)
    @Mutation(() => Conflict, {
      description: 'Settle a conflict between sources: the graph answers with this claim\'s value (rule PINNED) whatever the other sources say; every claim stays. Audited with the reason. A claim no other source disputes is refused.',
    })
    async preferClaim(
      @Arg('claimId', () => ID) claimId: string,
      @Arg('reason', () => String, { description: 'Why this claim is right (kept in the audit log).' }) reason: string,
      @Ctx() context: GraphContext,
    ) {
      if (reason.trim().length === 0 || reason.length > 2000) throw badUserInput('reason', 'must say why, in at most 2000 characters');
      const group = await new CurationService(context.db, context.model).preferClaim(userOf(context), claimId, reason.trim());
      // The preferred value changed on a node or relationship, and the states of its group's claims.
      context.loaders.forgetAll();
      return conflictOfGroup(context, group);
    }

    @Authorized(EDITOR)
    @Mutation(() => Retraction, {
      description: 'Retract a source: its claims go, with every node and relationship no other source claims, then the source itself; values it disputed are answered by the claims that remain. Without `apply: true`, a dry run: the diff of what would change, nothing written. Applied, one audited transaction.',
    })
    async retractSource(
      @Arg('sourceId', () => ID) sourceId: string,
      @Arg('apply', () => Boolean, { defaultValue: false, description: 'Write it (true), or only say what it would do (false).' }) apply: boolean,
      @Ctx() context: GraphContext,
    ): Promise<Retraction> {
      const retraction = await new CurationService(context.db, context.model).retractSource(userOf(context), sourceId, apply);
      if (retraction.applied) context.loaders.forgetAll();
      const { diff, ...counts } = retraction;
      return { ...counts, diff: formatClaimDiff(diff), diffJson: JSON.stringify(diff) };
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
  return [CurationResolver, ...mutations];
}
