/** Unit, handler, adapter, store and page tests. Browser tests live in jest.e2e.config.js. */
const taroModules = [
  '@tarojs',
  '@stencil',
  'swiper',
  'lodash-es',
  'query-string',
  'decode-uri-component',
  'split-on-first',
  'filter-obj',
];

module.exports = {
  testEnvironment: 'node',
  // Jest's default is one worker fewer than the cores: on CI's 2 cores that is one process, in band, with the
  // second core idle. Two workers take the suite from ~12 to ~8 min per clock there.
  maxWorkers: '100%',
  // A per-test limit, not a speed check (speed is `npm run bench`): with two workers on two cores a heavy test
  // (50 concurrent bookings, a whole migration) can pass 5 s on a busy machine and fail for nothing.
  testTimeout: 20_000,
  roots: [
    '<rootDir>/core',
    '<rootDir>/server',
    '<rootDir>/src',
    '<rootDir>/cloudfunctions',
    '<rootDir>/tests/weapp',
    '<rootDir>/tests/functions',
    '<rootDir>/eslint-rules',
  ],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.(t|j)sx?$': 'babel-jest', '^.+\\.mjs$': 'babel-jest' },
  // Anchored at the first node_modules: @tarojs/components and @tarojs/taro-h5 carry ESM-only
  // packages (tslib, style-inject) in nested node_modules of their own, which must be transformed too.
  transformIgnorePatterns: [`^(?:(?!/node_modules/).)*/node_modules/(?!(${taroModules.join('|')})/)`],
  moduleNameMapper: {
    // First: a style import through an alias (@/pages/…/index.scss) is still a style.
    '\\.(css|scss|sass)$': '<rootDir>/tests/style-stub.js',
    // The path aliases of tsconfig.json (also Taro's config and esbuild's bundles).
    '^@core/(.*)$': '<rootDir>/core/$1',
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@tests/(.*)$': '<rootDir>/tests/$1',
    '^@tarojs/components$': '<rootDir>/tests/support/taro-components.ts',
    '^@tarojs/taro$': '<rootDir>/tests/taro-shim.ts',
    // jsdom picks nanoid's ESM "browser" build (via @tarojs/taro-h5 → ics); use its CommonJS one.
    '^nanoid$': '<rootDir>/node_modules/nanoid/index.cjs',
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'mjs', 'json'],
};
