/**
 * The evidence of one relationship whose API field gives none inline (a race's venue, a person's
 * family): asked for as the shortest connection of length 1 between its two ends, which the API
 * returns with the relationship's sources.
 */
import { query } from './api.js';
import { CITED, CitedAnswer, citedBy, Fact } from './facts.js';

export const RELATIONSHIP = `query RelationshipEvidence($from: ID!, $to: ID!) {
  connection(fromId: $from, toId: $to, maxLength: 1) {
    relationships { type ${CITED} }
  }
}`;

interface RelationshipAnswer {
  connection: { relationships: ({ type: string } & CitedAnswer)[] } | null;
}

export async function relationshipEvidence(from: string, to: string, type: string, statement: string): Promise<Fact> {
  const { connection } = await query<RelationshipAnswer>(RELATIONSHIP, { from, to });
  const found = connection?.relationships[0];
  if (!found) return { statement, citations: [], note: 'The API gives no evidence for this relationship on its own.' };
  if (found.type !== type) {
    // Two nodes linked twice: the connection query returns one of the links, which may be the other.
    return {
      statement,
      citations: [],
      note: `These two are also linked by ${found.type}, which is the link the API returns for them, so this one's own evidence cannot be shown.`,
    };
  }
  return { statement, ...citedBy(found) };
}
