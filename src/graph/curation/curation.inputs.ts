/**
 * The inputs of the curation mutations, derived from the graph model: `<Label>Input` for each
 * curated label (its stated properties, and the relationships it is created with, such as a
 * season's `seriesId`), `SourceInput`, `RelationshipInput` (every property a curated relationship
 * type takes) and the `RelationshipType` enum. class-validator checks the model's limits at the
 * boundary (type-graphql validates before a resolver runs), the same limits the seed file schema
 * has, so the two cannot drift; what a node must have (a person needs a name or a description, a
 * season a year) is checked by the seed schema in the service.
 */
import {
  ArrayMaxSize, IsOptional, IsUrl, Matches, Max, MaxLength, Min, MinLength, ValidationOptions,
} from 'class-validator';
import { ClassType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { CreationArgument, GraphModel, isEnum, isReference, NodeDeclaration, PropertyDeclaration } from '../../model/declaration';
import { curatedRelationships, nodeDeclaration, statedProperties } from '../../model/model-queries';
import { LOCATOR_MAX, PARTIAL_DATE, QUOTE_MAX, SLUG, SLUG_MAX } from '../../seed/seed-file.schema';
import { ApiTypes, valueType } from '../model/api-types';

const SLUG_MESSAGE = '$property must be a lower-case slug such as "amber-balcaen"';
const DATE_MESSAGE = '$property must be a date such as 2023, 2023-02 or 2023-04-22';

type PropertyDecorator = (prototype: object, name: string) => void;

function slugField(target: ClassType, name: string, options: { nullable: boolean; description?: string }): void {
  Field(() => ID, options)(target.prototype, name);
  if (options.nullable) IsOptional()(target.prototype, name);
  Matches(SLUG, { message: SLUG_MESSAGE })(target.prototype, name);
  MaxLength(SLUG_MAX)(target.prototype, name);
}

/** The class-validator checks of one declared property: the seed schema's limits, as decorators. */
function validators(property: PropertyDeclaration): PropertyDecorator[] {
  const each: ValidationOptions = property.list ? { each: true } : {};
  const checks: PropertyDecorator[] = [];
  if (property.list && property.maxItems !== undefined) checks.push(ArrayMaxSize(property.maxItems));
  const { type } = property;
  if (isReference(type)) return [...checks, Matches(SLUG, { ...each, message: SLUG_MESSAGE }), MaxLength(SLUG_MAX, each)];
  if (isEnum(type)) return checks;
  switch (type) {
    case 'string': return [...checks, MinLength(property.min ?? 1, each), MaxLength(property.max ?? QUOTE_MAX, each)];
    case 'int':
    case 'float':
      if (property.min !== undefined) checks.push(Min(property.min, each));
      if (property.max !== undefined) checks.push(Max(property.max, each));
      return checks;
    case 'partialDate': return [...checks, Matches(PARTIAL_DATE, { ...each, message: DATE_MESSAGE })];
    case 'url': return [...checks, IsUrl({ require_protocol: true }, each), MaxLength(property.max ?? 2000, each)];
    default: return checks;
  }
}

/**
 * Declares one property as an input field with its checks. Inputs that change a node give every
 * field as nullable (on update only the fields given change; null removes one); `requiredNonNull`
 * makes a required property non-null (a source is added whole).
 */
function declareInputProperty(
  types: ApiTypes, target: ClassType, name: string, property: PropertyDeclaration, description: string | undefined, requiredNonNull = false,
): void {
  const nullable = !(requiredNonNull && property.required);
  const itemType = isReference(property.type) ? ID : valueType(types, property);
  Field(() => (property.list ? [itemType] : itemType), { nullable, description })(target.prototype, name);
  if (nullable) IsOptional()(target.prototype, name);
  for (const check of validators(property)) check(target.prototype, name);
}

function inputClass(name: string, description?: string): ClassType {
  const target = { [name]: class {} }[name];
  InputType(name, { description })(target);
  return target;
}

/** The relationships a label is created with, by input argument (a season's seriesId: OF_SERIES). */
export interface CreationLink extends CreationArgument {
  type: string;
}

export function creationLinksOf(model: GraphModel, label: string): CreationLink[] {
  return model.relationships.flatMap((rel) =>
    rel.creationArgument && rel.from.includes(label) ? [{ ...rel.creationArgument, type: rel.type }] : [],
  );
}

function nodeInput(types: ApiTypes, node: NodeDeclaration): ClassType {
  const target = inputClass(`${node.label}Input`, `The fields of ${node.label} nodes; on update, only the fields given change (null removes one).`);
  for (const [name, property] of statedProperties(node.properties)) {
    if (!property.notCurated) declareInputProperty(types, target, name, property, property.description);
  }
  for (const link of creationLinksOf(types.model, node.label)) slugField(target, link.name, { nullable: true, description: link.description });
  return target;
}

function sourceInput(types: ApiTypes): ClassType {
  const target = inputClass('SourceInput');
  slugField(target, 'id', { nullable: false });
  for (const [name, property] of statedProperties(nodeDeclaration(types.model, 'Source').properties)) {
    declareInputProperty(types, target, name, property, property.description, true);
  }
  slugField(target, 'publisherId', { nullable: false, description: 'An Organization already in the graph.' });
  return target;
}

/**
 * Every property a curated relationship type takes, once. A property several types share must be
 * the same there (its description then names them all); the seed schema checks which type takes
 * which in the service.
 */
/** What an input field takes: its type and limits (descriptions and explorer readings may differ by type). */
const inputShape = ({ type, list, min, max, maxItems }: PropertyDeclaration) => ({ type, list, min, max, maxItems });

function relationshipInput(types: ApiTypes, relationshipType: Record<string, string>): ClassType {
  const target = inputClass('RelationshipInput', 'A relationship and its properties; which properties a type takes is checked by type.');
  Field(() => relationshipType)(target.prototype, 'type');
  slugField(target, 'from', { nullable: false });
  slugField(target, 'to', { nullable: false });
  const shared = new Map<string, { property: PropertyDeclaration; types: string[]; descriptions: Set<string | undefined> }>();
  for (const rel of curatedRelationships(types.model)) {
    for (const [name, property] of statedProperties(rel.properties)) {
      if (property.notCurated) continue;
      const seen = shared.get(name);
      if (!seen) shared.set(name, { property, types: [rel.type], descriptions: new Set([property.description]) });
      else if (JSON.stringify(inputShape(seen.property)) !== JSON.stringify(inputShape(property))) {
        throw new Error(`RelationshipInput.${name}: ${seen.types.join(', ')} and ${rel.type} declare it differently; one input field cannot take both`);
      } else {
        seen.types.push(rel.type);
        seen.descriptions.add(property.description);
      }
    }
  }
  for (const [name, { property, types: takenBy, descriptions }] of shared) {
    // One description when the types agree on it; else each type's reads in its own output type.
    const description = `${takenBy.join(', ')}${descriptions.size === 1 && property.description ? `: ${property.description}` : ''}`;
    declareInputProperty(types, target, name, property, description);
  }
  return target;
}

export interface CurationInputs {
  /** `<Label>Input` by curated label. */
  nodes: Map<string, ClassType>;
  source: ClassType;
  relationship: ClassType;
  relationshipType: Record<string, string>;
}

let made: { types: ApiTypes; inputs: CurationInputs } | undefined;

/** The inputs of a model's API; made once per process, like the API's types (see api-types.ts). */
export function curationInputs(types: ApiTypes): CurationInputs {
  if (made?.types === types) return made.inputs;
  const relationshipType = Object.fromEntries(curatedRelationships(types.model).map((rel) => [rel.type, rel.type]));
  registerEnumType(relationshipType, { name: 'RelationshipType', description: 'Relationship types curators can add or remove.' });
  const inputs: CurationInputs = {
    nodes: new Map(types.model.nodes.filter((node) => node.curated).map((node) => [node.label, nodeInput(types, node)])),
    source: sourceInput(types),
    relationship: relationshipInput(types, relationshipType),
    relationshipType,
  };
  made = { types, inputs };
  return inputs;
}

@InputType({ description: 'The source a write rests on and the sentence in it that supports the write.' })
export class CitationInput {
  @Field(() => ID)
  @Matches(SLUG, { message: SLUG_MESSAGE })
  @MaxLength(SLUG_MAX)
  sourceId!: string;

  @Field({ description: 'A stored source: verbatim from its text (white space and typographic quotes aside). A cited source: a short excerpt of the passage (at most 300 characters).' })
  @MinLength(1)
  @MaxLength(QUOTE_MAX)
  quote!: string;

  @Field(() => String, { nullable: true, description: 'A cited source: where in it the passage is (e.g. "paragraph 3"); required for a cited source, not given for a stored one.' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(LOCATOR_MAX)
  locator?: string | null;
}
