/**
 * The year-range part of a list filter: yearFrom and yearTo, each in range, and yearTo not before
 * yearFrom (checked with the rest of the arguments, so the error names filter.yearTo).
 */
import { IsOptional, Max, Min, ValidationArguments, ValidatorConstraint, ValidatorConstraintInterface, Validate } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

@ValidatorConstraint({ name: 'notBeforeYearFrom' })
class NotBeforeYearFrom implements ValidatorConstraintInterface {
  validate(yearTo: number | null | undefined, args: ValidationArguments): boolean {
    const { yearFrom } = args.object as YearRangeFilter;
    return yearTo == null || yearFrom == null || yearTo >= yearFrom;
  }

  defaultMessage(args: ValidationArguments): string {
    return `yearTo (${args.value}) must not be before yearFrom (${(args.object as YearRangeFilter).yearFrom})`;
  }
}

@InputType()
export abstract class YearRangeFilter {
  @Field(() => Int, { nullable: true, description: 'From this year on (inclusive).' })
  @IsOptional()
  @Min(1880)
  @Max(2100)
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Up to this year (inclusive).' })
  @IsOptional()
  @Min(1880)
  @Max(2100)
  @Validate(NotBeforeYearFrom)
  yearTo?: number | null;
}
