/**
 * Questions every derivation asks of a model: a label's declaration, a type's, the fields a label
 * has, which types are symmetric. Pure functions of a `GraphModel`, so each derived artefact can be
 * built for any model (tests build them for a model with an extra relationship type).
 */
import {
  EnumDeclaration, GraphModel, isEnum, NodeDeclaration, PropertyDeclaration, RelationshipDeclaration, RelationshipField,
} from './declaration.js';

export function nodeDeclaration(model: GraphModel, label: string): NodeDeclaration {
  const node = model.nodes.find((candidate) => candidate.label === label);
  if (!node) throw new Error(`The graph model has no node label "${label}".`);
  return node;
}

export function relationshipDeclaration(model: GraphModel, type: string): RelationshipDeclaration {
  const relationship = model.relationships.find((candidate) => candidate.type === type);
  if (!relationship) throw new Error(`The graph model has no relationship type "${type}".`);
  return relationship;
}

export const nodeLabels = (model: GraphModel): string[] => model.nodes.map((node) => node.label);
export const relationshipTypes = (model: GraphModel): string[] => model.relationships.map((rel) => rel.type);

export const seedNodeDeclarations = (model: GraphModel): NodeDeclaration[] => model.nodes.filter((node) => node.inSeedFiles);
/** Types that sources state as relationships: in seed files and through addRelationship. */
export const curatedRelationships = (model: GraphModel): RelationshipDeclaration[] => model.relationships.filter((rel) => rel.curated);

export function symmetricTypes(model: GraphModel): string[] {
  return model.relationships.filter((rel) => rel.symmetric).map((rel) => rel.type);
}

/** A relationship field with the declaration it walks. */
export interface FieldOfLabel {
  relationship: RelationshipDeclaration;
  field: RelationshipField;
  /** The labels at the other end it lists. */
  neighbours: readonly string[];
  /** At most one neighbour: the field is an object, not a list. */
  toOne: boolean;
}

export function otherEnd(relationship: RelationshipDeclaration, field: RelationshipField): readonly string[] {
  if (field.neighbours) return field.neighbours;
  return field.direction === 'in' ? relationship.from : relationship.to;
}

export function isToOne(relationship: RelationshipDeclaration, field: RelationshipField): boolean {
  const { cardinality } = relationship;
  if (field.direction === 'out') return cardinality === 'many-to-one' || cardinality === 'one-to-one';
  if (field.direction === 'in') return cardinality === 'one-to-many' || cardinality === 'one-to-one';
  return cardinality === 'one-to-one';
}

/** The relationship fields of one label, in declaration order. */
export function relationshipFieldsOf(model: GraphModel, label: string): FieldOfLabel[] {
  return model.relationships.flatMap((relationship) =>
    relationship.fields
      .filter((field) => field.on === label)
      .map((field) => ({ relationship, field, neighbours: otherEnd(relationship, field), toOne: isToOne(relationship, field) })),
  );
}

/** Properties a source gives (not the ones the loader computes or the graph derives). */
export function statedProperties(properties: Readonly<Record<string, PropertyDeclaration>>): [string, PropertyDeclaration][] {
  return Object.entries(properties).filter(([, property]) => !property.computed && !property.derived);
}

/** Properties the API reads: the stated ones and the ones the graph derives from them. */
export function readableProperties(properties: Readonly<Record<string, PropertyDeclaration>>): [string, PropertyDeclaration][] {
  return Object.entries(properties).filter(([, property]) => !property.computed);
}

/** Labels whose nodes carry a relative date the graph derives years from (`relativeTo`). */
export function relativelyDatedLabels(model: GraphModel): string[] {
  return model.nodes.filter((node) => node.properties.relativeTo && node.properties.earliestYear?.derived).map((node) => node.label);
}

export function enumsOf(model: GraphModel): EnumDeclaration[] {
  return [...model.enums];
}

/** An enum value as GraphQL spells it: non-binary is NON_BINARY. */
export const enumKey = (value: string): string => value.toUpperCase().replace(/[^A-Z0-9]+/g, '_');

/**
 * Checks that a model is coherent: endpoints and fields name declared labels, a field sits on an
 * end of its type, no label has two fields of one name, every enum a property uses is declared.
 * Throws one error listing every problem.
 */
