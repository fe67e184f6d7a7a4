/**
 * The @neo4j/graphql contender: the library's generated API over the same graph, written the way
 * its documentation suggests. Node types and relationships come from type definitions; what the
 * generator cannot express (lineage, shortest paths) is a @cypher field that runs the very same
 * library file the other contenders run, so only the GraphQL layer differs. Claims are nodes of
 * their own (`:Claim`, found by the id of what they are about), exposed as a type like any other.
 *
 * A development dependency: used by the benchmark only.
 */
import { Neo4jGraphQL } from '@neo4j/graphql';
import { GraphQLSchema } from 'graphql';
import { Driver } from 'neo4j-driver';
import { namedQuery } from '../../db/cypher-files';
import { asMapColumn } from '../bench.cypher';

export function neo4jGraphqlTypeDefs(): string {
  const lineage = asMapColumn(namedQuery('lineage').cypher, ['relativeId', 'name', 'kinship', 'generation', 'raced'], 'relative');
  const connection = asMapColumn(namedQuery('shortest-connection').cypher, ['length', 'nodeIds'], 'path');
  return /* GraphQL */ `
    type Person @node @fulltext(indexes: [{ indexName: "entity_names", queryName: "searchPeople", fields: ["name"] }]) {
      id: ID!
      name: String
      gender: String
      nationality: String
      roles: [String!]
      born: String
      families: [Family!]! @relationship(type: "MEMBER_OF", direction: OUT)
      seasons: [Season!]! @relationship(type: "ENTERED_SEASON", direction: OUT, properties: "SeasonEntry")
      races: [Race!]! @relationship(type: "ENTERED_RACE", direction: OUT, properties: "RaceEntry")
      teams: [Team!]! @relationship(type: "DROVE_FOR", direction: OUT, properties: "TeamStint")
      parents: [Person!]! @relationship(type: "PARENT_OF", direction: IN)
      children: [Person!]! @relationship(type: "PARENT_OF", direction: OUT)
      siblings: [Person!]! @relationship(type: "SIBLING_OF", direction: OUT, queryDirection: UNDIRECTED)
      spouses: [Person!]! @relationship(type: "SPOUSE_OF", direction: OUT, queryDirection: UNDIRECTED)
      relatives: [Person!]! @relationship(type: "HAS_RELATIVE", direction: OUT, queryDirection: UNDIRECTED)
    }
    type Family @node {
      id: ID!
      name: String!
    }
    type SeasonEntry @relationshipProperties {
      team: String
      participation: String
      racesStarted: Int
      finalPosition: Int
      points: Int
    }
    type RaceEntry @relationshipProperties {
      team: String
      startPosition: Int
      finishPosition: Int
    }
    type TeamStint @relationshipProperties {
      years: [Int!]
    }
    type Team @node {
      id: ID!
      name: String!
    }
    type Series @node {
      id: ID!
      name: String!
    }
    type Season @node {
      id: ID!
      name: String!
      year: Int!
      series: [Series!]! @relationship(type: "OF_SERIES", direction: OUT)
      entries: [Person!]! @relationship(type: "ENTERED_SEASON", direction: IN, properties: "SeasonEntry")
    }
    type Race @node {
      id: ID!
      name: String!
      year: Int!
    }
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

export async function neo4jGraphqlSchema(driver: Driver): Promise<GraphQLSchema> {
  return new Neo4jGraphQL({ typeDefs: neo4jGraphqlTypeDefs(), driver }).getSchema();
}
