/**
 * How long a GraphQL answer may be kept, and by whom, from what its operation selects: the
 * Cache-Control of a response (src/server/http-cache.plugin.ts). The hints are declared once per
 * GraphQL type or field (src/graph/cache-hints.ts); everything else may be kept for the default
 * max-age by any cache. A selection's policy is the most restrictive of the hints it touches: the
 * smallest max-age, and no-store as soon as one field or type must not be stored. It is computed
 * from the document and the schema alone, without wrapping any resolver, once per parsed document
 * (Apollo keeps the parsed document of a query text, so a repeated query is computed once).
 */
import {
  DocumentNode, getNamedType, GraphQLSchema, isCompositeType, OperationTypeNode, TypeInfo, visit, visitWithTypeInfo,
} from 'graphql';

/** What may be kept of answers touching a type or field. */
export type CacheHint =
  /** Kept by no cache: writes, and anything that depends on who asks. */
  | { noStore: true }
  /** At most this many seconds (below the default). */
  | { maxAge: number };

/** Hints by GraphQL type name (`AuditEntry`) or field (`Query.auditLog`). */
export type CacheHints = Readonly<Record<string, CacheHint>>;

export type CachePolicy = { noStore: true } | { noStore: false; maxAge: number };

/** The Cache-Control header of a policy: shared caches may keep public answers; `private` only the client's own cache. */
export function cacheControlHeader(policy: CachePolicy, scope: 'public' | 'private'): string {
  return policy.noStore ? 'no-store' : `${scope}, max-age=${policy.maxAge}`;
}

/** A policy per parsed document, computed on first use. */
export class CachePolicies {
  private readonly byDocument = new WeakMap<DocumentNode, CachePolicy>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly hints: CacheHints,
    private readonly defaultMaxAge: number,
  ) {
    for (const name of Object.keys(hints)) {
      const [typeName, fieldName] = name.split('.');
      const type = schema.getType(typeName);
      const known = type && (fieldName === undefined || ('getFields' in type && fieldName in type.getFields()));
      if (!known) throw new Error(`Cache hint "${name}": the schema has no such ${fieldName === undefined ? 'type' : 'field'}.`);
      const hint = hints[name];
      if ('maxAge' in hint && !(Number.isInteger(hint.maxAge) && hint.maxAge >= 0)) {
        throw new Error(`Cache hint "${name}": maxAge must be a whole number of seconds, 0 or more (got ${hint.maxAge}).`);
      }
    }
  }

  /**
   * The policy of a document's operations (all of them, and every fragment: a document holding a
   * mutation is never stored, whichever operation of it runs).
   */
  of(document: DocumentNode): CachePolicy {
    let policy = this.byDocument.get(document);
    if (!policy) {
      policy = this.compute(document);
      this.byDocument.set(document, policy);
    }
    return policy;
  }

  private compute(document: DocumentNode): CachePolicy {
    let noStore = false;
    let maxAge = this.defaultMaxAge;
    const apply = (name: string | undefined): void => {
      const hint = name === undefined ? undefined : this.hints[name];
      if (!hint) return;
      if ('noStore' in hint) noStore = true;
      else maxAge = Math.min(maxAge, hint.maxAge);
    };
    const typeInfo = new TypeInfo(this.schema);
    visit(document, visitWithTypeInfo(typeInfo, {
      OperationDefinition: (operation) => {
        if (operation.operation !== OperationTypeNode.QUERY) noStore = true;
        apply(typeInfo.getType() ? getNamedType(typeInfo.getType())?.name : undefined);
      },
      Field: (field) => {
        const parent = typeInfo.getParentType();
        apply(parent?.name);
        if (parent) apply(`${parent.name}.${field.name.value}`);
        const named = getNamedType(typeInfo.getType());
        if (named && isCompositeType(named)) apply(named.name);
      },
      InlineFragment: () => apply(typeInfo.getType() ? getNamedType(typeInfo.getType())?.name : undefined),
      FragmentDefinition: () => apply(typeInfo.getType() ? getNamedType(typeInfo.getType())?.name : undefined),
    }));
    return noStore ? { noStore: true } : { noStore: false, maxAge };
  }
}
