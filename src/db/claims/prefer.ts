/**
 * A curator's choice between disputed claims: the chosen claim is pinned (and every other claim of
 * its group unpinned), and its element is resolved again, so the graph answers with its value.
 * The first step of the preference rule (resolve.ts); the caller audits it.
 */
import { GraphModel } from '../../model/declaration';
import { StoredClaim } from './claim';
import { CLAIM_BY_ID, PIN_CLAIM } from './claims.cypher';
import { applyClaims, planClaims, Run, storedClaim } from './plan';
import { groupOf } from './resolve';

export class UnknownClaimError extends Error {
  override name = 'UnknownClaimError';
  readonly expected = true;
}

/** Pins `claimId` within its group and re-resolves; returns the claim, as it now is, and its group. */
export async function preferClaim(run: Run, model: GraphModel, claimId: string): Promise<{ claim: StoredClaim; group: string }> {
  const [row] = await run(CLAIM_BY_ID, { claimId });
  if (!row) throw new UnknownClaimError(`there is no claim "${claimId}"`);
  const claim = storedClaim(row);
  const group = groupOf(model, claim);
  await run(PIN_CLAIM, { group, claimId });
  const pinned = { ...claim, pinned: true };
  // Restating the claim changes no claim; the plan resolves its element (and group) again with the pin.
  await applyClaims(run, await planClaims(run, model, { replaced: [pinned], added: [pinned] }));
  return { claim: pinned, group };
}
