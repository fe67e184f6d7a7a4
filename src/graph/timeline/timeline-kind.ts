import { registerEnumType } from 'type-graphql';
import { EVENT_KINDS } from '../../model/vocabulary';

/** Event kinds, plus the entries cypher/timeline.cypher derives from seasons, races and achievements. */
export const TIMELINE_KINDS = [...EVENT_KINDS, 'season', 'race', 'win', 'scheduled-race', 'achievement'] as const;

export const TimelineKind = Object.fromEntries(
  TIMELINE_KINDS.map((kind) => [kind.toUpperCase().replace(/-/g, '_'), kind]),
);
registerEnumType(TimelineKind, { name: 'TimelineKind', description: 'What a timeline entry is.' });
