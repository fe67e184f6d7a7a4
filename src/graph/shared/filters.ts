/** Checks on filter arguments that span two fields, which class-validator checks one at a time. */
import { badUserInput } from '../../graphql/errors';

export function yearRange(yearFrom: number | null | undefined, yearTo: number | null | undefined): void {
  if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
    throw badUserInput('filter.yearTo', `(${yearTo}) must not be before filter.yearFrom (${yearFrom})`);
  }
}
