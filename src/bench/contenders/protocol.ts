/** What the benchmark and its peer processes (serve-contender.ts) agree on. */
import path from 'node:path';
import { PROJECT_ROOT } from '../../config/config';

/** Hand-written Cypher of the raw contender; the library in cypher/ supplies the rest. */
export const BENCH_CYPHER_DIR = path.join(PROJECT_ROOT, 'bench', 'cypher');
/** A peer prints this and its URL when it serves. */
export const CONTENDER_READY = 'CONTENDER_READY ';
