import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { GraphContext, neighbours } from '../context';
import { RELATIONS } from '../shared/relations';
import { Person } from '../person/person.type';
import { Education } from './education.type';

@Resolver(() => Education)
export class EducationResolver {
  @FieldResolver(() => [Person])
  students(@Root() education: Education, @Ctx() context: GraphContext) {
    return neighbours(context, RELATIONS.studentsOf, education.id);
  }
}
