import { ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { NamedNode } from '../shared/named-node';

@ObjectType({ implements: Node, description: 'A racing family (e.g. the Balcaens), by surname.' })
export class Family extends NamedNode {}
