/** The root query `conflicts`, and the fields of claims and conflicts that need more than their row. */
import { IsOptional, MaxLength } from 'class-validator';
import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { shownSupport } from '../../db/claims/claim';
import { ConnectionArgs } from '../../graphql/connection';
import { Node } from '../../graphql/node.interface';
import { GraphContext } from '../context';
import { nodeType } from '../model/api-types';
import { nodeById, requiredNode } from '../shared/node-fields';
import { addPagedList } from '../shared/paged-list';
import { Claim, ClaimedRelationship, ClaimRow, Conflict, ConflictConnection, ConflictRow } from './claim.type';
import { conflictPage } from './claims.service';

@ArgsType()
export class ConflictArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only conflicts about this node: of its properties, or of a relationship it is an end of.' })
  @IsOptional()
  @MaxLength(120)
  entityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only conflicts this source has a claim in.' })
  @IsOptional()
  @MaxLength(120)
  sourceId?: string | null;
}

@Resolver(() => Conflict)
export class ConflictResolver {
  @Query(() => ConflictConnection, {
    description: 'Where sources disagree: one conflict per disputed property (or to-one relationship, such as a birth place), with the claim the graph answers with, the rule that chose it, and every claim. Ordered by id, a page at a time.',
  })
  conflicts(@Args() args: ConflictArgs, @Ctx() context: GraphContext) {
    const { entityId, sourceId, ...page } = args;
    return conflictPage(context, { entityId: entityId ?? null, sourceId: sourceId ?? null }, page);
  }

  @FieldResolver(() => Node, { nullable: true })
  entity(@Root() conflict: ConflictRow, @Ctx() context: GraphContext) {
    return nodeById(context, conflict.entityId);
  }

  @FieldResolver(() => Claim)
  preferred(@Root() conflict: ConflictRow): ClaimRow {
    return conflict.claims.find((claim) => claim.preferred) ?? conflict.claims[0];
  }
}

addPagedList<ConflictRow>(ConflictResolver, {
  name: 'claims',
  itemName: 'Claim',
  item: () => Claim,
  description: 'Every claim in the dispute, the preferred first.',
  all: (conflict) => conflict.claims,
});

/** The support of a claim as stored. */
const supportOf = (claim: ClaimRow) => ({
  storage: claim.storage === 'cited' ? 'cited' as const : 'stored' as const,
  quotes: claim.quotes ?? [], locator: claim.locator ?? null, excerpt: claim.excerpt ?? null,
});

@Resolver(() => Claim)
export class ClaimResolver {
  @FieldResolver(() => nodeType('Source'), { description: 'The source that says it.' })
  source(@Root() claim: ClaimRow, @Ctx() context: GraphContext) {
    return requiredNode(context, claim.source);
  }

  @FieldResolver()
  quote(@Root() claim: ClaimRow): string | null {
    const shown = shownSupport(supportOf(claim));
    return shown.length ? shown.join(' … ') : null;
  }

  @FieldResolver()
  quotes(@Root() claim: ClaimRow): string[] {
    return claim.quotes ?? [];
  }

  @FieldResolver()
  addedAt(@Root() claim: ClaimRow): Date {
    // Neo4j keeps nanoseconds; a JavaScript date keeps milliseconds.
    return new Date(String(claim.addedAt).replace(/(\.\d{3})\d+/, '$1'));
  }

  @FieldResolver()
  preferred(@Root() claim: ClaimRow): boolean {
    return claim.preferred ?? true;
  }

  @FieldResolver()
  pinned(@Root() claim: ClaimRow): boolean {
    return claim.pinned ?? false;
  }

  @FieldResolver()
  disputed(@Root() claim: ClaimRow): boolean {
    return claim.disputed ?? false;
  }

  @FieldResolver()
  rule(@Root() claim: ClaimRow): string | null {
    return claim.rule ?? null;
  }

  @FieldResolver()
  relationship(@Root() claim: ClaimRow): ClaimedRelationship | null {
    if (claim.subjectKind !== 'relationship') return null;
    return { type: String(claim.type), fromId: String(claim.from), toId: String(claim.to), key: claim.key ?? null };
  }
}

@Resolver(() => ClaimedRelationship)
export class ClaimedRelationshipResolver {
  @FieldResolver(() => Node, { description: 'Its start.' })
  from(@Root() relationship: ClaimedRelationship, @Ctx() context: GraphContext) {
    return requiredNode(context, relationship.fromId);
  }

  @FieldResolver(() => Node, { description: 'Its end.' })
  to(@Root() relationship: ClaimedRelationship, @Ctx() context: GraphContext) {
    return requiredNode(context, relationship.toId);
  }
}
