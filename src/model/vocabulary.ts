/**
 * The closed vocabularies of the graph, read from the model (graph-model.ts): labels, relationship
 * types and the values of its enumerations. The seed schema, the GraphQL enums and the Cypher all use
 * these exact strings.
 */
import {
  ACHIEVEMENT_KIND, EVENT_KIND, GENDER, GRAPH_MODEL, ORGANIZATION_KIND, PARTICIPATION, PERSON_ROLE, PLACE_KIND,
  RACE_STATUS, SOURCE_KIND,
} from './graph-model';

export const NODE_LABELS = GRAPH_MODEL.nodes.map((node) => node.label);
export type NodeLabel = string;

export const GENDERS = GENDER.values;
export const PERSON_ROLES = PERSON_ROLE.values;
export const ORGANIZATION_KINDS = ORGANIZATION_KIND.values;
export const PLACE_KINDS = PLACE_KIND.values;
export const RACE_STATUSES = RACE_STATUS.values;
export const PARTICIPATIONS = PARTICIPATION.values;
export const ACHIEVEMENT_KINDS = ACHIEVEMENT_KIND.values;
export const EVENT_KINDS = EVENT_KIND.values;
export const SOURCE_KINDS = SOURCE_KIND.values;
