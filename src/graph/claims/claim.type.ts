/**
 * Claims in the API: what each source says of a node or relationship (src/db/claims/), and the
 * conflicts between sources. A claim is read as the claim store holds it (`ClaimRow`); a conflict is
 * one disputed group of claims (`ConflictRow`).
 */
import { GraphQLError, GraphQLScalarType, Kind, ValueNode } from 'graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/connection';
import { Node } from '../../graphql/node.interface';
import { enumType } from '../model/api-types';

type Scalar = string | number | boolean;

const isScalar = (value: unknown): value is Scalar =>
  typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean';

function scalarOf(value: unknown): Scalar {
  if (isScalar(value)) return value;
  throw new GraphQLError(`ClaimValue is a string, a number or a boolean, not ${JSON.stringify(value)}.`);
}

function literalOf(ast: ValueNode): Scalar {
  switch (ast.kind) {
    case Kind.STRING: return ast.value;
    case Kind.INT: return Number.parseInt(ast.value, 10);
    case Kind.FLOAT: return Number.parseFloat(ast.value);
    case Kind.BOOLEAN: return ast.value;
    default: throw new GraphQLError('ClaimValue is a string, a number or a boolean.', { nodes: ast });
  }
}

export const ClaimValue = new GraphQLScalarType<Scalar, Scalar>({
  name: 'ClaimValue',
  description: 'One value a source states, as stored: a string (partial dates such as "1997-05", enum values in lower case, ids of the nodes a property names), a number or a boolean.',
  serialize: scalarOf,
  parseValue: scalarOf,
  parseLiteral: literalOf,
});

/** The rules of preference (src/db/claims/resolve.ts), as stored. */
export const PreferenceRule = {
  PINNED: 'pinned',
  AGREEMENT: 'agreement',
  SPECIFICITY: 'specificity',
  RECENCY: 'recency',
  SOURCE_ORDER: 'source-order',
} as const;

registerEnumType(PreferenceRule, {
  name: 'PreferenceRule',
  description: 'Why the graph answers a disputed fact with the value it does, the first rule that decides: a curator PINNED it; more sources AGREE with it (partial dates agree when one refines the other); it is the most SPECIFIC (a longer partial date); its source is the most RECENT (published, else read); its source id sorts first (SOURCE_ORDER).',
  valuesConfig: {
    PINNED: { description: 'A curator preferred it (preferClaim).' },
    AGREEMENT: { description: 'Most sources agree with it.' },
    SPECIFICITY: { description: 'It is the most specific value (a longer partial date).' },
    RECENCY: { description: 'Its source is the most recent (published, else read).' },
    SOURCE_ORDER: { description: 'Nothing else decided: its source id sorts first.' },
  },
});

/** A claim as the claim store holds it (the properties of its `(:Claim)` node). */
export interface ClaimRow {
  id: string;
  subject: string;
  subjectKind: 'node' | 'relationship';
  label?: string | null;
  type?: string | null;
  from?: string | null;
  to?: string | null;
  key?: string | null;
  property?: string | null;
  value?: Scalar | null;
  source: string;
  storage: string;
  quotes?: string[] | null;
  locator?: string | null;
  excerpt?: string | null;
  /** ISO date-time text. */
  addedAt?: string | null;
  position?: number | null;
  preferred?: boolean | null;
  disputed?: boolean | null;
  pinned?: boolean | null;
  group?: string | null;
  rule?: string | null;
}

@ObjectType({ description: 'The relationship a claim is about: its type and its ends, in the direction it is stored.' })
export class ClaimedRelationship {
  @Field()
  type!: string;

  fromId!: string;
  toId!: string;

  @Field(() => String, { nullable: true, description: 'For a type told apart by properties (HELD_ROLE: its role), which relationship of the type between the two.' })
  key!: string | null;
}

