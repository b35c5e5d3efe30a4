const fs = require('fs');
const path = require('path');

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
  // Git keeps no empty folders: a root that does not exist yet would stop jest before it runs anything.
  roots: ['core', 'server', 'src', 'cloudfunctions', 'tests/unit', 'tests/weapp']
    .filter((dir) => fs.existsSync(path.join(__dirname, dir)))
    .map((dir) => `<rootDir>/${dir}`),
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.(t|j)sx?$': 'babel-jest', '^.+\\.mjs$': 'babel-jest' },
  transformIgnorePatterns: [`^.*?/node_modules/(?!(${taroModules.join('|')})/)`],
  moduleNameMapper: {
    '^@tarojs/components$': '@tarojs/components/lib/react',
    '^@tarojs/taro$': '<rootDir>/tests/taro-shim.ts',
    '\\.(css|scss|sass)$': '<rootDir>/tests/style-stub.js',
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'mjs', 'json'],
};
