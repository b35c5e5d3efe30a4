/** Browser tests: Debian's Chromium (playwright-core) against the stack `npm start` runs. Needs dist/h5. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/e2e'],
  testMatch: ['**/*.e2e.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': 'babel-jest' },
  testTimeout: 60_000,
  maxWorkers: 1,
};
