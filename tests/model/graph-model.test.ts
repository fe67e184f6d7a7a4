/** The graph model is coherent, and a model that is not is refused with every problem named. */
import { GraphModel } from '../../src/model/declaration';
import { GRAPH_MODEL } from '../../src/model/graph-model';
import { checkModel, relationshipFieldsOf } from '../../src/model/model-queries';

test('the declared model is coherent', () => {
  expect(() => checkModel(GRAPH_MODEL)).not.toThrow();
});

test('an incoherent model is refused, naming each problem', () => {
  const broken: GraphModel = {
    ...GRAPH_MODEL,
    relationships: [
      ...GRAPH_MODEL.relationships,
      {
        type: 'COACHED', description: 'x', from: ['Person'], to: ['Coach'], properties: { since: { type: 'int' } }, symmetric: false,
        cardinality: 'many-to-many', words: 'coached', curated: true,
        fields: [{ on: 'Team', name: 'coaches', direction: 'in' }, { on: 'Person', name: 'teams', direction: 'out' }],
      },
    ],
  };
  expect(() => checkModel(broken)).toThrow(/unknown label Coach/);
  expect(() => checkModel(broken)).toThrow(/COACHED\.since: a int needs a max/);
  expect(() => checkModel(broken)).toThrow(/field Team\.coaches is not on an end/);
  expect(() => checkModel(broken)).toThrow(/Person\.teams is declared twice/);
});

test('to-one fields follow the cardinality: a race has one season, a season many races', () => {
  const race = relationshipFieldsOf(GRAPH_MODEL, 'Race').find((f) => f.field.name === 'season');
  const season = relationshipFieldsOf(GRAPH_MODEL, 'Season').find((f) => f.field.name === 'races');
  expect([race?.toOne, season?.toOne]).toEqual([true, false]);
});
