/** The fields of every node that has a name and may have a description: id, name, description, sources. */
import { Field, ID, ObjectType } from 'type-graphql';
import { Cited } from '../../graphql/citation.type';
import { Node } from '../../graphql/node.interface';

// Not in the schema itself: each subclass is its own object type implementing Node.
@ObjectType()
export abstract class NamedNode extends Cited implements Node {
  @Field(() => ID)
  id!: string;

  // Never null for these types; nullable in the schema because a Person's name may be null, and
  // GraphQL lets one selection ask every type for `name` only when it has one nullability everywhere.
  @Field(() => String, { nullable: true, description: 'The name (never null for this type; nullable like a person\'s, so one selection of `name` fits every type).' })
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;
}
