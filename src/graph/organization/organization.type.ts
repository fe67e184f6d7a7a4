import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { NamedNode } from '../shared/named-node';
import { OrganizationKind } from '../shared/enums';

@ObjectType({ implements: Node, description: 'A sanctioning body, company, programme or publisher.' })
export class Organization extends NamedNode {
  @Field(() => OrganizationKind)
  kind!: string;
}
