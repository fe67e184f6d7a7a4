/**
 * Where an API contender's time goes, from the V8 CPU profile Node writes with `--cpu-prof` (the
 * format Chrome DevTools and speedscope open as flame graphs). Each sample is put in one layer of
 * the request's way through the server: HTTP, parsing, validation and limits, Apollo's pipeline,
 * execution and resolvers, loaders and result mapping, the driver, logging, garbage collection,
 * and idle (the event loop waiting: for Neo4j's answers, mostly, under a load generator).
 *
 * A sample's layer is that of the innermost frame that belongs to a known package or to this
 * project's code: a native or Node-internal leaf (JSON.parse, a Buffer copy) counts for whoever
 * called it (a socket write counts for HTTP or for the driver, whichever wrote).
 *
 * The profile covers the process's whole life, while the bench times one contender after another:
 * only the API's own turn counts. That is the busiest stretch of the profile after its first HTTP
 * request (start-up before it: module loading, building the schema) with no pause of IDLE_GAP_MS or
 * more; the single requests that check answers and count statements stand apart, between pauses.
 */

/** The subset of the `.cpuprofile` format this module reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples: number[];
  /** Microseconds since the previous sample (the first since startTime). */
  timeDeltas: number[];
}

export const LAYERS = [
  'http', 'parse', 'validation', 'apollo', 'execution', 'resolvers', 'driver', 'logging', 'gc', 'other', 'idle',
] as const;
export type Layer = (typeof LAYERS)[number];

export const LAYER_TITLES: Record<Layer, string> = {
  http: 'HTTP (node:http, express, body parsing, CORS)',
  parse: 'GraphQL parsing',
  validation: 'validation and query limits (graphql-js rules, graphql-armor, query cost)',
  apollo: "Apollo Server's request pipeline and plugins",
  execution: 'execution (graphql-js executor, type-graphql resolver wrappers)',
  resolvers: "this project's resolvers, loaders and row mapping (dataloader included)",
  driver: 'neo4j-driver (Bolt, PackStream, sessions)',
  logging: 'logging (pino)',
  gc: 'garbage collection',
  other: 'other JavaScript (Node internals, V8, module loading, other packages)',
  idle: 'idle: waiting on Neo4j and the network',
};

/** Express and the packages it serves a request with. */
const HTTP_PACKAGES = new Set([
  'express', 'router', 'body-parser', 'raw-body', 'cors', 'etag', 'content-type', 'content-disposition', 'finalhandler', 'send',
  'on-finished', 'iconv-lite', 'type-is', 'accepts', 'negotiator', 'debug', 'qs', 'statuses', 'http-errors', 'depd', 'encodeurl',
  'escape-html', 'fresh', 'mime-types', 'mime-db', 'parseurl', 'proxy-addr', 'range-parser', 'serve-static', 'vary', 'cookie',
  'cookie-signature', 'merge-descriptors', 'path-to-regexp', 'unpipe', 'bytes', 'media-typer', 'forwarded', 'ipaddr.js',
]);

