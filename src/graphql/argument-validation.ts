/**
 * class-validator rules on arguments (type-graphql's validateFn), with the argument's whole path
 * in every error: a rule inside an input object (`filter: { yearTo }`) names `filter.yearTo`, as
 * graphql-js names a wrong literal inside it (`filter.gender`). type-graphql's own validation
 * reports only the property inside the input object. Options as type-graphql's defaults: missing
 * properties are skipped and unknown values allowed.
 */
import { validate, ValidationError } from 'class-validator';
import { getNamedType, GraphQLResolveInfo } from 'graphql';
import { ArgumentValidationError, getMetadataStorage } from 'type-graphql';
import type { ResolverData, ValidatorFn } from 'type-graphql';

type TypeValue = Parameters<ValidatorFn>[1];

const OPTIONS = { skipMissingProperties: true, forbidUnknownValues: false };

/** The argument whose value an input type's instance is; null for an ArgsType (its properties are arguments). */
function argumentNameOf(argType: TypeValue, info: GraphQLResolveInfo): string | null {
  const input = getMetadataStorage().inputTypes.find((type) => type.target === argType);
  if (!input) return null;
  const args = info.parentType.getFields()[info.fieldName]?.args ?? [];
  const matching = args.filter((arg) => getNamedType(arg.type).name === input.name);
  return matching.length === 1 ? matching[0].name : null;
}

function prefixed(errors: ValidationError[], prefix: string | null): ValidationError[] {
  if (!prefix) return errors;
  return errors.map((error) => Object.assign(new ValidationError(), error, { property: `${prefix}.${error.property}` }));
}

export async function validateArgument(argValue: unknown, argType: TypeValue, { info }: ResolverData): Promise<void> {
  const values = (Array.isArray(argValue) ? argValue : [argValue]).filter((value): value is object => value !== null && typeof value === 'object');
  if (values.length === 0) return;
  const errors = (await Promise.all(values.map((value) => validate(value, OPTIONS)))).flat();
  if (errors.length > 0) throw new ArgumentValidationError(prefixed(errors, argumentNameOf(argType, info)));
}
