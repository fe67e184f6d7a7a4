/**
 * What a seed file claims: for each node and relationship, that it exists, and each property value
 * it states (one claim per list item), each with the file's support for the element (its quotes,
 * or its locator and excerpt). Relationships are claimed in the direction they are stored in.
 */
import { Claim, nodeSubject, relationshipSubject, Support } from '../db/claims/claim';
import { elementClaims } from '../db/claims/element-claims';
import { GraphModel } from '../model/declaration';
import { ParsedSeedFile } from './seed-file';
import { Support as StatedSupport } from './seed-file.schema';
import { relationshipRows } from './seed-rows';

function supportOf(seed: ParsedSeedFile, element: StatedSupport): Support {
  return seed.sourceText === null
    ? { storage: 'cited', quotes: [], locator: element.locator ?? null, excerpt: element.excerpt ?? null }
    : { storage: 'stored', quotes: element.quotes ?? [], locator: null, excerpt: null };
}

export function claimsOfFile(seed: ParsedSeedFile, model: GraphModel): Claim[] {
  const source = seed.data.source.id;
  const row = relationshipRows(model);
  return [
    ...seed.data.nodes.flatMap((node) => elementClaims(model, nodeSubject(node.id, node.label), node, source, supportOf(seed, node))),
    ...seed.data.relationships.flatMap((rel) => {
      const stored = row(rel);
      const about = relationshipSubject(rel.type, stored.from, stored.to, (stored.properties.key as string | undefined) ?? null);
      return elementClaims(model, about, stored.properties, source, supportOf(seed, rel));
    }),
  ];
}
