import { InputType } from 'type-graphql';
import { DisciplineField } from '../shared/discipline-filter';
import { NameFilter } from '../shared/name-filter';

@InputType({ description: 'Filters for classes; all given filters must hold.' })
export class ClassFilter extends NameFilter {
  @DisciplineField('classes of this discipline')
  discipline?: string | null;
}
