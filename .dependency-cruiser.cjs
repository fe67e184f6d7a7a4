/**
 * The house rules of src/, checked by dependency-cruiser (`npm run lint:deps`, and in `npm test` by
 * tests/architecture/dependencies.test.ts). docs/ARCHITECTURE.md explains the floors.
 *
 * src/ is a house of floors. A folder may import its own files and the folders on floors BELOW it;
 * never a folder on its own floor (folders on one floor stand beside each other) or above it. The
 * floors, from the ground up, are the list below: add a new folder of src/ to one of them (a folder
 * on no floor is itself a violation, so the list cannot silently fall behind the code).
 */
const FLOORS = [
  // The graph model, declared once: plain data and pure queries over it.
  { name: 'model', folders: ['model'] },
  // Settings read from the environment.
  { name: 'config', folders: ['config'] },
  // Foundations: the database (driver, transactions, embedded Neo4j, constraints), provenance
  // (citations, quotes), authentication (tokens, the request's user) and the audit log's statements.
  { name: 'foundations', folders: ['db', 'provenance', 'auth', 'audit'] },
  // What stands on the database: the seed loader, the exports, and the GraphQL plumbing that sits
  // below every entity (the request context type, paging, errors, plugins).
  { name: 'uses of the database', folders: ['seed', 'export', 'graphql'] },
  // The API's entities: GraphQL types, resolvers, loaders and their Cypher, derived from the model.
  { name: 'entities', folders: ['graph'] },
  // HTTP: the API endpoint, health, the explorer's and the IDE's pages, logging.
  { name: 'server', folders: ['server'] },
  // Tools: the benchmark and the load test (they drive a running server), and the generator of the
  // artefacts derived from the model (schema/schema.graphql, docs/MODEL.md: `npm run generate`).
  { name: 'tools', folders: ['bench', 'load', 'generate'] },
  // Command-line entry points.
  { name: 'commands', folders: ['cli'] },
  // The composition root: reads config, starts Neo4j, wires the model, schema and server together.
  { name: 'composition', folders: ['main.ts'] },
];

/** The explorer is a browser bundle beside the house: it may import only itself and the model. */
const EXPLORER = 'explorer';

/** `^src/db(/|$)` style pattern for folders (or a top-level file such as main.ts). */
function under(folders) {
  return `^src/(${folders.map((folder) => folder.replace(/\./g, '\\.')).join('|')})(/|$)`;
}

const floorRules = FLOORS.flatMap((floor, level) => {
  const higherFolders = FLOORS.slice(level + 1).flatMap((upper) => upper.folders);
  return floor.folders.map((folder) => {
    const besideOrAbove = [...floor.folders.filter((other) => other !== folder), ...higherFolders];
    return {
      name: `floor:${folder}`,
      severity: 'error',
      comment:
        `src/${folder} is on the floor "${floor.name}": it imports only folders on lower floors ` +
        `(${FLOORS.slice(0, level).map((lower) => lower.name).join(', ') || 'none'}), never ${besideOrAbove.join(', ')}.`,
      from: { path: under([folder]) },
      to: { path: under([...besideOrAbove, EXPLORER]) },
    };
  });
});

const placedFolders = [...FLOORS.flatMap((floor) => floor.folders), EXPLORER];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...floorRules,
    {
      name: 'folder-without-a-floor',
      severity: 'error',
      comment: 'Every folder of src/ stands on a floor: add it to FLOORS in .dependency-cruiser.cjs.',
      from: { path: '^src/', pathNot: under(placedFolders) },
      to: {},
    },
    {
      name: 'explorer-is-a-browser-bundle',
      severity: 'error',
      comment: 'src/explorer runs in the browser: it imports only src/explorer and src/model (no server code, no Node).',
      from: { path: under([EXPLORER]) },
      to: { path: '^src/', pathNot: under([EXPLORER, 'model']) },
    },
    {
      name: 'explorer-imports-no-node-builtins',
      severity: 'error',
      comment: 'src/explorer runs in the browser: no Node built-in modules.',
      from: { path: under([EXPLORER]) },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No cycles anywhere in src/: each module can be read knowing only what it imports.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'context-knows-no-entity',
      severity: 'error',
      comment:
        'src/graph/context.ts (the request context) imports no entity module (src/graph/<entity>/): ' +
        'the loaders are derived from the model; only the plumbing of src/graph/shared and src/graph/model is known to it.',
      from: { path: '^src/graph/context\\.ts$' },
      to: { path: '^src/graph/(?!shared/|model/)[^/]+/' },
    },
    {
      name: 'src-imports-no-tests',
      severity: 'error',
      comment: 'Application code never imports tests, fixtures or test support.',
      from: { path: '^src/' },
      to: { path: '^tests/' },
    },
    {
      name: 'production-imports-no-dev-dependencies',
      severity: 'error',
      comment:
        'The image prunes devDependencies (Dockerfile: npm prune --omit=dev): outside the tools ' +
        '(src/bench, src/load) src imports only dependencies. Type-only imports are erased and allowed.',
      from: { path: '^src/', pathNot: under(['bench', 'load']) },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-undeclared-packages',
      severity: 'error',
      comment: 'Every package src imports is declared in package.json.',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment:
        'Every relative import resolves to a file, so no dependency escapes the rules above. (Packages ' +
        'are resolved by tsc and Node; type-only deep imports of typings need not be in an exports map.)',
      from: { path: '^src/' },
      to: { couldNotResolve: true, path: '^\\.' },
    },
    {
      name: 'no-orphans',
      severity: 'error',
      comment:
        'A module nobody imports and that imports nothing is dead code. Excepted: declaration files, and ' +
        "the IDE page's script (an entry of its own, built by src/cli/build-explorer.ts, using GraphiQL's globals).",
      from: { orphan: true, path: '^src/', pathNot: ['\\.d\\.ts$', '^src/explorer/ide/ide\\.ts$'] },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports are dependencies of the design too (a type's home is a floor like any other).
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // CSS, HTML and SVG are served files, not modules.
    exclude: { path: '\\.(css|html|svg)$' },
    // Packages resolve through their "exports" maps (csv-stringify/sync, @apollo/server/plugin/...),
    // as Node resolves them for the CommonJS build.
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['require', 'node', 'default', 'import'] },
  },
};
