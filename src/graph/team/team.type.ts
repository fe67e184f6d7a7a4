import { ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { NamedNode } from '../shared/named-node';

@ObjectType({ implements: Node, description: 'A racing team (e.g. Rette Jones Racing).' })
export class Team extends NamedNode {}
