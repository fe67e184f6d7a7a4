/**
 * What each export format writes is derived from the graph model, not from the data: a label's
 * CSV columns, the GraphML keys and their types, the JSON-LD terms. So the properties a node or
 * relationship may have are the ones its label or type declares, plus the provenance lists every
 * node and relationship keeps (`sources`, `quotes`).
 *
 * A stored property the model does not declare is refused with an ExportError naming the node or
 * relationship, its label or type and the property: the model is the truth, and the migration that
 * dropped or renamed the property from the model should have removed it from the database.
 * Exporting it anyway would hand analysts a column no declaration explains; leaving it out would
 * hide data without a word.
 */
import { GraphModel, PropertyDeclaration } from '../model/declaration';
import { ExportError } from './export-error';
import { ExportedGraph, PROVENANCE_PROPERTIES } from './exported-graph';

export type DeclaredProperty = [name: string, declaration: PropertyDeclaration];

/** A label's properties, in declaration order (stored and exported, computed ones included). */
export function nodeProperties(model: GraphModel, label: string): DeclaredProperty[] {
  const node = model.nodes.find((candidate) => candidate.label === label);
  if (!node) throw new ExportError(`Nodes labelled ${label} are in the graph, but the graph model declares no label ${label}.`);
  return Object.entries(node.properties);
}

/** A relationship type's properties, in declaration order. */
export function relationshipProperties(model: GraphModel, type: string): DeclaredProperty[] {
  const relationship = model.relationships.find((candidate) => candidate.type === type);
  if (!relationship) throw new ExportError(`Relationships of type ${type} are in the graph, but the graph model declares no type ${type}.`);
  return Object.entries(relationship.properties);
}

const isProvenance = (name: string): boolean => (PROVENANCE_PROPERTIES as readonly string[]).includes(name);

function refuseUndeclared(what: string, kind: string, stored: string[], declared: DeclaredProperty[]): void {
  const names = new Set(declared.map(([name]) => name));
  const undeclared = stored.filter((name) => !names.has(name) && !isProvenance(name));
  if (undeclared.length > 0) {
    throw new ExportError(
      `${what} has ${undeclared.length === 1 ? 'a property' : 'properties'} ${undeclared.map((name) => `"${name}"`).join(', ')} ` +
      `that the graph model does not declare for ${kind}. The model is the truth: a migration should have removed or renamed ` +
      `${undeclared.length === 1 ? 'it' : 'them'} (src/db/migrations/).`,
    );
  }
}

/** Refuses a graph holding a label, type or property the model does not declare (see the top of this module). */
export function assertDeclared(graph: ExportedGraph, model: GraphModel): void {
  for (const node of graph.nodes) {
    refuseUndeclared(`${node.label} "${node.id}"`, node.label, Object.keys(node.properties), nodeProperties(model, node.label));
  }
  for (const rel of graph.relationships) {
    refuseUndeclared(`The ${rel.type} relationship "${rel.id}"`, rel.type, Object.keys(rel.properties), relationshipProperties(model, rel.type));
  }
}

/**
 * Every property name declared on any label (or any relationship type), once each, in declaration
 * order, with all its declarations: formats that name a property once for the whole graph (a
 * GraphML key, a JSON-LD term) need them to agree.
 */
export function propertiesByName(declarations: DeclaredProperty[][]): Map<string, PropertyDeclaration[]> {
  const byName = new Map<string, PropertyDeclaration[]>();
  for (const [name, declaration] of declarations.flat()) byName.set(name, [...(byName.get(name) ?? []), declaration]);
  return byName;
}

export const allNodeProperties = (model: GraphModel): Map<string, PropertyDeclaration[]> =>
  propertiesByName(model.nodes.map((node) => Object.entries(node.properties)));

export const allRelationshipProperties = (model: GraphModel): Map<string, PropertyDeclaration[]> =>
  propertiesByName(model.relationships.map((relationship) => Object.entries(relationship.properties)));
