import { Field, InputType } from 'type-graphql';
import { enumType } from '../model/api-types';
import { NameFilter } from '../shared/name-filter';

@InputType({ description: 'Filters for organizations; all given filters must hold.' })
export class OrganizationFilter extends NameFilter {
  @Field(() => enumType('OrganizationKind'), { nullable: true })
  kind?: string | null;
}
