import { Field, ID, ObjectType } from 'type-graphql';
import { Cited } from '../../graphql/citation.type';
import { Node } from '../../graphql/node.interface';
import { Gender, PersonRole } from '../shared/enums';

@ObjectType({
  implements: Node,
  description: 'A driver or anyone else a source mentions. People a source does not name have no name, only a description.',
})
export class Person extends Cited implements Node {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'Null when no source names them (e.g. "her uncle").' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'Who they are, as the source puts it.' })
  description!: string | null;

  @Field(() => Gender, { nullable: true, description: 'Null when no source states it.' })
  gender!: string | null;

  @Field(() => String, { nullable: true, description: 'Nationality as a demonym (e.g. "Canadian"); null when unstated.' })
  nationality!: string | null;

  @Field(() => [PersonRole])
  roles!: string[];
}
