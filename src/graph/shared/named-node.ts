/** The fields of every node that has a name and may have a description: id, name, description, sources. */
import { Field, ID, ObjectType } from 'type-graphql';
import { Cited } from '../../graphql/citation.type';
import { Node } from '../../graphql/node.interface';

// Not in the schema itself: each subclass is its own object type implementing Node.
@ObjectType()
export abstract class NamedNode extends Cited implements Node {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;
}
