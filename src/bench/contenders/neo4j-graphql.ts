/**
 * The @neo4j/graphql contender: the library's generated API over the same graph, written the way
 * its documentation suggests. Node types, relationships and relationship properties are derived
 * from the graph model (neo4j-graphql-type-defs.ts); beside them, this file adds what the model does
 * not declare. What the library cannot generate (lineage, shortest paths) is a @cypher field that
 * runs the very same library file the other contenders run, so only the GraphQL layer differs.
 * Claims are nodes of their own (`:Claim`, found by the id of what they are about), exposed as a
 * type like any other.
 *
 * A development dependency: used by the benchmark only.
 */
import { Neo4jGraphQL } from '@neo4j/graphql';
import { GraphQLSchema } from 'graphql';
import { Driver } from 'neo4j-driver';
import { namedQuery } from '../../db/cypher-files';
import { GRAPH_MODEL } from '../../model/graph-model';
import { asMapColumn } from '../bench.cypher';
import { modelTypeDefs } from './neo4j-graphql-type-defs';

/**
 * On a person: the full-text index the search question asks through, and the relatives a source
 * states without the people in between (HAS_RELATIVE, which the model gives no field: this API
 * reads it through lineage), which the neighbourhood question lists.
 */
const PERSON_ADDITIONS = /* GraphQL */ `
  extend type Person @fulltext(indexes: [{ indexName: "entity_names", queryName: "searchPeople", fields: ["name"] }]) {
    relatives: [Person!]! @relationship(type: "HAS_RELATIVE", direction: OUT, queryDirection: UNDIRECTED)
  }
`;

/** The claims store: not a label of the model, but nodes beside the graph (src/db/claims/). */
const CLAIM = /* GraphQL */ `
  type Claim @node {
    id: ID!
    subject: String!
    entities: [String!]!
    group: String
    property: String
    value: String
    source: String!
    preferred: Boolean
    disputed: Boolean
    rule: String
  }
`;

/** Lineage and the shortest connection: the library files every contender runs, as @cypher queries. */
function libraryQueries(): string {
  const lineage = asMapColumn(namedQuery('lineage').cypher, ['relativeId', 'name', 'kinship', 'generation', 'raced'], 'relative');
  const connection = asMapColumn(namedQuery('shortest-connection').cypher, ['length', 'nodeIds'], 'path');
  return /* GraphQL */ `
    type LineageRelative {
      relativeId: ID!
      name: String!
      kinship: String!
      generation: Int!
      raced: Boolean!
    }
    type PathSummary {
      length: Int!
      nodeIds: [ID!]!
    }
    type Query {
      lineage(personId: ID!, maxDepth: Int!): [LineageRelative!]!
        @cypher(statement: """${lineage}""", columnName: "relative")
      shortestConnection(fromId: ID!, toId: ID!, maxLength: Int!): PathSummary
        @cypher(statement: """${connection}""", columnName: "path")
    }
  `;
}

export function neo4jGraphqlTypeDefs(): string {
  return [modelTypeDefs(GRAPH_MODEL), PERSON_ADDITIONS, CLAIM, libraryQueries()].join('\n');
}

export async function neo4jGraphqlSchema(driver: Driver): Promise<GraphQLSchema> {
  return new Neo4jGraphQL({ typeDefs: neo4jGraphqlTypeDefs(), driver }).getSchema();
}
