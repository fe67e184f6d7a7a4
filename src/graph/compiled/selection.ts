/**
 * What a request asks of the graph below one field, read off its selection with graphql-js's own
 * field collection (aliases, fragments, inline fragments, `@include`/`@skip`, variables) and the
 * graph model: per node label, the properties to read and the relationship fields to walk, each
 * with its page. This tree is what the compiler turns into one Cypher statement (compile.ts).
 *
 * A field the model does not declare (a hand-written resolver such as `displayName`, `claims` or
 * `careerSummary`) is left to its resolver and the loaders: the tree marks the node `whole`, so the
 * statement reads all its properties and that resolver finds the row as the loader would give it.
 */
import {
  FieldNode, getArgumentValues, getNamedType, GraphQLNamedType, GraphQLObjectType, GraphQLResolveInfo, GraphQLSchema, isAbstractType, isObjectType,
} from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields';
import { NESTED_PAGE } from '../../graphql/page-sizes';
import { offsetAfter } from '../../graphql/connection';
import { GraphModel, PropertyDeclaration, RelationshipDeclaration } from '../../model/declaration';
import { FieldOfLabel, nodeDeclaration, readableProperties, relationshipFieldsOf } from '../../model/model-queries';
import { isReference } from '../../model/declaration';
import { PageRequest } from '../shared/related.loader';

/** What to read of a node that may have any of some labels. */
export interface NodeSelection {
  /** Per label the node may have: the relationship fields to walk when it has that label. */
  byLabel: Map<string, Relation[]>;
  /** Properties to read (the union over its labels); `id` always. */
  properties: Set<string>;
  /** A field is left to its resolver: read every property, as the loaders do. */
  whole: boolean;
}

/** What to read of a relationship given as an edge object (a season entry): its properties and ends. */
export interface EdgeSelection {
  relations: Relation[];
  properties: Set<string>;
  whole: boolean;
}

interface RelationBase {
  /** The response key (the alias, else the field's name) the result answers. */
  key: string;
}

/** A to-one relationship field: the preferred neighbour, or null. */
export interface ToOne extends RelationBase { kind: 'toOne'; of: FieldOfLabel; node: NodeSelection }
/** A list relationship field or its `…Connection` twin: one page of neighbours (or of edge objects). */
export interface ListRelation extends RelationBase {
  kind: 'list';
  of: FieldOfLabel;
  page: PageRequest;
  /** The Relay twin: answer with edges, cursors, pageInfo and totalCount. */
  connection: boolean;
  /** Whether the page's items are read: not for a connection asked only its totalCount. */
  items: boolean;
  node?: NodeSelection;
  edge?: EdgeSelection;
}
/** A property holding the id (or ids) of other nodes: a season entry's team. */
export interface Reference extends RelationBase {
  kind: 'reference';
  property: string;
  list: boolean;
  /** Its node must exist: a missing one is an error its resolver reports. */
  required: boolean;
  node: NodeSelection;
}
/** One end of an edge object: the node that asked for the edge, or the one at the other end. */
export interface End extends RelationBase { kind: 'end'; end: 'asking' | 'other'; node: NodeSelection }

/** The sources behind a node's or edge's `sources` (its citations' `source` under this response key). */
export interface Citations extends RelationBase { kind: 'citations'; node: NodeSelection }

export type Relation = ToOne | ListRelation | Reference | End | Citations;

/** Where a relation's answer sits in its node's or edge's `fields` (a citation's `source` key may be any field's). */
export const slotOf = (relation: Relation): string => (relation.kind === 'citations' ? `sources>${relation.key}` : relation.key);

/** Where the selection is read: graphql-js's execution state for the root field being resolved. */
export interface SelectionSource {
  schema: GraphQLSchema;
  fragments: GraphQLResolveInfo['fragments'];
  variableValues: GraphQLResolveInfo['variableValues'];
}

/** Provenance lists behind a `sources` field (src/provenance/citations.ts reads these two). */
const CITATION_PROPERTIES = ['sources', 'quotes'];

/** Fields every node and edge object answers from its row: its citations (a page of them, or their connection) are its `sources` and `quotes` properties. */
const ROW_FIELDS = ['__typename', 'id', 'sources', 'sourcesConnection'];

/**
 * The fields of a label's type the compiler reads itself: its declared properties (references
 * too), its relationship fields and their `…Connection` twins (but a list of edge objects walked
 * both ways, whose asking end the statement cannot name), `id`, `__typename` and `sources`. Any
 * other field (written by hand: `displayName`, `claims`, `careerSummary`, ...) is left to its resolver.
 */
export function compiledFieldsOfLabel(model: GraphModel, label: string): Set<string> {
  const relationships = relationshipFieldsOf(model, label).flatMap(({ field, toOne }) => {
    if (toOne) return [field.name];
    return field.edge && field.direction === 'both' ? [] : [field.name, `${field.name}Connection`];
  });
  return new Set([...ROW_FIELDS, ...readableProperties(nodeDeclaration(model, label).properties).map(([name]) => name), ...relationships]);
}

