/**
 * How `--param key=value` becomes a typed query parameter (src/cli/query-params.ts): JSON values
 * for the declared type, ids that look like numbers stay strings, and clear errors otherwise.
 */
import { NamedQuery, QueryParam } from '../../src/db/cypher-files';
import { queryParams } from '../../src/cli/query-params';

const param = (name: string, type: QueryParam['type'], optional = false): QueryParam => ({ name, type, optional, description: `the ${name}` });
const QUERY: NamedQuery = {
  name: 'sample',
  summary: 'sample: a query for these tests',
  cypher: 'RETURN 1',
  params: [param('id', 'string'), param('ids', 'string[]', true), param('depth', 'integer', true), param('ratio', 'float', true), param('flag', 'boolean', true)],
};
const only = (...pairs: string[]) => queryParams(QUERY, ['id=x', ...pairs]);

test.each([
  [['ids=["amber-balcaen"]'], { ids: ['amber-balcaen'] }],
  [['ids=["amber-balcaen", "danica-patrick"]'], { ids: ['amber-balcaen', 'danica-patrick'] }],
  [['ids=[]'], { ids: [] }],
  [['ids=amber-balcaen,danica-patrick'], { ids: ['amber-balcaen', 'danica-patrick'] }],
  [['ids="a,b"'], { ids: ['a,b'] }],
  [['ids=2022'], { ids: ['2022'] }],
  [['ids=12,13'], { ids: ['12', '13'] }],
  [['depth=3'], { depth: 3 }],
  [['depth=-2'], { depth: -2 }],
  [['ratio=2.5'], { ratio: 2.5 }],
  [['flag=false'], { flag: false }],
])('%j becomes %j', (pairs, expected) => {
  expect(only(...pairs)).toMatchObject(expected);
});

test.each([
  ['id=2022', '2022'],
  ['id=true', 'true'],
  ['id=null', 'null'],
  ['id="amber-balcaen"', 'amber-balcaen'],
  ['id=amber-balcaen', 'amber-balcaen'],
  ['id=a=b', 'a=b'],
])('a string parameter %j is the string %j, whatever it looks like', (pair, expected) => {
  expect(queryParams(QUERY, [pair]).id).toBe(expected);
});

test('an optional parameter left out is null; every declared parameter is passed', () => {
  expect(queryParams(QUERY, ['id=x'])).toEqual({ id: 'x', ids: null, depth: null, ratio: null, flag: null });
});

test.each([
  [['ids=[amber-balcaen]'], /--param ids=\[amber-balcaen\] starts like JSON but is not valid JSON; did the shell remove its quotes\? Wrap the whole pair in single quotes: --param 'ids=\["amber-balcaen","danica-patrick"\]'/],
  [['ids=[1, 2]'], /--param ids must be a list of strings, got "\[1, 2\]"/],
  [['ids={"a": 1}'], /--param ids must be a list of strings/],
  [['depth=3.5'], /--param depth must be a whole number, got "3.5"/],
  [['depth=three'], /--param depth must be a whole number, got "three" \(e\.g\. depth=3\)/],
  [['depth=[3]'], /--param depth must be a whole number/],
  [['ratio=fast'], /--param ratio must be a number/],
  [['flag=yes'], /--param flag must be true or false, got "yes"/],
  [['id=["x"]'], /--param id must be one string, not a list or an object/],
  [['depth=1', 'depth=2'], /--param depth is given twice: pass it once/],
  [['nope=1'], /"sample" has no parameter "nope". It takes: id: string, ids\?: string\[\], depth\?: integer/],
  [['=1'], /--param takes key=value, got "=1"/],
])('%j is refused: %s', (pairs, message) => {
  expect(() => queryParams(QUERY, pairs[0].startsWith('id=') ? pairs : ['id=x', ...pairs])).toThrow(message);
});

test('a required parameter left out is named, with its type and description', () => {
  expect(() => queryParams(QUERY, [])).toThrow('"sample" needs --param id=<string> (the id)');
});