@ObjectType({
  description: 'One source saying one thing of a node or relationship: that it exists (`property` null), or that one of its properties has a value (a list property: one claim per item). Every claim is kept; the graph answers with the preferred one.',
})
export class Claim {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'What the claim is about: a node id, or a relationship as "from|TYPE|to" (with "|key" for a type told apart by properties).' })
  subject!: string;

  @Field(() => String, { nullable: true, description: 'The property it states; null for the claim that the node or relationship exists.' })
  property!: string | null;

  @Field(() => ClaimValue, { nullable: true, description: 'The value it states, as stored; null for an existence claim.' })
  value!: Scalar | null;

  @Field(() => enumType('SourceStorage'), { description: 'Whether its source is stored (quotes checked against its text) or cited (a locator and a short excerpt).' })
  storage!: string;

  @Field(() => String, { nullable: true, description: 'The passage behind it as a reader is shown it: a stored source\'s quotes joined with " … ", a cited source\'s excerpt.' })
  quote!: string | null;

  @Field(() => [String], { description: 'A stored source\'s verbatim sentences behind it; empty for a cited source.' })
  quotes!: string[];

  @Field(() => String, { nullable: true, description: 'Where in a cited source it is said (e.g. "section Early life"); null for a stored source.' })
  locator!: string | null;

  @Field(() => String, { nullable: true, description: 'A cited source\'s short verbatim excerpt behind it; null for a stored source.' })
  excerpt!: string | null;

  @Field(() => GraphQLDateTime, { description: 'When the graph first held it.' })
  addedAt!: Date;

  @Field({ description: 'Whether the graph answers with its value (always true for an existence claim and a list item).' })
  preferred!: boolean;

  @Field({ description: 'Whether a curator preferred it (preferClaim).' })
  pinned!: boolean;

  @Field({ description: 'Whether another source says otherwise (a conflict).' })
  disputed!: boolean;

  @Field(() => PreferenceRule, { nullable: true, description: 'For a disputed claim: the rule that decided which value the graph answers with.' })
  rule!: string | null;

  @Field(() => ClaimedRelationship, { nullable: true, description: 'For a claim about a relationship: its type and ends (for a to-one type in dispute, such as two birth places, the end tells the claims apart).' })
  relationship!: ClaimedRelationship | null;
}

/** One disputed group of claims, as the API resolves a conflict from it. */
export interface ConflictRow {
  id: string;
  subject: string;
  /** The node the conflict is about: the node, or the end of the relationship(s) that holds it. */
  entityId: string;
  relationshipType: string | null;
  property: string | null;
  rule: string;
  claims: ClaimRow[];
}

@ObjectType({
  description: 'Sources that disagree: one property of a node or relationship with different values, or a to-one relationship (a birth place) with different ends. Every claim is kept; the graph answers with the preferred one.',
})
export class Conflict {
  @Field(() => ID, { description: 'The disputed group: "subject#property", or "node#TYPE" for a to-one relationship type.' })
  id!: string;

  @Field({ description: 'What is disputed: a node id, a relationship ("from|TYPE|to"), or for a to-one relationship type the node that has it.' })
  subject!: string;

  @Field(() => Node, { nullable: true, description: 'The node the conflict is about: the node itself, or the node whose relationship it is.' })
  entity!: unknown;

  @Field(() => String, { nullable: true, description: 'The relationship type, when the conflict is about a relationship (one of its properties, or which end a to-one type has).' })
  relationshipType!: string | null;

  @Field(() => String, { nullable: true, description: 'The property in dispute; null when sources give a to-one relationship different ends.' })
  property!: string | null;

  @Field(() => PreferenceRule, { description: 'The rule that decided the answer.' })
  rule!: string;

  @Field(() => Claim, { description: 'The claim the graph answers with.' })
  preferred!: ClaimRow;

  /** Resolved as a page by ConflictResolver. */
  claims!: ClaimRow[];
}

@ObjectType()
export class ConflictConnection extends Connection(() => Conflict, 'Conflict') {}