/** The fields of an edge object the compiler reads itself: its properties, its two ends and `sources`. */
export function compiledFieldsOfEdge(relationship: RelationshipDeclaration): Set<string> {
  const { edge } = relationship;
  return new Set([...ROW_FIELDS, ...readableProperties(relationship.properties).map(([name]) => name), edge!.fromField.name, edge!.toField.name]);
}

/** Every field of the model's node and edge object types that the compiler leaves to its resolver (`Type.field`). */
export function fieldsLeftToResolvers(schema: GraphQLSchema, model: GraphModel): string[] {
  const left = (typeName: string, compiled: Set<string>) =>
    Object.keys((schema.getType(typeName) as GraphQLObjectType).getFields()).filter((name) => !compiled.has(name)).map((name) => `${typeName}.${name}`);
  return [
    ...model.nodes.flatMap((node) => left(node.label, compiledFieldsOfLabel(model, node.label))),
    ...model.relationships.flatMap((relationship) => (relationship.edge ? left(relationship.edge.name, compiledFieldsOfEdge(relationship)) : [])),
  ];
}

/**
 * Two aliases of `sources` may each select `source` under one response key with different fields:
 * their citations are the same objects, so such a key is left to the citation's resolver.
 */
function withoutAmbiguousCitations(relations: Relation[]): Relation[] {
  const keys = relations.filter((relation) => relation.kind === 'citations').map((relation) => relation.key);
  const repeated = new Set(keys.filter((key, index) => keys.indexOf(key) !== index));
  return relations.filter((relation) => relation.kind !== 'citations' || !repeated.has(relation.key));
}

export class SelectionReader {
  constructor(private readonly model: GraphModel, private readonly source: SelectionSource) {}

  /** The selection below a field returning a node of one of `labels` (its GraphQL type may be abstract). */
  node(labels: readonly string[], fieldNodes: readonly FieldNode[]): NodeSelection {
    const selection: NodeSelection = { byLabel: new Map(), properties: new Set(['id']), whole: false };
    for (const label of labels) {
      const type = this.objectType(label);
      const relations: Relation[] = [];
      const properties = Object.fromEntries(readableProperties(nodeDeclaration(this.model, label).properties));
      const fields = new Map(relationshipFieldsOf(this.model, label).flatMap((of) => [[of.field.name, of], [`${of.field.name}Connection`, of]]));
      const compiled = compiledFieldsOfLabel(this.model, label);
      for (const [key, nodes] of this.subfields(type, fieldNodes)) {
        const name = nodes[0].name.value;
        const of = fields.get(name);
        const walked = !compiled.has(name) ? 'fallback'
          : of ? [this.relationField(key, name, of, type, nodes)]
            : this.propertyField(key, name, properties[name], selection, nodes);
        if (walked === 'fallback' || walked.includes('fallback')) selection.whole = true;
        else relations.push(...(walked as Relation[]));
      }
      selection.byLabel.set(label, withoutAmbiguousCitations(relations));
    }
    return selection;
  }

  private edge(relationship: RelationshipDeclaration, askingEnd: 'from' | 'to', fieldNodes: readonly FieldNode[]): EdgeSelection {
    const edge = relationship.edge!;
    const type = this.schema.getType(edge.name) as GraphQLObjectType;
    const selection: EdgeSelection = { relations: [], properties: new Set(), whole: false };
    const properties = Object.fromEntries(readableProperties(relationship.properties));
    const compiled = compiledFieldsOfEdge(relationship);
    for (const [key, nodes] of this.subfields(type, fieldNodes)) {
      const name = nodes[0].name.value;
      if (!compiled.has(name)) {
        selection.whole = true;
        continue;
      }
      const endOf = name === edge.fromField.name ? 'from' : name === edge.toField.name ? 'to' : null;
      if (endOf) {
        const labels = endOf === 'from' ? relationship.from : relationship.to;
        selection.relations.push({ kind: 'end', key, end: endOf === askingEnd ? 'asking' : 'other', node: this.node(labels, nodes) });
        continue;
      }
      selection.relations.push(...this.propertyField(key, name, properties[name], selection, nodes));
    }
    selection.relations = withoutAmbiguousCitations(selection.relations);
    return selection;
  }

  /** A declared property (or `id`, `__typename`, `sources`): what to read, and the nodes it names that are selected. */
  private propertyField(
    key: string, name: string, property: PropertyDeclaration | undefined, selection: { properties: Set<string> }, nodes: readonly FieldNode[],
  ): Relation[] {
    if (name === 'sources' || name === 'sourcesConnection') {
      for (const provenance of CITATION_PROPERTIES) selection.properties.add(provenance);
      return this.citations(name === 'sources' ? nodes : this.citationItems(nodes));
    }
    if (!property) return [];
    selection.properties.add(name);
    if (!isReference(property.type)) return [];
    return [{
      kind: 'reference', key, property: name, list: property.list === true, required: property.required === true, node: this.node(property.type.ref, nodes),
    }];
  }

  /**
   * The citations selected below a `sourcesConnection` (its `edges { node }`); none when aliases
   * could ask one citation different things, whose sources the citation's resolver then reads.
   */
  private citationItems(nodes: readonly FieldNode[]): readonly FieldNode[] {
    return this.connectionItems(this.schema.getType('CitationListConnection') as GraphQLObjectType, nodes) ?? [];
  }

