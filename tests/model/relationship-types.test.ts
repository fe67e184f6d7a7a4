/**
 * The one definition of symmetric relationship types, as the seed loader uses it: a symmetric
 * relationship is stored from the smaller id to the larger whichever way the file gives it; every
 * other type keeps its direction.
 */
import { canonicalDirection, isSymmetric } from '../../src/model/relationship-types';
import { relationshipRow } from '../../src/seed/seed-rows';

test('SIBLING_OF and SPOUSE_OF are symmetric; PARENT_OF and HAS_RELATIVE are not', () => {
  expect(['SIBLING_OF', 'SPOUSE_OF', 'PARENT_OF', 'HAS_RELATIVE'].map((type) => isSymmetric(type))).toEqual([true, true, false, false]);
});

test('canonicalDirection orders the ends of a symmetric type only', () => {
  expect(canonicalDirection('SIBLING_OF', 'zoe-roe', 'ann-roe')).toEqual({ from: 'ann-roe', to: 'zoe-roe' });
  expect(canonicalDirection('SIBLING_OF', 'ann-roe', 'zoe-roe')).toEqual({ from: 'ann-roe', to: 'zoe-roe' });
  expect(canonicalDirection('PARENT_OF', 'zoe-roe', 'ann-roe')).toEqual({ from: 'zoe-roe', to: 'ann-roe' });
});

test('a seed row stores a symmetric relationship in the canonical direction', () => {
  const quotes = ['Her sister, Ann Roe, raced too.'];
  expect(relationshipRow({ type: 'SPOUSE_OF', from: 'zoe-roe', to: 'ann-roe', quotes })).toMatchObject({ from: 'ann-roe', to: 'zoe-roe' });
  expect(relationshipRow({ type: 'PARENT_OF', from: 'zoe-roe', to: 'ann-roe', quotes })).toMatchObject({ from: 'zoe-roe', to: 'ann-roe' });
});
