/**
 * How the explorer shows what the racing model adds, as pure functions of the model (no browser):
 * every label has a colour, a shape and a name in the legend; a race entry, a role held and an award
 * received read in words from their properties' `reads`; a node dated as its source states it shows
 * those words, what they count from and the years the graph derives, and a person her names.
 */
import { Json, neighbourhoodSpecs } from '../../src/explorer/neighbourhood-queries';
import { GROUPS } from '../../src/explorer/neighbourhood-layout';
import { KIND_COLOURS, KIND_NAMES, KIND_SHAPES, shapeCorners } from '../../src/explorer/node-styles';
import { GRAPH_MODEL } from '../../src/model/graph-model';

const specs = neighbourhoodSpecs(GRAPH_MODEL);

/** The detail a link of one node type's field reads for an edge as the API returns it (enums upper case). */
function detailOf(label: string, field: string, edge: Json): string | undefined {
  const link = specs[label].links.find((candidate) => candidate.field === field);
  if (!link?.detail) throw new Error(`${label}.${field} is not a link with details`);
  return link.detail(edge);
}

const node = (__typename: string, id: string, name: string) => ({ __typename, id, name });

describe('styles and legend', () => {
  test('every label of the model has a colour, a shape the legend can draw, a name, and a group in the drawing', () => {
    const round = ['ellipse', 'round-rectangle', 'barrel'];
    for (const { label } of GRAPH_MODEL.nodes) {
      expect([label, typeof KIND_COLOURS[label], typeof KIND_NAMES[label]]).toEqual([label, 'string', 'string']);
      const shape = KIND_SHAPES[label];
      expect([label, shapeCorners(shape) !== null || round.includes(shape)]).toEqual([label, true]);
    }
    // No two kinds look alike.
    const looks = GRAPH_MODEL.nodes.map(({ label }) => `${KIND_COLOURS[label]} ${KIND_SHAPES[label]}`);
    expect(new Set(looks).size).toBe(looks.length);
    const groupOf = (kind: string) => GROUPS.find((group) => group.takes({ neighbour: { __typename: kind } } as never))?.name;
    expect(['Meeting', 'Class', 'Vehicle', 'Award'].map(groupOf)).toEqual(['Races and venues', 'Races and venues', 'Races and venues', 'Achievements and events']);
  });
});

describe('relationships in words', () => {
  test('a sidecar passenger\'s entry: class, number, shared entry, crew role, finish', () => {
    expect(detailOf('Person', 'races', {
      class: node('Class', 'test-class-sidecar', 'Sidecar'), number: '4', entry: '4', crewRole: 'PASSENGER', finishPosition: 2,
    })).toBe('in Sidecar, no. 4, entry 4, as passenger, finished 2nd');
  });

  test('a win from pole with the fastest lap and its margin; booleans read yes or no', () => {
    expect(detailOf('Race', 'entries', { pole: true, finishPosition: 1, gap: 'by 2.1s', fastestLap: true }))
      .toBe('pole: yes, finished 1st, gap by 2.1s, fastest lap: yes');
    expect(detailOf('Race', 'entries', { pole: false, status: 'DNF', laps: 3 })).toBe('pole: no, dnf, 3 laps');
  });

  test('an endurance entry: vehicle, class, points as a fraction; the note after the facts', () => {
    expect(detailOf('Person', 'races', {
      note: 'shared with two others', class: node('Class', 'c', 'Prototype'), vehicle: node('Vehicle', 'v', 'Toyota Camry'), points: 12.5,
    })).toBe('in Prototype, in the Toyota Camry, 12.5 points, shared with two others');
  });

  test('roles held, from the person and from the organization: role, title, years', () => {
    expect(detailOf('Person', 'rolesHeld', { role: 'OWNER', since: 2003, until: 2012 })).toBe('as owner, from 2003, until 2012');
    expect(detailOf('Organization', 'people', { role: 'DIRECTOR', title: 'programme director', since: 2013 }))
      .toBe('as director, "programme director", from 2013');
    const link = specs.Team.links.find((candidate) => candidate.field === 'people');
    expect([link?.type, link?.direction, link?.via]).toEqual(['HELD_ROLE', 'in', 'person']);
  });

  test('an award received, with its years; mentoring and sponsorship with theirs', () => {
    expect(detailOf('Person', 'awards', { years: [1995, 1997] })).toBe('in 1995, 1997');
    expect(detailOf('Award', 'recipients', { years: [1995] })).toBe('in 1995');
    expect(detailOf('Person', 'mentees', { since: 2015 })).toBe('from 2015');
    expect(detailOf('Person', 'sponsors', { since: 2019, until: 2021 })).toBe('from 2019, until 2021');
  });
});

describe('node facts', () => {
  test('an event dated "at 14": the words, what they count from, the derived years; not approximate, so not said', () => {
    const details = specs.Event.details({
      kind: 'CAREER_START', dateAsStated: 'at 14', relativeTo: node('Person', 'test-maria-boss', 'Maria Boss'), offsetYears: 14,
      approximate: false, earliestYear: 1989, latestYear: 1990, disciplines: ['KARTING'],
    });
    expect(details).toEqual(expect.arrayContaining([
      ['When (as stated)', 'at 14, relative to Maria Boss'], ['Years (derived)', '1989–1990'], ['Discipline', 'karting'],
    ]));
    expect(details.map(([term]) => term)).not.toContain('Approximate');
  });

  test('a race with no known year shows its words and no derived years; one with a year shows the year', () => {
    const undated = specs.Race.details({ status: 'COMPLETED', dateAsStated: 'in her first season', disciplines: ['MOTORCYCLE_ROAD_RACING'] });
    expect(undated).toEqual(expect.arrayContaining([['When (as stated)', 'in her first season'], ['Discipline', 'motorcycle road racing']]));
    expect(undated.map(([term]) => term)).not.toContain('Years (derived)');
    const dated = specs.Race.details({ status: 'COMPLETED', year: 2019, earliestYear: 2019, latestYear: 2019, approximate: true });
    expect(dated).toEqual(expect.arrayContaining([['Year', '2019'], ['Approximate', 'yes']]));
    expect(dated.map(([term]) => term)).not.toContain('Years (derived)');
  });

  test('a meeting and a class show their disciplines; a vehicle its model; an award its kind', () => {
    expect(specs.Meeting.details({ year: 2019, disciplines: ['MOTORCYCLE_ROAD_RACING'] })).toEqual(expect.arrayContaining([['Discipline', 'motorcycle road racing']]));
    expect(specs.Class.details({ disciplines: ['SPORTS_CAR'] })).toEqual([['Discipline', 'sports car']]);
    expect(specs.Vehicle.details({ model: 'P2' })).toEqual(expect.arrayContaining([['Model', 'P2']]));
    expect(specs.Award.details({ kind: 'ROOKIE_OF_THE_YEAR' })).toEqual([['Kind', 'rookie of the year']]);
  });

  test('a person: born, birth name, nicknames', () => {
    const details = specs.Person.details({ born: '1975', birthName: 'Maria Small', nicknames: ['The Boss'], raced: true });
    expect(details).toEqual(expect.arrayContaining([['Born', '1975'], ['Birth name', 'Maria Small'], ['Nicknames', 'The Boss']]));
  });
});
