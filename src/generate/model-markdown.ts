/**
 * docs/MODEL.md, generated from the graph model (`npm run generate`): a diagram of the labels and
 * relationship types, then per label its properties and per relationship type its endpoints,
 * cardinality, properties, API fields and words. A pure function of the model, so the page can
 * never say something the declaration does not.
 */
import { GraphModel, isEnum, isReference, NodeDeclaration, Properties, PropertyDeclaration, RelationshipDeclaration } from '../model/declaration';
import { isToOne, otherEnd } from '../model/model-queries';

/** Text inside a table cell: pipes would end the cell, line breaks the row. */
const cell = (text: string | undefined): string => (text ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const code = (text: string): string => `\`${text}\``;
const table = (head: string[], rows: string[][]): string =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');

/** GitHub's heading anchors: lower case, spaces to hyphens, other punctuation dropped. */
const anchor = (heading: string): string => `#${heading.toLowerCase().replace(/[^a-z0-9 _-]/g, '').replace(/ /g, '-')}`;

function typeOf(property: PropertyDeclaration): string {
  const type = property.type;
  const one = isEnum(type) ? `[${type.name}](${anchor(type.name)})` : isReference(type) ? `id of ${type.ref.join(' or ')}` : type;
  return property.list ? `list of ${one}` : one;
}

function limitsOf(property: PropertyDeclaration): string {
  const textual = property.type === 'string' || property.type === 'url';
  const limits: string[] = [];
  if (textual) limits.push(`${property.min ?? 1}–${property.max} characters`);
  else if (property.min !== undefined || property.max !== undefined) limits.push(`${property.min ?? '…'}–${property.max ?? '…'}`);
  if (property.maxItems !== undefined) limits.push(`at most ${property.maxItems} items`);
  if (property.default !== undefined) limits.push(`default ${String(property.default)}`);
  return limits.join('; ');
}

function propertyTable(properties: Properties): string {
  const rows = Object.entries(properties).map(([name, property]) => [
    code(name),
    typeOf(property),
    property.required ? 'yes' : '',
    limitsOf(property),
    [property.searchable && 'full-text', property.indexed && 'range index'].filter(Boolean).join(', '),
    [
      property.description,
      property.computed && 'Computed by the loader; not read in the API.',
      property.jsonld && `Linked data: ${code(property.jsonld)}.`,
    ].filter(Boolean).join(' '),
  ]);
  return table(['Property', 'Type', 'Required', 'Limits', 'Search / index', 'Description'], rows);
}

const ER_CARDINALITY: Record<RelationshipDeclaration['cardinality'], string> = {
  'many-to-many': '}o--o{',
  'many-to-one': '}o--o|',
  'one-to-many': '|o--o{',
  'one-to-one': '|o--o|',
};

/** Mermaid's erDiagram, which GitHub renders: every label, and one line per pair of labels a type joins. */
function diagram(model: GraphModel): string {
  const lines = model.relationships.flatMap((rel) =>
    rel.from.flatMap((from) => rel.to.map((to) => `  ${from} ${ER_CARDINALITY[rel.cardinality]} ${to} : "${rel.type}"`)));
  return ['```mermaid', 'erDiagram', ...model.nodes.map((node) => `  ${node.label}`), ...lines, '```'].join('\n');
}

function nodeSection(model: GraphModel, node: NodeDeclaration): string {
  const fields = model.relationships.flatMap((rel) => rel.fields.filter((field) => field.on === node.label).map((field) => `${code(field.name)} (${rel.type})`));
  const facts = [
    node.jsonld?.length ? `Linked data: ${node.jsonld.map(code).join(', ')}.` : undefined,
    `Named by ${code(node.nameProperty)}.`,
    node.inSeedFiles ? 'Listed in seed files.' : 'Not listed in seed files\' `nodes:`.',
    node.curated ? 'Curators create and update it through the API.' : 'Not curated through the API.',
    node.requiresOneOf ? `At least one of ${node.requiresOneOf.properties.map(code).join(', ')}: ${node.requiresOneOf.message}.` : undefined,
    fields.length ? `Relationship fields: ${fields.join(', ')}.` : undefined,
  ].filter(Boolean);
  return [`### ${node.label}`, '', node.description, '', facts.join(' '), '', propertyTable(node.properties)].join('\n');
}

function relationshipSection(rel: RelationshipDeclaration): string {
  const facts = [
    `- From ${rel.from.map(code).join(' or ')} to ${rel.to.map(code).join(' or ')}; ${rel.cardinality}${rel.symmetric ? '; symmetric (stored once, from the smaller id to the larger)' : ''}.`,
    `- Reads "${rel.words}"${rel.kinship ? '; a family tie (the explorer reads it through lineage)' : ''}.`,
    rel.jsonld ? `- Linked data: ${code(rel.jsonld)}.` : undefined,
    `- ${rel.curated ? 'Curators add and remove it through `addRelationship` and `removeRelationship`.' : 'Not curated through the API.'}`,
    rel.creationArgument ? `- Given on creation as ${code(rel.creationArgument.name)}${rel.creationArgument.requiredOnCreate ? ' (required)' : ''}: ${rel.creationArgument.description}` : undefined,
    rel.edge ? `- The API gives it as ${code(rel.edge.name)} (${code(rel.edge.fromField.name)}, ${code(rel.edge.toField.name)}${rel.edge.toUnion ? `: ${code(rel.edge.toUnion.name)}` : ''}): ${rel.edge.description}` : undefined,
  ].filter(Boolean);
  const fieldRows = rel.fields.map((field) => {
    const ends = otherEnd(rel, field).join(' or ');
    const returns = field.edge && rel.edge ? rel.edge.name : ends;
    return [code(`${field.on}.${field.name}`), field.direction, isToOne(rel, field) ? `one ${returns}` : `list of ${returns}`, field.description ?? ''];
  });
  return [
    `### ${rel.type}`, '', rel.description, '', ...facts, '',
    ...(Object.keys(rel.properties).length ? [propertyTable(rel.properties), ''] : []),
    fieldRows.length ? table(['API field', 'Direction', 'Returns', 'Description'], fieldRows) : 'No API fields.',
  ].join('\n');
}

export function modelMarkdown(model: GraphModel): string {
  return [
    '# The graph model',
    '',
    '<!-- Generated from src/model/graph-model.ts by `npm run generate`; do not edit by hand. -->',
    '',
    `Model version ${model.version}: ${model.nodes.length} node labels, ${model.relationships.length} relationship types. ` +
      'Every node also has `id` (a stable slug, unique across the graph) and, except a Source, `sources` and `quotes` ' +
      '(its provenance: `sources[i]` is the Source that states `quotes[i]`); so does every relationship.',
    '',
    diagram(model),
    '',
    '## Node labels',
    '',
    ...model.nodes.flatMap((node) => [nodeSection(model, node), '']),
    '## Relationship types',
    '',
    ...model.relationships.flatMap((rel) => [relationshipSection(rel), '']),
    '## Enumerations',
    '',
    'Stored as these strings; GraphQL spells them in upper case (`non-binary` is `NON_BINARY`).',
    '',
    ...model.enums.flatMap((declaration) => [`### ${declaration.name}`, '', declaration.description, '', declaration.values.map(code).join(', '), '']),
  ].join('\n');
}
