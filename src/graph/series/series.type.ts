import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { NamedNode } from '../shared/named-node';

@ObjectType({
  implements: Node,
  description: 'A racing series or championship. One node however often it was renamed: its former names find it too.',
})
export class Series extends NamedNode {
  @Field(() => [String], { description: 'Names it had before (e.g. "NASCAR Whelen All American Series").' })
  formerNames!: string[];

  @Field(() => [String], { description: 'Other names sources use for it.' })
  aliases!: string[];
}
