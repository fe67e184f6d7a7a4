import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { SourceKind } from '../shared/enums';

@ObjectType({ implements: Node, description: 'A document the graph\'s facts come from, with its full text.' })
export class Source implements Node {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => SourceKind)
  kind!: string;

  @Field({ description: 'Publication date, as precise as known ("2023").' })
  published!: string;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field({ description: 'The full stored text; every quote in the graph occurs in it.' })
  text!: string;
}
