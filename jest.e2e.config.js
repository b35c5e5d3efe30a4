/** Browser tests: Debian's Chromium (playwright-core) against the stack `npm start` runs. Needs dist/h5. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/e2e'],
  testMatch: ['**/*.e2e.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': 'babel-jest' },
  moduleNameMapper: {
    // The path aliases of tsconfig.json (also Taro's config and esbuild's bundles).
    '^@core/(.*)$': '<rootDir>/core/$1',
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@tests/(.*)$': '<rootDir>/tests/$1',
  },
  testTimeout: 60_000,
  maxWorkers: 1,
};
