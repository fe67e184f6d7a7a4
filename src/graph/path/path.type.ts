import { Field, Int, ObjectType } from 'type-graphql';
import { Cited } from '../../graphql/citation.type';

@ObjectType({ description: 'A relationship along a path, in its stored direction, with its evidence.' })
export class PathRelationship extends Cited {
  fromId!: string;
  toId!: string;

  @Field({ description: 'The relationship type, e.g. INSPIRED_BY.' })
  type!: string;
}

@ObjectType({ description: 'The shortest chain of relationships between two nodes.' })
export class Path {
  nodeIds!: string[];

  @Field(() => Int, { description: 'Number of relationships.' })
  length!: number;

  @Field(() => [PathRelationship], { description: 'Relationships in path order; each may point either way.' })
  relationships!: PathRelationship[];
}
