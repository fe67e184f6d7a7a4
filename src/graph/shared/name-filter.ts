/** The "name contains" filter that most lists share, as an input field and as Cypher. */
import { IsOptional, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

export const NAME_CONTAINS = `($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains))`;

@InputType({ description: 'Filter by part of the name.' })
export class NameFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the name.' })
  @IsOptional()
  @MaxLength(100)
  nameContains?: string | null;
}
