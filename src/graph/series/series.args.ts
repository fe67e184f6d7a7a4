import { InputType } from 'type-graphql';
import { DisciplineField } from '../shared/discipline-filter';
import { NameFilter } from '../shared/name-filter';

@InputType({ description: 'Filters for series; all given filters must hold. nameContains also matches former names and aliases.' })
export class SeriesFilter extends NameFilter {
  @DisciplineField('series of this discipline')
  discipline?: string | null;
}
