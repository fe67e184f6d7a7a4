// Version 1 of the graph model: the first one declared in src/model/graph-model.ts.
//
// A database built before migrations existed (main up to commit b36cc2b) already holds what model
// version 1 declares: the constraints and indexes of cypher/schema/constraints.cypher then are the
// ones derived from the model now, with the same names and definitions, and the seed loader wrote
// the same nodes and relationships (tests/db/upgrade.test.ts checks both). So this migration has
// nothing to change; applying it records that the database is at version 1. The constraints and
// indexes themselves are applied after the migrations at every start, from the model.
