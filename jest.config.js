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
