/** A person's career in order, as the timeline query gives it, with each entry's evidence. */
import { queryAllowingNotFound } from './api.js';
import { CITED, CitedAnswer } from './facts.js';

export const TIMELINE = `query Timeline($id: ID!) {
  timeline(personId: $id) {
    kind title year date age approximate dateAsStated earliestYear latestYear detail
    subject { __typename id }
    ${CITED}
  }
}`;

export interface TimelineEntry extends CitedAnswer {
  kind: string;
  title: string;
  year: number | null;
  date: string | null;
  age: number | null;
  approximate: boolean;
  dateAsStated: string | null;
  earliestYear: number | null;
  latestYear: number | null;
  detail: string | null;
  subject: { __typename: string; id: string };
}

/** Null for an unknown person. */
export async function loadTimeline(personId: string): Promise<TimelineEntry[] | null> {
  const { timeline } = await queryAllowingNotFound<{ timeline: TimelineEntry[] | null }>(TIMELINE, { id: personId });
  return timeline;
}