  /** The `source` fields selected below a `sources` field: each a Source node per citation. */
  private citations(nodes: readonly FieldNode[]): Citations[] {
    const citation = this.schema.getType('Citation') as GraphQLObjectType;
    return [...this.subfields(citation, nodes)]
      .filter(([, fields]) => fields[0].name.value === 'source')
      .map(([key, fields]) => ({ kind: 'citations', key, node: this.node(['Source'], fields) }));
  }

  private relationField(key: string, name: string, of: FieldOfLabel, type: GraphQLObjectType, nodes: readonly FieldNode[]): Relation | 'fallback' {
    if (of.toOne) return { kind: 'toOne', key, of, node: this.node(of.neighbours, nodes) };
    // An argument that is not a page this API gives: left to the resolver, which reports it.
    const page = this.page(type, name, nodes[0]);
    if (!page) return 'fallback';
    const connection = name !== of.field.name;
    const connectionType = getNamedType(type.getFields()[name].type) as GraphQLObjectType;
    const items = connection ? this.connectionItems(connectionType, nodes) : nodes;
    if (!items) return 'fallback';
    const list = { kind: 'list', key, of, page, connection, items: !connection || this.asksForItems(connectionType, nodes) } as const;
    if (!of.field.edge) return { ...list, node: this.node(of.neighbours, items) };
    // Which end of the edge object is the node that asked: its start for an outgoing field (compiledFieldsOfLabel leaves edges walked both ways).
    const askingEnd = of.field.direction === 'out' ? 'from' : 'to';
    return { ...list, edge: this.edge(of.relationship, askingEnd, items) };
  }

  /**
   * The page a list field asks for; null (left to the resolver, which reports it) when its
   * arguments are not a page this API gives: `first` out of bounds, or an `after` not ours.
   */
  private page(type: GraphQLObjectType, name: string, node: FieldNode): PageRequest | null {
    const args = getArgumentValues(type.getFields()[name], node, this.source.variableValues) as { first: number; after?: string | null };
    if (!Number.isInteger(args.first) || args.first < 0 || args.first > NESTED_PAGE.maximum) return null;
    try {
      return { offset: offsetAfter(args.after), first: args.first };
    } catch {
      return null;
    }
  }

  /**
   * The selection below the items of a Relay connection (`people { edges { node { … } } }`), or
   * null when two differently aliased `edges` or `node` could ask one item different things.
   */
  connectionNode(connectionType: GraphQLObjectType, fieldNodes: readonly FieldNode[]): NodeSelection | null {
    const items = this.connectionItems(connectionType, fieldNodes);
    if (!items) return null;
    const edgeType = getNamedType(connectionType.getFields().edges.type) as GraphQLObjectType;
    return this.node(this.labelsOf(getNamedType(edgeType.getFields().node.type)), items);
  }

  /** The labels a GraphQL type stands for: its object type's, or every possible type of an interface or union. */
  labelsOf(type: GraphQLNamedType): string[] {
    const names = isAbstractType(type) ? this.schema.getPossibleTypes(type).map((possible) => possible.name) : [type.name];
    const labels = new Set(this.model.nodes.map((node) => node.label));
    return names.filter((name) => labels.has(name));
  }

  /** Whether a connection is asked for its items (edges) or what they decide (pageInfo), not only its totalCount. */
  private asksForItems(connectionType: GraphQLObjectType, nodes: readonly FieldNode[]): boolean {
    return [...this.subfields(connectionType, nodes).values()].some((fields) => ['edges', 'pageInfo'].includes(fields[0].name.value));
  }

  /** The field nodes selecting a connection's items (`edges { node }`); null when aliases could disagree. */
  private connectionItems(connectionType: GraphQLObjectType, nodes: readonly FieldNode[]): readonly FieldNode[] | null {
    const edgeKeys = [...this.subfields(connectionType, nodes)].filter(([, fields]) => fields[0].name.value === 'edges');
    if (edgeKeys.length === 0) return [];
    if (edgeKeys.length > 1) return null;
    const edgeType = getNamedType(connectionType.getFields().edges.type) as GraphQLObjectType;
    const nodeKeys = [...this.subfields(edgeType, edgeKeys[0][1])].filter(([, fields]) => fields[0].name.value === 'node');
    if (nodeKeys.length > 1) return null;
    return nodeKeys[0]?.[1] ?? [];
  }

  private subfields(type: GraphQLObjectType, fieldNodes: readonly FieldNode[]): Map<string, readonly FieldNode[]> {
    if (fieldNodes.length === 0) return new Map();
    return collectSubfields(this.schema, this.source.fragments, this.source.variableValues, type, fieldNodes);
  }

  private objectType(label: string): GraphQLObjectType {
    const type = this.schema.getType(label);
    if (!type || !isObjectType(type)) throw new Error(`The schema has no object type for the label ${label}`);
    return type;
  }

  private get schema(): GraphQLSchema {
    return this.source.schema;
  }
}
