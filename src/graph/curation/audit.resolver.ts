import { MaxLength, IsOptional } from 'class-validator';
import { Arg, Args, Ctx, Field, ID, InputType, ObjectType, Query, Resolver } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../graphql/connection';
import { GraphContext } from '../context';
import { listConnection, listQuery } from '../shared/list';
import { AuditEntry } from './audit.type';

@ObjectType()
export class AuditEntryConnection extends Connection(() => AuditEntry, 'AuditEntry') {}

@InputType({ description: 'Filters for the audit log; all given filters must hold.' })
class AuditFilter {
  @Field(() => ID, { nullable: true, description: 'Writes that touched this node.' })
  @IsOptional()
  @MaxLength(120)
  targetId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  actor?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  sourceId?: string | null;
}

// Newest first: the negated time is the ascending keyset key.
const AUDIT_LOG = listQuery(`
MATCH (n:AuditEntry)
WHERE ($targetId IS NULL OR $targetId IN n.targetIds)
  AND ($actor IS NULL OR n.actor = $actor)
  AND ($sourceId IS NULL OR n.sourceId = $sourceId)`, '-n.at.epochMillis');

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditEntryConnection, { description: 'Every write, newest first: who, when, from which source.' })
  async auditLog(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => AuditFilter, { nullable: true }) filter: AuditFilter | null,
    @Ctx() context: GraphContext,
  ) {
    const connection = await listConnection(context, AUDIT_LOG, {
      targetId: filter?.targetId ?? null,
      actor: filter?.actor ?? null,
      sourceId: filter?.sourceId ?? null,
    }, page);
    for (const edge of connection.edges) edge.node.at = String(edge.node.at);
    return connection;
  }
}
