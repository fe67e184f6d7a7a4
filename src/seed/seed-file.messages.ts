/**
 * What the seed file schema says when a file states something the model cannot hold: an unknown
 * property, label or relationship type. Each message names what was given and where the model has
 * (or has no) place for it, so the curator learns whether it is a typo, a fact the model lacks (an
 * issue to raise) or commentary (which goes in `note`). Used as zod error maps by seed-file.schema.ts.
 */
import { GraphModel, PropertyDeclaration } from '../model/declaration';
import { statedProperties } from '../model/model-queries';

/** A closed object, for its messages: "the label Person", "the relationship type ENTERED_RACE", "the source". */
export interface PropertyOwner {
  name: string;
  /** The keys it takes, in the order the model declares them. */
  known: readonly string[];
  /** Properties the graph computes or derives itself: declared, but never stated. */
  computed: readonly string[];
  /** Whether it has a `note` for commentary. */
  hasNote: boolean;
}

export function propertyOwner(name: string, fixedKeys: readonly string[], properties: Readonly<Record<string, PropertyDeclaration>>): PropertyOwner {
  const stated = statedProperties(properties).map(([key]) => key);
  return {
    name,
    known: [...new Set([...fixedKeys, ...stated])],
    computed: Object.keys(properties).filter((key) => !stated.includes(key)),
    hasNote: stated.includes('note'),
  };
}

const quoted = (keys: readonly string[]): string => keys.map((key) => `"${key}"`).join(', ');

/** Why `keys` are refused on `owner`: computed ones are the graph's; others have no place in the model. */
export function unknownPropertiesMessage(owner: PropertyOwner, keys: readonly string[]): string {
  const computed = keys.filter((key) => owner.computed.includes(key));
  const unknown = keys.filter((key) => !owner.computed.includes(key));
  const parts: string[] = [];
  if (unknown.length > 0) {
    parts.push(`${owner.name} has no propert${unknown.length === 1 ? 'y' : 'ies'} ${quoted(unknown)}: the graph model has no place for `
      + `${unknown.length === 1 ? 'it' : 'them'} (it takes: ${owner.known.join(', ')})`
      + (owner.hasNote ? '; commentary that is not a fact of the model goes in "note"' : ''));
  }
  if (computed.length > 0) {
    parts.push(`${quoted(computed)} of ${owner.name} ${computed.length === 1 ? 'is' : 'are'} derived by the graph, never stated in a seed file`);
  }
  return parts.join('; ');
}

/** Labels (or types) a seed file may use, and the model's others, which it may not. */
export interface Vocabulary {
  /** "label" or "relationship type". */
  kind: string;
  /** The key naming it: "label" or "type". */
  key: string;
  inSeedFiles: readonly string[];
  elsewhere: readonly string[];
}

export const labelVocabulary = (model: GraphModel): Vocabulary => ({
  kind: 'label',
  key: 'label',
  inSeedFiles: model.nodes.filter((node) => node.inSeedFiles).map((node) => node.label),
  elsewhere: model.nodes.filter((node) => !node.inSeedFiles).map((node) => node.label),
});

export const typeVocabulary = (model: GraphModel): Vocabulary => ({
  kind: 'relationship type',
  key: 'type',
  inSeedFiles: model.relationships.filter((rel) => rel.curated).map((rel) => rel.type),
  elsewhere: model.relationships.filter((rel) => !rel.curated).map((rel) => rel.type),
});

/** Why `given` (the value of the label or type key; undefined when missing) is refused. */
export function unknownNameMessage(vocabulary: Vocabulary, given: unknown): string {
  const known = `known ${vocabulary.kind}s: ${vocabulary.inSeedFiles.join(', ')}`;
  if (given === undefined || given === null) return `"${vocabulary.key}" is missing (${known})`;
  if (vocabulary.elsewhere.includes(String(given))) {
    return `${vocabulary.kind} "${String(given)}" is not stated in seed files: the graph keeps it itself (${known})`;
  }
  return `unknown ${vocabulary.kind} "${String(given)}": the graph model has no place for it (${known})`;
}
