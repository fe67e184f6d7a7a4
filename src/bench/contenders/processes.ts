/**
 * The contenders, each its own Node process on a free loopback port: this API as users run it
 * (production mode), the two peers (serve-contender.js), and, when asked, an earlier build of this
 * API run the same way from its own checkout.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { ChildServer, startApiProcess, startChildServer } from '../../server/child-server';
import { BASELINE_API, ContenderName } from '../questions';
import { CONTENDER_READY } from './protocol';

export interface RunningContender extends ChildServer {
  name: ContenderName;
}

/** Where the baseline contender's build is: a checkout with its dependencies installed and `npm run build` done. */
export interface BaselineBuild {
  root: string;
  /** What it is, for the report: a commit, a tag. */
  name: string;
}

/** How to start the contenders: the earlier build's directory, and where CPU profiles of the APIs go. */
export interface ContenderSetup {
  baseline?: BaselineBuild;
  /** A folder: each API contender writes a V8 CPU profile (`--cpu-prof`) into its own subfolder when it stops. */
  cpuProfileDir?: string;
}

function start(name: ContenderName, neo4jUri: string, { baseline, cpuProfileDir }: ContenderSetup): Promise<ChildServer> {
  if (name === 'pitlane-api' || name === BASELINE_API) {
    if (name === BASELINE_API && !baseline) throw new Error('The baseline contender needs the directory of its build.');
    return startApiProcess(neo4jUri, {
      JWT_SECRET: randomBytes(32).toString('hex'),
      // Peers log nothing per request; so that logging is not what we measure, neither do we.
      LOG_LEVEL: 'warn',
      // The list of 100 people with every result is a big query; allow it, as a deployment would.
      MAX_QUERY_COST: '1000000',
      NEO4J_TX_TIMEOUT_MS: '30000',
    }, name === BASELINE_API ? baseline?.root : undefined, cpuProfileDir ? ['--cpu-prof', '--cpu-prof-dir', path.join(cpuProfileDir, name)] : []);
  }
  return startChildServer({
    name,
    script: 'bench/contenders/serve-contender.js',
    args: [name],
    env: { NEO4J_URI: neo4jUri },
    ready: new RegExp(`${CONTENDER_READY}(\\S+)`),
  });
}

export async function startContender(name: ContenderName, neo4jUri: string, setup: ContenderSetup = {}): Promise<RunningContender> {
  return { ...(await start(name, neo4jUri, setup)), name };
}
