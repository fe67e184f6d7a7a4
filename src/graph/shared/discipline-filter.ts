/** The "discipline" filter several lists share (series, races, meetings, classes, people), as an input field. */
import { Field } from 'type-graphql';
import { enumType } from '../model/api-types';

/** Declares `discipline`: an optional Discipline; `what` says what must be of it ("races of it, or of their meeting or series"). */
export function DisciplineField(what: string): PropertyDecorator {
  return Field(() => enumType('Discipline'), { nullable: true, description: `Only ${what}.` });
}
