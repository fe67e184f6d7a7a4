import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { NameFilter } from '../shared/name-filter';

@InputType({ description: 'Filters for vehicles; all given filters must hold.' })
export class VehicleFilter extends NameFilter {
  @Field(() => ID, { nullable: true, description: 'Only vehicles of this make (an organization of kind MANUFACTURER).' })
  @IsOptional()
  @MaxLength(120)
  manufacturerId?: string | null;
}
