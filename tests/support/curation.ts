/** A test source for curation writes, and helpers to call mutations as an editor. */
import { testToken, TestApi } from './api';

export const FIXTURE_SOURCE = {
  id: 'test-fixture-curation',
  title: 'Test fixture for curation',
  kind: 'OTHER',
  publisherId: 'females-in-motorsport',
  published: '2024-05',
  text: [
    'TEST FIXTURE: a made-up text for the test suite, not a real source.',
    'Jane Roe is a British racing driver. Her mother, Ann Roe, raced before her. Her cousin raced karts.',
    'Jane Roe drove for Example Racing in the 2024 Example Cup, finishing third overall with 120 points.',
    'At Example Park in May 2024 she started fifth and won, the first woman to win an Example Cup race.',
    'J. Roe, as some reports call her, looked up to Danica Patrick.',
  ].join('\n\n'),
};

export const cite = (quote: string) => ({ sourceId: FIXTURE_SOURCE.id, quote });

export const ADD_SOURCE = `mutation($input: SourceInput!) { addSource(input: $input) { id title publisher { id } } }`;

/** Runs a mutation as an editor and returns its data, failing the test on any error. */
export async function asEditor<T = any>(api: TestApi, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await api.query<T>(query, variables, testToken('editor'));
  if (response.errors) throw new Error(`unexpected errors: ${JSON.stringify(response.errors)}`);
  return response.data as T;
}
