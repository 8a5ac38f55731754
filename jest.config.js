// @ts-check
/**
 * Three projects, run in this order by `npm test`:
 *   unit    components and helpers, beside their code (src/**), in jsdom
 *   build   assertions on the built site in build/ (run after `docusaurus build`)
 *   browser the built site served on 127.0.0.1, driven in Debian Chromium with playwright-core
 */
const tsJest = [
  'ts-jest',
  {
    tsconfig: {
      jsx: 'react-jsx',
      module: 'commonjs',
      moduleResolution: 'node',
      esModuleInterop: true,
      isolatedModules: true,
      target: 'ES2022',
      strict: true,
      rootDir: '.',
      baseUrl: '.',
      ignoreDeprecations: '6.0',
      paths: {'@site/*': ['./*']},
    },
  },
];

const moduleNameMapper = {
  '\\.module\\.css$': '<rootDir>/tests/mocks/cssModule.js',
  '\\.css$': '<rootDir>/tests/mocks/empty.js',
  '^@site/(.*)$': '<rootDir>/$1',
  '^@docusaurus/Link$': '<rootDir>/tests/mocks/Link.tsx',
  '^@docusaurus/useBaseUrl$': '<rootDir>/tests/mocks/useBaseUrl.ts',
};

/** @type {import('jest').Config} */
module.exports = {
  // Browser test files each launch their own Chromium: two at once is what 2 cores take.
  maxWorkers: 2,
  reporters: ['default', '<rootDir>/tests/summary-reporter.js'],
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/src', '<rootDir>/scripts', '<rootDir>/measure', '<rootDir>/config'],
      testMatch: ['**/*.test.ts', '**/*.test.tsx'],
      transform: {'^.+\\.tsx?$': tsJest},
      moduleNameMapper,
    },
    {
      displayName: 'build',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/build'],
      testMatch: ['**/*.test.ts'],
      transform: {'^.+\\.tsx?$': tsJest},
      moduleNameMapper,
    },
    {
      displayName: 'browser',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/browser'],
      testMatch: ['**/*.test.ts'],
      transform: {'^.+\\.tsx?$': tsJest},
      moduleNameMapper,
    },
  ],
};
