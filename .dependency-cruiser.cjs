/**
 * The layering of docs/ARCHITECTURE.md, checked on every `npm run lint`:
 * kernel ← features ← app, a feature reaches another only through its index.ts, no cycles,
 * core/ stays free of the platforms, and pages write only through stores.
 */
const FEATURE = '^core/(?!kernel/|app/)([^/]+)/';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Import cycles make a slice impossible to read or test alone.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'kernel-is-the-bottom',
      comment: 'core/kernel holds what every feature needs; it knows no feature and no app code.',
      severity: 'error',
      from: { path: '^core/kernel/' },
      to: { path: '^core/(?!kernel/)' },
    },
    {
      name: 'features-below-app',
      comment: 'The contract, handler map, dispatcher, scheduler and seed assemble the features, never the reverse.',
      severity: 'error',
      from: { path: FEATURE },
      to: { path: '^core/app/' },
    },
    {
      name: 'feature-through-its-index',
      comment: "A feature uses another only through that feature's index.ts.",
      severity: 'error',
      from: { path: FEATURE },
      to: { path: '^core/(?!kernel/|app/)[^/]+/', pathNot: ['^core/$1/', '^core/[^/]+/index\\.ts$'] },
    },
    {
      name: 'core-is-platform-free',
      comment: 'core/ runs in the cloud functions, the local server and the mini-program alike.',
      severity: 'error',
      from: { path: '^core/' },
      to: { path: '^(src|server|cloudfunctions|scripts)/' },
    },
    {
      name: 'core-tests-use-tests-support-only',
      severity: 'error',
      from: { path: '^core/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^tests/' },
    },
    {
      name: 'pages-write-through-stores',
      comment: 'Pages, components and hooks reach the back end only through src/stores (one way to write).',
      severity: 'error',
      from: { path: '^src/(pages|components|subpackages|hooks)/' },
      to: { path: '^src/services/transport' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|cloudfunctions/build|screenshots)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
  },
};
