/** The lineage statement of the API: cypher/lineage.cypher with the nodes it names, in one statement. */
import { withNamedNodes } from '../shared/shared.cypher';

export const LINEAGE = withNamedNodes('lineage', '[relativeId]');
