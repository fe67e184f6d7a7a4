import { MaxLength, IsOptional } from 'class-validator';
import { Arg, Args, Ctx, Field, ID, InputType, ObjectType, Query, Resolver } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../graphql/connection';
import { GraphContext } from '../context';
import { listConnection, rootListFilter } from '../shared/list';
import { AUDIT_LOG } from './curation.cypher';
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

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditEntryConnection, { description: 'Every write, newest first: who, when, from which source.' })
  async auditLog(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => AuditFilter, { nullable: true }) filter: AuditFilter | null,
    @Ctx() context: GraphContext,
  ) {
    const connection = await listConnection(context, AUDIT_LOG, rootListFilter(AUDIT_LOG, filter), page);
    for (const edge of connection.edges) edge.node.at = String(edge.node.at);
    return connection;
  }
}
