/**
 * `claims(property:)` on every node type and every relationship's edge type of the model: what each
 * source says of it, batched by one loader (claims.loaders.ts) keyed by the claim store's subject.
 */
import { Arg, Args, ClassType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { relationshipSubject } from '../../db/claims/claim';
import { NestedListArgs, nestedListConnection, pageOfList, toNestedConnection } from '../../graphql/connection';
import { badUserInput } from '../../graphql/errors';
import { PropertyDeclaration } from '../../model/declaration';
import { statedProperties } from '../../model/model-queries';
import { GraphContext } from '../context';
import { ApiTypes } from '../model/api-types';
import { EdgeObjectRow } from '../shared/edges';
import { connectionDescription, pagedDescription } from '../shared/paged-list';
import { EntityRow } from '../shared/rows';
import { Claim, ClaimRow } from './claim.type';
import { CLAIMS_LOADER } from './claims.loaders';

const DESCRIPTION = 'What each source says of it: that it exists (property null) and each property value, every source\'s claim kept, '
  + 'the preferred first. Existence claims first, then by property. With `property`, only that property\'s claims.';

/** The claims of one subject, of one property when asked (a property its label or type does not state is refused). */
async function claimsOf(context: GraphContext, subject: string, property: string | null | undefined, known: readonly string[], what: string): Promise<ClaimRow[]> {
  if (property !== null && property !== undefined && !known.includes(property)) {
    throw badUserInput('property', `names no property of ${what} that sources state ("${property}"); known: ${known.join(', ')}`);
  }
  const claims = await context.loaders.get(CLAIMS_LOADER).load(subject);
  return property === null || property === undefined ? claims : claims.filter((claim) => claim.property === property);
}

const statedNames = (properties: Readonly<Record<string, PropertyDeclaration>>): string[] => statedProperties(properties).map(([name]) => name);

/**
 * A resolver class adding `claims` to `target` (a page, with `property` to keep one property's
 * claims) and its Relay twin `claimsConnection`; its rows name their subject through `subjectOf`.
 */
function claimsResolver<R>(name: string, target: ClassType, what: string, known: string[], subjectOf: (row: R) => string): ClassType {
  const connection = nestedListConnection('Claim', () => Claim);
  const page = async (row: R, property: string | null | undefined, args: NestedListArgs, context: GraphContext) =>
    pageOfList(await claimsOf(context, subjectOf(row), property, known, what), args);
  const resolver = {
    [name]: class {
      async claims(row: R, property: string | null | undefined, args: NestedListArgs, context: GraphContext) {
        return (await page(row, property, args, context)).items;
      }

      async claimsConnection(row: R, property: string | null | undefined, args: NestedListArgs, context: GraphContext) {
        return toNestedConnection(await page(row, property, args, context));
      }
    },
  }[name];
  const fields: [string, () => unknown, string][] = [
    ['claims', () => [Claim], pagedDescription(DESCRIPTION)],
    ['claimsConnection', () => connection, connectionDescription(DESCRIPTION)],
  ];
  for (const [field, type, description] of fields) {
    const descriptor = Object.getOwnPropertyDescriptor(resolver.prototype, field)!;
    FieldResolver(type as () => ClassType, { description })(resolver.prototype, field, descriptor);
    Root()(resolver.prototype, field, 0);
    Arg('property', () => String, { nullable: true, description: 'Only the claims of this property (one its label or type declares).' })(resolver.prototype, field, 1);
    Args(() => NestedListArgs)(resolver.prototype, field, 2);
    Ctx()(resolver.prototype, field, 3);
  }
  Resolver(() => target)(resolver);
  return resolver;
}

/** The `claims` field resolvers of every node type and edge type of the API's model. */
export function claimsResolvers(types: ApiTypes): ClassType[] {
  const { model } = types;
  const nodes = model.nodes.map((node) => claimsResolver<EntityRow>(
    `${node.label}Claims`, types.nodes.get(node.label)!, `a ${node.label}`, statedNames(node.properties), (row) => row.id,
  ));
  const edges = model.relationships.flatMap((relationship) => {
    const target = types.edges.get(relationship.type);
    if (!target || !relationship.edge) return [];
    return [claimsResolver<EdgeObjectRow>(
      `${relationship.edge.name}Claims`, target, `a ${relationship.type} relationship`, statedNames(relationship.properties),
      (row) => relationshipSubject(row.type, row.startId, row.endId, (row.key as string | null | undefined) ?? null).subject,
    )];
  });
  return [...nodes, ...edges];
}
