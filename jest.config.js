// @ts-check
/**
 * Three projects, run in this order by `npm test`:
 *   unit    components and helpers, beside their code (src/**), in jsdom
 *   build   assertions on the built site in build/ (run after `docusaurus build`)
 *   browser the built site served on 127.0.0.1, driven in Debian Chromium with playwright-core
 */
const fs = require('node:fs');
const path = require('node:path');

/**
 * TypeScript and JSX by SWC, as Docusaurus' own tests do (types are checked by `npm run typecheck`).
 * SWC also turns the ESM-only unified/MDX packages into CommonJS, so the remark plugins use the
 * maintained unist and estree utilities and their tests run Markdown through the real MDX compiler.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: {syntax: 'typescript', tsx: true},
      transform: {react: {runtime: 'automatic'}},
      target: 'es2022',
    },
    module: {type: 'commonjs'},
  },
];

/**
 * Folders (relative to node_modules/, nested ones included) of packages that ship ES modules only
 * (`"type": "module"`): jest must transform them, and only them.
 */
function esmOnlyPackages(dir = path.join(__dirname, 'node_modules'), prefix = '') {
  const names = fs.readdirSync(dir).flatMap((name) => (name.startsWith('@') ? fs.readdirSync(path.join(dir, name)).map((sub) => `${name}/${sub}`) : [name]));
  return names.flatMap((name) => {
    const folder = path.join(dir, name);
    let type;
    try {
      type = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8')).type;
    } catch {
      return [];
    }
    const nested = fs.existsSync(path.join(folder, 'node_modules')) ? esmOnlyPackages(path.join(folder, 'node_modules'), `${prefix}${name}/node_modules/`) : [];
    return type === 'module' ? [`${prefix}${name}`, ...nested] : nested;
  });
}
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const transformIgnorePatterns = [
  `^(?!${escape(path.join(__dirname, 'node_modules'))}/(?:${esmOnlyPackages().map(escape).join('|')})/(?!node_modules/)).*/node_modules/`,
];
const transform = {'^.+\\.[jt]sx?$': swc};

const moduleNameMapper = {
  '\\.module\\.css$': '<rootDir>/tests/mocks/cssModule.js',
  '\\.css$': '<rootDir>/tests/mocks/empty.js',
  '^@site/(.*)$': '<rootDir>/$1',
  '^@docusaurus/Link$': '<rootDir>/tests/mocks/Link.tsx',
  '^@docusaurus/useBaseUrl$': '<rootDir>/tests/mocks/useBaseUrl.ts',
  '^@docusaurus/Translate$': '<rootDir>/tests/mocks/Translate.tsx',
  '^@docusaurus/useDocusaurusContext$': '<rootDir>/tests/mocks/useDocusaurusContext.ts',
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
      transform,
      transformIgnorePatterns,
      resolver: '<rootDir>/tests/resolver.js',
      moduleNameMapper,
    },
    {
      displayName: 'build',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/build'],
      testMatch: ['**/*.test.ts'],
      transform,
      transformIgnorePatterns,
      resolver: '<rootDir>/tests/resolver.js',
      moduleNameMapper,
    },
    {
      displayName: 'browser',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/browser'],
      testMatch: ['**/*.test.ts'],
      transform,
      transformIgnorePatterns,
      resolver: '<rootDir>/tests/resolver.js',
      moduleNameMapper,
    },
  ],
};
