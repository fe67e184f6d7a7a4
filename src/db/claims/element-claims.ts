/**
 * The claims one source makes about one element: that it exists, and each stated property value
 * (one claim per list item, in the source's order). Shared by the seed files, curation and the
 * backfill of graphs written before claims existed.
 */
import { GraphModel } from '../../model/declaration';
import { nodeDeclaration, relationshipDeclaration, statedProperties } from '../../model/model-queries';
import { Claim, ClaimValue, makeClaim, Subject, Support } from './claim';

/** The stated properties of what `about` is (its label's or its type's). */
export function statedPropertiesOf(model: GraphModel, about: Subject) {
  return statedProperties(about.subjectKind === 'node' ? nodeDeclaration(model, about.label).properties : relationshipDeclaration(model, about.type).properties);
}

/** The claims of the stated values among `properties` (others, and null or empty ones, claim nothing). */
export function propertyClaims(model: GraphModel, about: Subject, properties: Readonly<Record<string, unknown>>, source: string, support: Support): Claim[] {
  return statedPropertiesOf(model, about).flatMap(([name, declaration]) => {
    const value = properties[name];
    if (value === undefined || value === null) return [];
    if (declaration.list) {
      return [...new Set(value as ClaimValue[])].map((item, position) => makeClaim(about, name, item, source, support, position));
    }
    return [makeClaim(about, name, value as ClaimValue, source, support)];
  });
}

/** That `about` exists, and its stated properties, as `source` says them. */
export function elementClaims(model: GraphModel, about: Subject, properties: Readonly<Record<string, unknown>>, source: string, support: Support): Claim[] {
  return [makeClaim(about, null, null, source, support), ...propertyClaims(model, about, properties, source, support)];
}
