import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addShares, CpuProfile, hottestFrames, IDLE_GAP_MS, layerOfScript, layerShares } from '../../src/bench/profile/cpu-profile';
import { largestLayers } from '../../src/bench/profile/profile-report';

const ROOT = path.resolve(__dirname, '../..');

/** A profile from a tree written as [id, functionName, url, children]. */
function profile(nodes: [number, string, string, number[]][], samples: number[], deltas: number[]): CpuProfile {
  return {
    nodes: nodes.map(([id, functionName, url, children]) => ({ id, callFrame: { functionName, url }, children })),
    startTime: 0,
    endTime: deltas.reduce((a, b) => a + b, 0),
    samples,
    timeDeltas: deltas,
  };
}

describe('where a CPU profile sample counts', () => {
  test('a script is placed by its package, and this project\'s code by its folder', () => {
    expect(layerOfScript('file:///w/node_modules/graphql/language/parser.js')).toBe('parse');
    expect(layerOfScript('file:///w/node_modules/graphql/validation/validate.js')).toBe('validation');
    expect(layerOfScript('file:///w/node_modules/graphql/execution/execute.js')).toBe('execution');
    expect(layerOfScript('/w/node_modules/neo4j-driver-bolt-connection/lib/bolt/bolt-protocol-v1.js')).toBe('driver');
    expect(layerOfScript('/w/node_modules/@apollo/server/dist/cjs/requestPipeline.js')).toBe('apollo');
    expect(layerOfScript('/w/node_modules/@escape.tech/graphql-armor-max-depth/dist/index.js')).toBe('validation');
    expect(layerOfScript('/w/dist/graph/shared/rows.js')).toBe('resolvers');
    expect(layerOfScript('node:_http_server')).toBe('http');
    expect(layerOfScript('')).toBeUndefined();
    expect(layerOfScript('node:internal/util')).toBeUndefined();
    expect(layerOfScript('/w/node_modules/express/lib/application.js')).toBe('http');
    expect(layerOfScript('/w/node_modules/zod/v4/core/index.cjs')).toBe('other');
    expect(layerOfScript('node:internal/modules/cjs/loader')).toBe('other');
  });

  test('a native leaf counts for its caller; start-up before the first request is left out; idle and GC are their own', () => {
    const p = profile(
      [
        [1, '(root)', '', [2, 3, 4, 5]],
        [2, 'loadSchema', '/w/node_modules/type-graphql/build/index.js', []],
        [3, 'parserOnIncoming', 'node:_http_server', [6]],
        [4, '(idle)', '', []],
        [5, '(garbage collector)', '', []],
        [6, 'run', '/w/node_modules/neo4j-driver/lib/driver.js', [7]],
        [7, 'parse', '', []],
      ],
      // start-up (2) twice, then a request, a native JSON.parse under the driver, idle, GC, and a last sample of unknown length.
      [2, 2, 3, 7, 7, 4, 4, 4, 5, 2],
      [0, 100, 100, 10, 20, 30, 40, 50, 60, 70],
    );
    const shares = layerShares(p);
    // Sample i lasts timeDeltas[i + 1]: sample 2 (the request) lasts 10 µs, the two driver samples 20 + 30.
    expect(shares.micros.execution).toBe(0);
    expect(shares.micros.http).toBe(10);
    expect(shares.micros.driver).toBe(50);
    expect(shares.micros.idle).toBe(40 + 50 + 60);
    expect(shares.micros.gc).toBe(70);
    expect(shares.totalMicros).toBe(10 + 50 + 150 + 70);
    expect(largestLayers(shares, 2).map((l) => l.layer)).toEqual(['gc', 'driver']);
    expect(addShares([shares, shares]).micros.driver).toBe(100);
    // The native parse is counted for the driver's frame that called it.
    expect(hottestFrames(shares, 3)).toEqual([
      { frame: '(garbage collector)', share: 70 / 130 },
      { frame: 'run (neo4j-driver/lib/driver.js)', share: 50 / 130 },
      { frame: 'parserOnIncoming (node:_http_server)', share: 10 / 130 },
    ]);
    expect(addShares([shares, shares]).frames.get('run (neo4j-driver/lib/driver.js)')).toBe(100);
  });

  test('only the busiest stretch counts: a pause of IDLE_GAP_MS or more ends one (the other contenders\' turns)', () => {
    const gap = IDLE_GAP_MS * 1000;
    const p = profile(
      [
        [1, '(root)', '', [2, 3]],
        [2, 'parserOnIncoming', 'node:_http_server', [4]],
        [3, '(idle)', '', []],
        [4, 'execute', '/w/node_modules/graphql/execution/execute.js', []],
      ],
      // A single request (an answer check), a long pause, the timed turn (busy, short idles), a long pause, one more request.
      [2, 3, 4, 3, 4, 4, 3, 2, 3],
      [0, 5, gap, 100, 7, 200, 300, 2 * gap, 9],
    );
    const shares = layerShares(p);
    expect(shares.micros.execution).toBe(100 + 200 + 300);
    expect(shares.micros.idle).toBe(7);
    expect(shares.micros.http).toBe(0);
    expect(shares.totalMicros).toBe(607);
  });
});

describe('a real profile', () => {
  let shares: ReturnType<typeof layerShares>;

  beforeAll(() => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pitlane-cpuprof-'));
    try {
      // A server that parses GraphQL for each request it gets; the script asks it once and exits.
      const script = `
        const http = require('node:http');
        const { parse } = require('graphql');
        const doc = '{ ' + Array.from({ length: 200 }, (_, i) => 'f' + i + ' { a b c }').join(' ') + ' }';
        const server = http.createServer((req, res) => { for (let i = 0; i < 400; i += 1) parse(doc); res.end('ok'); });
        server.listen(0, '127.0.0.1', () => {
          http.get({ host: '127.0.0.1', port: server.address().port }, (res) => { res.resume(); res.on('end', () => server.close()); });
        });`;
      execFileSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, '-e', script], { cwd: ROOT, stdio: 'ignore' });
      const [file] = fs.readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'));
      shares = layerShares(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as CpuProfile);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  // Which layer is largest depends on how busy the machine is (a loaded machine stretches start-up and HTTP too),
  // so this asserts where samples land, not their proportions.
  test('parsing inside a request handler is counted as parse, and graphql-js parser frames are among the frames', () => {
    expect(shares.micros.parse).toBeGreaterThan(0);
    expect([...shares.frames.keys()].some((frame) => frame.includes('graphql/language/'))).toBe(true);
  });

  test('every sampled microsecond after the first request is in exactly one layer', () => {
    const sum = Object.values(shares.micros).reduce((a, b) => a + b, 0);
    expect(sum).toBe(shares.totalMicros);
    expect(shares.totalMicros).toBeGreaterThan(0);
  });
});
