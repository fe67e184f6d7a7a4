import { Field, InputType } from 'type-graphql';
import { OrganizationKind } from '../shared/enums';
import { NameFilter } from '../shared/name-filter';

@InputType({ description: 'Filters for organizations; all given filters must hold.' })
export class OrganizationFilter extends NameFilter {
  @Field(() => OrganizationKind, { nullable: true })
  kind?: string | null;
}
