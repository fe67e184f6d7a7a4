/** The people list: filters as parameters (null = not filtering), keyset order by name or id. */
import { CypherRunner } from '../../db/database';
import { listQuery, nullsLastListQuery } from '../shared/shared.cypher';
import { NAME_CONTAINS } from '../shared/name-filter';
import { raceOfDiscipline } from '../race/race.cypher';
import { PersonOrder } from './person.args';

/**
 * Raced: a source calls them a driver, rider, co-driver, navigator or passenger (a sidecar's), or they
 * entered a season or a race. cypher/lineage.cypher, which analysts run on its own, spells out the same rule.
 */
export const RACED_PREDICATE = `(any(role IN coalesce(n.roles, []) WHERE role IN ['driver', 'rider', 'co-driver', 'navigator', 'passenger'])
  OR EXISTS { (n)-[:ENTERED_SEASON|ENTERED_RACE]->() })`;

export const RACED = `
UNWIND $ids AS id
MATCH (n:Person {id: id})
RETURN id, ${RACED_PREDICATE} AS raced`;

const MATCH_PEOPLE = `
MATCH (n:Person)
WHERE ${NAME_CONTAINS}
  AND ($gender IS NULL OR n.gender = $gender)
  AND ($nationality IS NULL OR toLower(n.nationality) = toLower($nationality))
  AND ($raced IS NULL OR ${RACED_PREDICATE} = $raced)
  AND ($seriesId IS NULL OR EXISTS { (n)-[:ENTERED_SEASON]->(:Season)-[:OF_SERIES]->(:Series {id: $seriesId}) })
  AND ($teamId IS NULL
       OR EXISTS { (n)-[:DROVE_FOR]->(:Team {id: $teamId}) }
       OR EXISTS { (n)-[entry:ENTERED_SEASON|ENTERED_RACE]->() WHERE entry.team = $teamId })
  AND (($yearFrom IS NULL AND $yearTo IS NULL)
       OR EXISTS { (n)-[:ENTERED_SEASON]->(s:Season)
                   WHERE ($yearFrom IS NULL OR s.year >= $yearFrom) AND ($yearTo IS NULL OR s.year <= $yearTo) })
  AND ($role IS NULL OR $role IN coalesce(n.roles, []))
  AND ($awardId IS NULL OR EXISTS { (n)-[:RECEIVED]->(:Award {id: $awardId}) })
  AND ($discipline IS NULL
       OR EXISTS { (n)-[:ENTERED_RACE]->(race:Race) WHERE ${raceOfDiscipline('race')} }
       OR EXISTS { (n)-[:ENTERED_SEASON]->(:Season)-[:OF_SERIES]->(entered:Series) WHERE $discipline IN coalesce(entered.disciplines, []) })`;

export const PEOPLE: Record<PersonOrder, ReturnType<typeof listQuery>> = {
  // Unnamed people sort after every name.
  [PersonOrder.NAME]: nullsLastListQuery(MATCH_PEOPLE, 'name'),
  [PersonOrder.ID]: listQuery(MATCH_PEOPLE, 'n.id'),
};

const PERSON_EXISTS = 'MATCH (p:Person {id: $personId}) RETURN p.id AS id';

/**
 * For queries whose empty answer is ambiguous (no relatives, or no such person?): asked only when
 * the answer is empty, so the common case costs one statement.
 */
export async function personExists(db: CypherRunner, personId: string): Promise<boolean> {
  return (await db.read(PERSON_EXISTS, { personId })).length > 0;
}
