import { ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { NamedNode } from '../shared/named-node';

@ObjectType({ implements: Node, description: 'A track or circuit.' })
export class Venue extends NamedNode {}
