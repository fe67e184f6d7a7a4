import { Field, Int, ObjectType } from 'type-graphql';
import { Cited } from '../../graphql/citation.type';

@ObjectType({ description: 'One step between relatives: a stored kinship relationship, walked in either direction.' })
export class KinshipHop extends Cited {
  fromId!: string;
  toId!: string;

  @Field({ description: 'The stored relationship type: one of the kinship types of the graph model (docs/MODEL.md), walked hop by hop or stated without the people between.' })
  type!: string;

  @Field({ description: 'What the "to" person is to the "from" person (father, daughter, grandfather, ...).' })
  relation!: string;

  @Field(() => Int, { description: 'Generations up (+) or down (-) this step goes.' })
  generation!: number;
}

@ObjectType({ description: 'A relative in a lineage, with how they are related.' })
export class Relative {
  personId!: string;
  achievementIds!: string[];

  @Field({ description: 'Kinship to the lineage\'s person: a word where one fits (grandfather, cousin), else step by step ("daughter\'s grandfather").' })
  kinship!: string;

  @Field(() => Int, { description: 'Generation offset: +1 parents\' generation, 0 own, -1 children\'s.' })
  generation!: number;

  @Field({ description: 'True when every step is a parent, sibling or spouse link; false when a source stated the relation directly.' })
  derivedFromHops!: boolean;

  @Field({ description: 'A source calls them a driver, or they entered a season or race.' })
  raced!: boolean;

  @Field(() => [KinshipHop], { description: 'The shortest chain of kinship links from the person to this relative.' })
  path!: KinshipHop[];
}

@ObjectType({ description: "A person's family racing lineage." })
export class Lineage {
  personId!: string;

  /** Resolved as a page by LineageResolver. */
  relatives!: Relative[];
}
