/**
 * The layering of Pitch Jury, checked by `npm run depcheck` (part of `npm test`).
 * docs/ARCHITECTURE.md explains the layers; this file is their one statement.
 *
 * main/core, bottom to top: a folder may import its own layer and the ones
 * below, never one above. The list is the rule: a new folder goes in a layer here.
 */
const CORE_LAYERS = [
  // Pure building blocks: no knowledge of an event, a context or a window.
  ['errors\\.ts', 'hashing', 'db', 'settings\\.ts', 'io', 'documents', 'ranking'],
  // The event file and what it holds before the day starts; the results-lock records.
  ['event', 'lock'],
  ['event-file\\.ts'],
  // Pitch day (running order, timer, display) and the application context (event bus, handler types).
  ['pitch-day', 'context'],
  ['scoring'],
  ['results', 'checklist', 'tracks'],
  // Features built on the core: files and backups, PDF jobs, the local network.
  ['data', 'documents-app', 'lan', 'audience'],
  ['verify'],
  // Rooms on several laptops: room files, room results and their merge (they verify a room's log).
  // Demo events built with rooms and tracks.
  ['rooms', 'demos'],
  // The handlers, the dispatcher and the composition root.
  ['api'],
];

const core = (names) => `^main/core/(${names.join('|')})($|/)`;

const layerRules = CORE_LAYERS.slice(0, -1).map((layer, index) => ({
  name: `core-layer-${index}-no-upward-import`,
  comment: `main/core/{${layer.join(', ').replaceAll('\\\\', '')}} must not import a higher layer (see .dependency-cruiser.cjs)`,
  severity: 'error',
  from: { path: core(layer) },
  to: { path: core(CORE_LAYERS.slice(index + 1).flat()) },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment:
        'No import cycles anywhere: a cycle means two modules are really one, or a layer is upside down.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...layerRules,
    {
      name: 'core-is-pure',
      comment:
        'main/core runs in Node without Electron (tests, CLI, workers): no electron, no windows, no renderer.',
      severity: 'error',
      from: { path: '^main/core/' },
      to: {
        path: [
          '^electron$',
          '^node_modules/electron/',
          '^main/app/',
          '^main/index\\.ts$',
          '^main/cli\\.ts$',
          '^renderer/',
          '^preload/',
        ],
      },
    },
    {
      name: 'common-is-shared',
      comment:
        'common/ runs in the main process, the preload and the browser: no main, renderer or preload code, no Node modules.',
      severity: 'error',
      from: { path: '^common/' },
      to: {
        path: ['^main/', '^renderer/', '^preload/'],
      },
    },
    {
      name: 'common-no-node',
      comment: 'common/ runs in the browser: Node built-ins are not there.',
      severity: 'error',
      from: { path: '^common/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'common-only-zod',
      comment: 'common/ may use zod and nothing else from npm (the renderer bundles it).',
      severity: 'error',
      from: { path: '^common/' },
      to: {
        dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg'],
        pathNot: '^node_modules/zod/',
      },
    },
    {
      name: 'renderer-not-main',
      comment: 'The renderer reaches main only through the contract (window.pitchJury), never by import.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: ['^main/', '^preload/'] },
    },
    {
      name: 'renderer-no-node',
      comment: 'The renderer is sandboxed: no Node built-ins.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'preload-minimal',
      comment: 'The preload is one CommonJS file that only needs electron and the contract names.',
      severity: 'error',
      from: { path: '^preload/' },
      to: { path: ['^main/', '^renderer/'] },
    },
    {
      name: 'core-not-tests',
      comment: 'Production code never imports test code.',
      severity: 'error',
      from: { path: '^(main|common|renderer|preload)/' },
      to: { path: '^test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^(main|common|renderer|preload|test)/',
    exclude: { path: ['^out/', '^dist/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
    skipAnalysisNotInRules: true,
  },
};
