/**
 * The closed vocabularies of the graph: labels, relationship types and the enumerations used in
 * properties. The seed schema, the GraphQL enums and the Cypher all use these exact strings.
 */
export const NODE_LABELS = [
  'Person', 'Family', 'Team', 'Organization', 'Series', 'Season', 'Race', 'Venue', 'Place',
  'Achievement', 'Event', 'Education', 'Source',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const GENDERS = ['female', 'male', 'non-binary'] as const;
export const PERSON_ROLES = ['driver', 'entrepreneur', 'speaker', 'influencer', 'team-owner', 'engineer', 'journalist'] as const;
export const ORGANIZATION_KINDS = ['sanctioning-body', 'company', 'programme', 'publisher', 'other'] as const;
export const PLACE_KINDS = ['country', 'state', 'province', 'region', 'city'] as const;
export const RACE_STATUSES = ['completed', 'scheduled'] as const;
export const PARTICIPATIONS = ['full-time', 'part-time'] as const;
export const ACHIEVEMENT_KINDS = ['first', 'win', 'championship', 'career-best', 'last', 'milestone'] as const;
export const EVENT_KINDS = ['career-start', 'discipline', 'recognition', 'debut', 'move', 'incident', 'recovery', 'return'] as const;
export const SOURCE_KINDS = ['interview', 'article', 'book', 'results-table', 'other'] as const;
