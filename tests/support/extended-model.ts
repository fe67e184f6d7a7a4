/**
 * The graph model plus one relationship type and one property, declared and nothing else: tests
 * build every derived artefact from it and find the additions there (seed schema, SDL, API, exports,
 * explorer words, docs). Invented for the tests: no source states a COACHED relationship.
 */
import { GraphModel } from '../../src/model/declaration';
import { GRAPH_MODEL } from '../../src/model/graph-model';

export const EXTENDED_MODEL: GraphModel = {
  ...GRAPH_MODEL,
  version: GRAPH_MODEL.version + 1,
  nodes: GRAPH_MODEL.nodes.map((node) =>
    node.label === 'Person'
      ? {
        ...node,
        properties: {
          ...node.properties,
          nickname: { type: 'string', max: 100, searchable: true, term: 'Nickname', description: 'What fans and press call them.' },
        },
      }
      : node),
  relationships: [
    ...GRAPH_MODEL.relationships,
    {
      type: 'COACHED',
      description: 'A coach and the driver they coached.',
      from: ['Person'],
      to: ['Person'],
      properties: { since: { type: 'int', min: 1880, max: 2100, reads: 'since {value}', description: 'The year the coaching began.' } },
      symmetric: false,
      cardinality: 'many-to-many',
      words: 'coached',
      curated: true,
      edge: {
        name: 'Coaching', description: 'A coach and a driver they coached.',
        fromField: { name: 'coach' }, toField: { name: 'driver' },
      },
      fields: [
        { on: 'Person', name: 'coached', direction: 'out', edge: true, description: 'Drivers this person coached.' },
        { on: 'Person', name: 'coaches', direction: 'in', edge: true, description: 'People who coached this person.' },
      ],
    },
  ],
};
