import { registerEnumType } from 'type-graphql';
import { EVENT_KIND } from '../../model/graph-model';
import { enumKey } from '../../model/model-queries';

/**
 * Event kinds, plus the entries cypher/timeline.cypher derives from team stints, seasons, races,
 * achievements, awards received and roles held.
 */
export const TIMELINE_KINDS = [
  ...EVENT_KIND.values, 'team-stint', 'season', 'race', 'win', 'scheduled-race', 'achievement', 'award', 'role',
] as const;

export const TimelineKind = Object.fromEntries(
  TIMELINE_KINDS.map((kind) => [enumKey(kind), kind]),
);
registerEnumType(TimelineKind, { name: 'TimelineKind', description: 'What a timeline entry is.' });
