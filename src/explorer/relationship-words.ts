/**
 * Stored relationship types as a reader says them, for the labels of lines and lists: each type's
 * `words` in the graph model (src/model/graph-model.ts), never a list of its own here.
 */
import { GraphModel } from '../model/declaration.js';
import { GRAPH_MODEL } from '../model/graph-model.js';

/** What a type reads as; a type the model does not declare reads as its name in lower case. */
export function wordsFor(type: string, model: GraphModel = GRAPH_MODEL): string {
  return model.relationships.find((relationship) => relationship.type === type)?.words ?? type.toLowerCase().replace(/_/g, ' ');
}

/** The family ties (`kinship: true`): read through lineage, named by the kinship, drawn with the family. */
export function kinshipTypes(model: GraphModel = GRAPH_MODEL): ReadonlySet<string> {
  return new Set(model.relationships.filter((relationship) => relationship.kinship).map((relationship) => relationship.type));
}

export const KINSHIP_TYPES = kinshipTypes(GRAPH_MODEL);
