/**
 * The inputs of the curation mutations. class-validator checks formats and ranges at the boundary
 * (type-graphql validates them before a resolver runs); what a node must have (a person needs a
 * name or a description, a season a year) is checked by the graph model in the service.
 */
import { ArrayMaxSize, IsInt, IsOptional, IsUrl, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { PARTIAL_DATE, RELATIONSHIP_ENDPOINTS, SLUG } from '../../seed/seed-file.schema';
import {
  AchievementKind, Gender, KinshipTerm, OrganizationKind, Participation, PersonRole, RaceStatus, SourceKind,
} from '../shared/enums';

const SLUG_MESSAGE = '$property must be a lower-case slug such as "amber-balcaen"';
const DATE_MESSAGE = '$property must be a date such as 2023, 2023-02 or 2023-04-22';

export const RelationshipType = Object.fromEntries(Object.keys(RELATIONSHIP_ENDPOINTS).map((type) => [type, type]));
registerEnumType(RelationshipType, { name: 'RelationshipType', description: 'Relationship types curators can add or remove.' });

@InputType({ description: 'The source a write rests on and the sentence in it that supports the write.' })
export class CitationInput {
  @Field(() => ID)
  @Matches(SLUG, { message: SLUG_MESSAGE })
  @MaxLength(120)
  sourceId!: string;

  @Field({ description: 'Verbatim from the source text (white space and typographic quotes aside).' })
  @MinLength(1)
  @MaxLength(2000)
  quote!: string;
}

@InputType()
export class SourceInput {
  @Field(() => ID)
  @Matches(SLUG, { message: SLUG_MESSAGE })
  @MaxLength(120)
  id!: string;

  @Field()
  @MinLength(1)
  @MaxLength(500)
  title!: string;

  @Field(() => SourceKind)
  kind!: string;

  @Field(() => ID, { description: 'An Organization already in the graph.' })
  @Matches(SLUG, { message: SLUG_MESSAGE })
  publisherId!: string;

  @Field()
  @Matches(PARTIAL_DATE, { message: DATE_MESSAGE })
  published!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true })
  url?: string | null;

  @Field({ description: 'The full text; every quote cited from this source must occur in it.' })
  @MinLength(1)
  @MaxLength(1_000_000)
  text!: string;
}

@InputType()
class Described {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(2000)
  description?: string | null;
}

@InputType()
class Named extends Described {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(200)
  name?: string;
}

@InputType({ description: 'Fields of a person; on update, only the fields given change (null removes one).' })
export class PersonInput extends Described {
  @Field(() => String, { nullable: true, description: 'Leave out when the source does not name them.' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(200)
  name?: string | null;

  @Field(() => Gender, { nullable: true })
  gender?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(2)
  @MaxLength(60)
  nationality?: string | null;

  @Field(() => [PersonRole], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  roles?: string[];
}

@InputType()
export class FamilyInput extends Named {}

@InputType()
export class TeamInput extends Named {}

@InputType()
export class VenueInput extends Named {}

@InputType()
export class OrganizationInput extends Named {
  @Field(() => OrganizationKind, { nullable: true })
  kind?: string;
}

@InputType()
export class SeriesInput extends Named {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @MaxLength(200, { each: true })
  formerNames?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @MaxLength(200, { each: true })
  aliases?: string[];
}

@InputType()
export class SeasonInput extends Named {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1880)
  @Max(2100)
  year?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(200)
  rounds?: number | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @MaxLength(100, { each: true })
  trackTypes?: string[];

  @Field(() => ID, { nullable: true, description: 'The series (required when creating).' })
  @IsOptional()
  @Matches(SLUG, { message: SLUG_MESSAGE })
  seriesId?: string;
}

@InputType()
export class RaceInput extends Named {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1880)
  @Max(2100)
  year?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PARTIAL_DATE, { message: DATE_MESSAGE })
  date?: string | null;

  @Field(() => RaceStatus, { nullable: true })
  status?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(200)
  round?: number | null;

  @Field(() => ID, { nullable: true, description: 'The season (required when creating).' })
  @IsOptional()
  @Matches(SLUG, { message: SLUG_MESSAGE })
  seasonId?: string;

  @Field(() => ID, { nullable: true, description: 'The venue, where the source names it.' })
  @IsOptional()
  @Matches(SLUG, { message: SLUG_MESSAGE })
  venueId?: string;
}

@InputType()
export class AchievementInput extends Described {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(300)
  title?: string;

  @Field(() => AchievementKind, { nullable: true })
  kind?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1880)
  @Max(2100)
  year?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(100000)
  count?: number | null;
}

@InputType({ description: 'A relationship and its properties; which properties a type takes is checked by type.' })
export class RelationshipInput {
  @Field(() => RelationshipType)
  type!: string;

  @Field(() => ID)
  @Matches(SLUG, { message: SLUG_MESSAGE })
  from!: string;

  @Field(() => ID)
  @Matches(SLUG, { message: SLUG_MESSAGE })
  to!: string;

  @Field(() => KinshipTerm, { nullable: true, description: 'HAS_RELATIVE: what `to` is to `from`.' })
  kinship?: string;

  @Field(() => String, { nullable: true, description: 'INSPIRED_BY' })
  @IsOptional()
  @MaxLength(2000)
  reason?: string;

  @Field(() => String, { nullable: true, description: 'ASPIRES_TO' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(500)
  goal?: string;

  @Field(() => [Int], { nullable: true, description: 'DROVE_FOR' })
  @IsOptional()
  @ArrayMaxSize(100)
  @Min(1880, { each: true })
  @Max(2100, { each: true })
  years?: number[];

  @Field(() => ID, { nullable: true, description: 'ENTERED_SEASON, ENTERED_RACE: the team entered with.' })
  @IsOptional()
  @Matches(SLUG, { message: SLUG_MESSAGE })
  team?: string;

  @Field(() => Participation, { nullable: true, description: 'ENTERED_SEASON' })
  participation?: string;

  @Field(() => Int, { nullable: true, description: 'ENTERED_SEASON' })
  @IsOptional()
  @Min(0)
  @Max(1000)
  racesStarted?: number;

  @Field(() => Int, { nullable: true, description: 'ENTERED_SEASON: final position in the standings.' })
  @IsOptional()
  @Min(1)
  @Max(200)
  finalPosition?: number;

  @Field(() => Int, { nullable: true, description: 'ENTERED_SEASON' })
  @IsOptional()
  @Min(0)
  @Max(100000)
  points?: number;

  @Field(() => Int, { nullable: true, description: 'ENTERED_RACE' })
  @IsOptional()
  @Min(1)
  @Max(200)
  startPosition?: number;

  @Field(() => Int, { nullable: true, description: 'ENTERED_RACE' })
  @IsOptional()
  @Min(1)
  @Max(200)
  finishPosition?: number;

  @Field(() => String, { nullable: true, description: 'ENTERED_RACE' })
  @IsOptional()
  @MaxLength(500)
  note?: string;
}
