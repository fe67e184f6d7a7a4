/**
 * The three contenders, each its own Node process on a free loopback port: this API as users run
 * it (production mode), and the two peers (serve-contender.js).
 */
import { randomBytes } from 'node:crypto';
import { ChildServer, startApiProcess, startChildServer } from '../../server/child-server';
import { ContenderName } from '../questions';
import { CONTENDER_READY } from './protocol';

export interface RunningContender extends ChildServer {
  name: ContenderName;
}

function start(name: ContenderName, neo4jUri: string): Promise<ChildServer> {
  if (name === 'pitlane-api') {
    return startApiProcess(neo4jUri, {
      JWT_SECRET: randomBytes(32).toString('hex'),
      // Peers log nothing per request; so that logging is not what we measure, neither do we.
      LOG_LEVEL: 'warn',
      // The list of 100 people with every result is a big query; allow it, as a deployment would.
      MAX_QUERY_COST: '1000000',
      NEO4J_TX_TIMEOUT_MS: '30000',
    });
  }
  return startChildServer({
    name,
    script: 'bench/contenders/serve-contender.js',
    args: [name],
    env: { NEO4J_URI: neo4jUri },
    ready: new RegExp(`${CONTENDER_READY}(\\S+)`),
  });
}

export async function startContender(name: ContenderName, neo4jUri: string): Promise<RunningContender> {
  return { ...(await start(name, neo4jUri)), name };
}
