/**
 * Rules across properties that the seed file schema and checkSeedFile make beyond each property's
 * own declaration: a relative date has both its parts, a date lies in its year, and the people of
 * one shared entry (one car or bike in one race) state the same result. Each problem names where it
 * is and why.
 */
import { GRAPH_MODEL } from '../../src/model/graph-model';
import { seedSchemas } from '../../src/seed/seed-file.schema';
import { checkSeedFile, readSeedFile } from '../../src/seed/seed-file';
import { RACING_FIXTURES, racingFixtureWith } from '../support/racing-fixtures';

const quotes = ['Her coach, Ann Roe, taught her to race.'];
const { node } = seedSchemas(GRAPH_MODEL);
const issuesOf = (value: unknown) => (node.safeParse(value).error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]);

describe('a relative date gives relativeTo and offsetYears together', () => {
  const event = { label: 'Event', id: 'first-race', title: 'First race', kind: 'career-start', dateAsStated: 'at 14', quotes };

  test('both, or neither, is fine', () => {
    expect(issuesOf({ ...event, relativeTo: 'ann-roe', offsetYears: 14 })).toEqual([]);
    expect(issuesOf(event)).toEqual([]);
  });

  test('relativeTo without offsetYears is refused at offsetYears', () => {
    expect(issuesOf({ ...event, relativeTo: 'ann-roe' })).toEqual([[
      'offsetYears',
      'relativeTo is given without offsetYears: a relative date needs both (relativeTo: what it counts from; offsetYears: how many years after it)',
    ]]);
  });

  test('offsetYears without relativeTo is refused at relativeTo', () => {
    expect(issuesOf({ ...event, offsetYears: 14 })).toEqual([[
      'relativeTo',
      'offsetYears is given without relativeTo: a relative date needs both (relativeTo: what it counts from; offsetYears: how many years after it)',
    ]]);
  });

  test('every label with a relative date has the rule', () => {
    const dated = GRAPH_MODEL.nodes.filter((n) => n.inSeedFiles && 'relativeTo' in n.properties).map((n) => n.label);
    expect(dated).toEqual(expect.arrayContaining(['Race', 'Meeting', 'Event', 'Achievement']));
    const minimal: Record<string, Record<string, unknown>> = {
      Race: { name: 'R', status: 'completed' }, Meeting: { name: 'M' }, Event: { title: 'E', kind: 'debut' }, Achievement: { title: 'A', kind: 'first' },
    };
    for (const label of dated) {
      expect([label, issuesOf({ label, id: 'x', quotes, ...minimal[label], offsetYears: 2 }).map(([path]) => path)]).toEqual([label, ['relativeTo']]);
    }
  });
});

describe('a date and a year, both given, agree', () => {
  const race = { label: 'Race', id: 'some-race', name: 'Some race', status: 'completed', quotes };

  test('a date in the year, a date alone, a year alone are fine', () => {
    expect(issuesOf({ ...race, year: 2019, date: '2019-05-12' })).toEqual([]);
    expect(issuesOf({ ...race, year: 2019, date: '2019' })).toEqual([]);
    expect(issuesOf({ ...race, date: '2019-05' })).toEqual([]);
    expect(issuesOf({ ...race, year: 2019 })).toEqual([]);
  });

  test('a date in another year is refused at date, naming both', () => {
    expect(issuesOf({ ...race, year: 2018, date: '2019-05' })).toEqual([[
      'date', 'date "2019-05" is not in year 2018: when both are given, the date starts with the year',
    ]]);
    expect(issuesOf({ label: 'Meeting', id: 'm', name: 'M', year: 2020, date: '2021', quotes }).map(([path]) => path)).toEqual(['date']);
    expect(issuesOf({ label: 'Achievement', id: 'a', title: 'A', kind: 'first', year: 2020, date: '2021', quotes }).map(([path]) => path)).toEqual(['date']);
  });
});

describe('the people of one shared entry state the same result', () => {
  const problemsOf = (file: string) => checkSeedFile(readSeedFile(file), new Map());
  // The third driver's entry in the six hours, as the fixture states it.
  const CY = 'from: test-cy-long\n    to: test-six-hours-2021\n    entry: "22"\n    number: "22"\n    crewRole: driver\n'
    + '    class: test-class-prototype\n    vehicle: test-vehicle-arrow-p2\n    status: dnf\n    laps: 140\n';

  test('the fixtures as they are: each entry states one result (crew roles differ)', () => {
    for (const fixture of RACING_FIXTURES) expect([fixture, problemsOf(fixture)]).toEqual([fixture, []]);
  });

  test('a different status is refused, naming the race, the entry and the property', () => {
    const file = racingFixtureWith('test-fixture-six-hours', CY, CY.replace('status: dnf', 'status: finished'));
    expect(problemsOf(file)).toEqual([expect.objectContaining({
      path: 'relationships[4].status',
      line: expect.any(Number),
      reason: 'entry "22" in Race "test-six-hours-2021" (ENTERED_RACE): status is "finished" here but "dnf" in relationships[2]; the people of one entry share its status',
    })]);
  });

  test('each shared property is compared, a missing value too: finish, laps, gap, number, class', () => {
    const file = racingFixtureWith('test-fixture-six-hours', CY, CY
      .replace('number: "22"', 'number: "23"')
      .replace('class: test-class-prototype', 'finishPosition: 5\n    gap: 2 laps')
      .replace('laps: 140', 'laps: 139'));
    expect(problemsOf(file).map((p) => [p.path, p.reason.replace(/ in relationships.*/, '')])).toEqual([
      ['relationships[4].finishPosition', 'entry "22" in Race "test-six-hours-2021" (ENTERED_RACE): finishPosition is 5 here but not given'],
      ['relationships[4].laps', 'entry "22" in Race "test-six-hours-2021" (ENTERED_RACE): laps is 139 here but 140'],
      ['relationships[4].gap', 'entry "22" in Race "test-six-hours-2021" (ENTERED_RACE): gap is "2 laps" here but not given'],
      ['relationships[4].number', 'entry "22" in Race "test-six-hours-2021" (ENTERED_RACE): number is "23" here but "22"'],
      ['relationships[4].class', 'entry "22" in Race "test-six-hours-2021" (ENTERED_RACE): class is not given here but "test-class-prototype"'],
    ]);
  });

  test('a rally co-driver with another finish is refused', () => {
    const file = racingFixtureWith('test-fixture-forest-rally', 'crewRole: co-driver\n    finishPosition: 3', 'crewRole: co-driver\n    finishPosition: 4');
    expect(problemsOf(file).map((p) => [p.path, p.reason])).toEqual([[
      'relationships[1].finishPosition',
      'entry "7" in Race "test-forest-rally-2022" (ENTERED_RACE): finishPosition is 4 here but 3 in relationships[0]; the people of one entry share its finishPosition',
    ]]);
  });

  test('another entry in the same race may have another result', () => {
    const file = racingFixtureWith('test-fixture-six-hours', CY, CY.replace('entry: "22"', 'entry: "23"').replace('status: dnf', 'status: finished'));
    expect(problemsOf(file)).toEqual([]);
  });
});