export function checkModel(model: GraphModel): void {
  const problems: string[] = [];
  const labels = new Set(nodeLabels(model));
  const enums = new Set(model.enums);
  const seen = new Set<string>();
  const checkProperties = (owner: string, properties: Readonly<Record<string, PropertyDeclaration>>) => {
    for (const [name, property] of Object.entries(properties)) {
      if (['id', 'sources', 'quotes'].includes(name)) problems.push(`${owner}.${name}: "${name}" is kept for every node and relationship`);
      if (isEnum(property.type) && !enums.has(property.type)) problems.push(`${owner}.${name}: enum ${property.type.name} is not in the model's enums`);
      if (typeof property.type === 'object' && 'ref' in property.type) {
        for (const label of property.type.ref) if (!labels.has(label)) problems.push(`${owner}.${name}: refers to unknown label ${label}`);
      }
      if ((property.type === 'string' || property.type === 'int' || property.type === 'float' || property.type === 'url') && property.max === undefined) {
        problems.push(`${owner}.${name}: a ${property.type} needs a max`);
      }
      if (property.list && property.maxItems === undefined) problems.push(`${owner}.${name}: a list needs a maxItems`);
    }
  };
  for (const node of model.nodes) {
    if (seen.has(node.label)) problems.push(`label ${node.label} is declared twice`);
    seen.add(node.label);
    if (!(node.nameProperty in node.properties)) problems.push(`${node.label}: its nameProperty "${node.nameProperty}" is not one of its properties`);
    checkProperties(node.label, node.properties);
  }
  const fieldNames = new Set<string>();
  for (const rel of model.relationships) {
    if (!/^[A-Z][A-Z0-9_]*$/.test(rel.type)) problems.push(`${rel.type}: a relationship type is UPPER_SNAKE_CASE`);
    if (seen.has(rel.type)) problems.push(`type ${rel.type} is declared twice`);
    seen.add(rel.type);
    for (const label of [...rel.from, ...rel.to]) if (!labels.has(label)) problems.push(`${rel.type}: unknown label ${label}`);
    if (rel.symmetric && rel.from.join() !== rel.to.join()) problems.push(`${rel.type}: a symmetric type has the same labels at both ends`);
    checkProperties(rel.type, rel.properties);
    for (const field of rel.fields) {
      const ends = field.direction === 'out' ? rel.from : field.direction === 'in' ? rel.to : [...rel.from, ...rel.to];
      if (!ends.includes(field.on)) problems.push(`${rel.type}: field ${field.on}.${field.name} is not on an end of the type walked ${field.direction}`);
      if (field.direction === 'both' && !rel.symmetric) problems.push(`${rel.type}: only a symmetric type is walked both ways (${field.on}.${field.name})`);
      if (field.edge && !rel.edge) problems.push(`${rel.type}: field ${field.on}.${field.name} returns an edge, but the type declares no edge object`);
      const key = `${field.on}.${field.name}`;
      if (fieldNames.has(key) || field.name in (model.nodes.find((node) => node.label === field.on)?.properties ?? {})) {
        problems.push(`${key} is declared twice`);
      }
      fieldNames.add(key);
    }
  }
  if (problems.length > 0) throw new Error(`The graph model is not coherent:\n- ${problems.join('\n- ')}`);
}

/** Properties that hold the id of another node, with the labels that node may have. */
export function referenceProperties(properties: Readonly<Record<string, PropertyDeclaration>>): [string, readonly string[]][] {
  return Object.entries(properties).flatMap(([name, property]) =>
    typeof property.type === 'object' && 'ref' in property.type ? [[name, property.type.ref] as [string, readonly string[]]] : [],
  );
}

/** The computed properties of a relationship or node, from its stated ones (HAS_RELATIVE's generation). */
export function computedProperties(
  properties: Readonly<Record<string, PropertyDeclaration>>, stated: Readonly<Record<string, unknown>>,
): Record<string, string | number | boolean> {
  const computed: Record<string, string | number | boolean> = {};
  for (const [name, property] of Object.entries(properties)) {
    const value = property.computed?.(stated);
    if (value !== undefined) computed[name] = value;
  }
  return computed;
}