/** Which layer a frame's script belongs to; undefined for Node internals and native frames (their caller decides). */
export function layerOfScript(url: string): Layer | undefined {
  const file = url.replace(/\\/g, '/');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(file);
  if (pkg) {
    const [, name, rest] = pkg;
    if (name === 'graphql') {
      if (rest.startsWith('language/')) return 'parse';
      if (rest.startsWith('validation/') || rest.startsWith('utilities/')) return 'validation';
      return 'execution';
    }
    if (name === 'type-graphql' || name === 'graphql-scalars' || name === 'class-validator') return 'execution';
    if (name === '@escape.tech/graphql-armor' || name.startsWith('@escape.tech/') || name === 'graphql-query-complexity') return 'validation';
    if (name.startsWith('@apollo/') || name === '@as-integrations/express5' || name.startsWith('@graphql-tools/') || name === '@envelop/core') return 'apollo';
    if (name === 'neo4j-driver' || name.startsWith('neo4j-driver-')) return 'driver';
    if (name === 'dataloader') return 'resolvers';
    if (name === 'pino' || name.startsWith('pino-') || name === 'sonic-boom' || name === 'thread-stream') return 'logging';
    return HTTP_PACKAGES.has(name) ? 'http' : 'other';
  }
  // Loading a module (the first request still loads some lazily): not the work of whoever asked for it.
  if (file.startsWith('node:internal/modules/')) return 'other';
  if (/\/(dist|src)\/graph\//.test(file) || /\/(dist|src)\/graphql\//.test(file)) return 'resolvers';
  if (/\/(dist|src)\/server\//.test(file)) return 'http';
  if (/\/(dist|src)\/db\//.test(file)) return 'driver';
  // Sockets and streams (node:net, node:internal/streams) carry both HTTP and Bolt: their caller decides.
  if (/^node:_http_/.test(file)) return 'http';
  return undefined;
}

const SPECIAL: Record<string, Layer> = { '(idle)': 'idle', '(garbage collector)': 'gc', '(program)': 'other' };

export interface LayerShares {
  /** Microseconds per layer in the API's turn. */
  micros: Record<Layer, number>;
  /** Microseconds of the API's turn. */
  totalMicros: number;
  /** Busy microseconds per frame (`function (script)`), natives counted for their caller: the flame graph's widest leaves. */
  frames: Map<string, number>;
}

/** Where a frame's script is, short: the package path or this project's file. */
const shortScript = (url: string) => url.replace(/^file:\/\//, '').replace(/^.*node_modules\//, '').replace(/^.*\/(dist|src)\//, '$1/');

const ROOT = '(root)';

interface Attribution {
  layer: Layer;
  /** The frame the time counts for: `function (script)`. */
  frame: string;
}

/** Each profile node's layer and frame: its own, or its nearest caller's that has a layer. */
function attributionsOfNodes(profile: CpuProfile): Map<number, Attribution> {
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const attributions = new Map<number, Attribution>();
  const attributionOf = (id: number): Attribution => {
    const known = attributions.get(id);
    if (known) return known;
    const { callFrame } = byId.get(id)!;
    const parent = parentOf.get(id);
    const special = SPECIAL[callFrame.functionName];
    const own = special ?? layerOfScript(callFrame.url);
    const ownFrame = special ? callFrame.functionName : `${callFrame.functionName || '(anonymous)'} (${shortScript(callFrame.url) || 'native'})`;
    const inherited = parent === undefined ? undefined : attributionOf(parent);
    // A frame with no caller in a known package (Node's task queue, a timer) is 'other', under its own name.
    const attribution: Attribution = own ? { layer: own, frame: ownFrame } : inherited?.frame !== ROOT ? inherited ?? { layer: 'other', frame: ROOT } : { layer: 'other', frame: ownFrame };
    attributions.set(id, attribution);
    return attribution;
  };
  for (const node of profile.nodes) attributionOf(node.id);
  return attributions;
}

/** Profile nodes whose stack passes through Node's HTTP server: where serving requests starts. */
function servingNodes(profile: CpuProfile): Set<number> {
  const serving = new Set<number>();
  const visit = (id: number, inside: boolean, byId: Map<number, CpuProfile['nodes'][number]>) => {
    const node = byId.get(id)!;
    const now = inside || node.callFrame.url === 'node:_http_server';
    if (now) serving.add(id);
    for (const child of node.children ?? []) visit(child, now, byId);
  };
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const children = new Set(profile.nodes.flatMap((node) => node.children ?? []));
  for (const root of profile.nodes.filter((node) => !children.has(node.id))) visit(root.id, false, byId);
  return serving;
}

/** A pause this long, the API's thread idle throughout, ends a stretch of serving. */
export const IDLE_GAP_MS = 500;

const noTime = () => Object.fromEntries(LAYERS.map((layer) => [layer, 0])) as Record<Layer, number>;
const busyOf = (micros: Record<Layer, number>) => LAYERS.reduce((sum, layer) => (layer === 'idle' ? sum : sum + micros[layer]), 0);
const empty = (): LayerShares => ({ micros: noTime(), totalMicros: 0, frames: new Map() });

/** Time per layer in the busiest stretch of serving: the API's own turn under load. */
export function layerShares(profile: CpuProfile): LayerShares {
  const attributions = attributionsOfNodes(profile);
  const serving = servingNodes(profile);
  let best = empty();
  let current = empty();
  // Idle time since the last busy sample: counted into the stretch only if it goes on after the pause.
  let pending = 0;
  let started = false;
  const close = () => {
    if (busyOf(current.micros) > busyOf(best.micros)) best = current;
    current = empty();
  };
  // Sample i lasts until sample i + 1 (timeDeltas[i + 1]); the last one has no known length and is left out.
  for (let i = 0; i < profile.samples.length - 1; i += 1) {
    const id = profile.samples[i];
    started ||= serving.has(id);
    if (!started) continue;
    const duration = Math.max(0, profile.timeDeltas[i + 1]);
    const { layer, frame } = attributions.get(id)!;
    if (layer === 'idle') {
      pending += duration;
      continue;
    }
    if (pending >= IDLE_GAP_MS * 1000) close();
    else if (current.totalMicros > 0) {
      current.micros.idle += pending;
      current.totalMicros += pending;
    }
    pending = 0;
    current.micros[layer] += duration;
    current.totalMicros += duration;
    current.frames.set(frame, (current.frames.get(frame) ?? 0) + duration);
  }
  close();
  return best;
}

/** Shares of several profiles (one process may write more than one) added together. */
export function addShares(all: LayerShares[]): LayerShares {
  const micros = Object.fromEntries(LAYERS.map((layer) => [layer, all.reduce((sum, s) => sum + s.micros[layer], 0)])) as Record<Layer, number>;
  const frames = new Map<string, number>();
  for (const shares of all) for (const [frame, time] of shares.frames) frames.set(frame, (frames.get(frame) ?? 0) + time);
  return { micros, totalMicros: all.reduce((sum, s) => sum + s.totalMicros, 0), frames };
}

/** The frames with the most busy time, largest first, with their share of the busy time. */
export function hottestFrames(shares: LayerShares, count: number): { frame: string; share: number }[] {
  const busy = busyOf(shares.micros);
  return [...shares.frames].sort((a, b) => b[1] - a[1]).slice(0, count).map(([frame, time]) => ({ frame, share: busy > 0 ? time / busy : 0 }));
}
