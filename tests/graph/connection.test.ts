/**
 * `connection` with a Source at one end, over HTTP: the rule that keeps Sources out of the middle
 * of a path lies inside the shortest-path search, so such calls answer (with a path or null)
 * instead of enumerating every path up to maxLength until the transaction times out, also when
 * sixteen of them arrive at once.
 */
import { useTestApi } from '../support/api';

const api = useTestApi();

const SOURCE_ID = 'females-in-motorsport-amber-balcaen-2023';
const CONNECTION = `query($fromId: ID!, $toId: ID!) {
  connection(fromId: $fromId, toId: $toId, maxLength: 10) { length nodes { id } relationships { type from { id } to { id } } }
}`;

test('16 concurrent connection calls whose endpoint is a Source all answer', async () => {
  // Half have no path (nothing but its publisher links to the source), half have one of length 1.
  const pairs = Array.from({ length: 16 }, (_, i) =>
    i % 2 === 0 ? { fromId: 'amber-balcaen', toId: SOURCE_ID } : { fromId: SOURCE_ID, toId: 'females-in-motorsport' });
  const responses = await Promise.all(pairs.map((pair) => api().query(CONNECTION, pair)));
  expect(responses.map((r) => r.errors?.map((e) => e.extensions?.code) ?? [])).toEqual(pairs.map(() => []));
  responses.forEach((response, i) => {
    expect(response.status).toBe(200);
    if (i % 2 === 0) expect(response.data).toEqual({ connection: null });
    else {
      expect(response.data).toEqual({
        connection: {
          length: 1,
          nodes: [{ id: SOURCE_ID }, { id: 'females-in-motorsport' }],
          relationships: [{ type: 'PUBLISHED_BY', from: { id: SOURCE_ID }, to: { id: 'females-in-motorsport' } }],
        },
      });
    }
  });
}, 120_000);
