import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One write: who made it, when, from which source, on which nodes.' })
export class AuditEntry {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'When, as an ISO 8601 date-time.' })
  at!: string;

  @Field({ description: 'The token subject (sub) of who wrote.' })
  actor!: string;

  @Field()
  role!: string;

  @Field({ description: 'The mutation or command, e.g. createPerson, addRelationship, ingest.' })
  operation!: string;

  @Field(() => ID)
  sourceId!: string;

  @Field(() => String, { nullable: true })
  quote!: string | null;

  @Field(() => [ID])
  targetIds!: string[];

  @Field({ description: 'The write\'s input, as JSON.' })
  input!: string;
}
