// tsconfig.jest.json sets isolatedModules: ts-jest transpiles file by file (fast); scripts/test.js
// builds and type-checks the whole tree before the tests run.
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.jest.json' }];
const common = {
  rootDir: '.',
  moduleFileExtensions: ['ts', 'js', 'json'],
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': tsJest,
    // meilisearch ships ESM only: compile it to CommonJS for Jest's module system.
    '^.+/node_modules/meilisearch/.+\\.js$': [
      'ts-jest',
      { tsconfig: { allowJs: true, module: 'commonjs', isolatedModules: true } },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!meilisearch/)'],
};

/**
 * unit: pure code beside its source (src/**\/*.spec.ts), no database.
 * e2e: test/**\/*.spec.ts against a real PostgreSQL; the global setup migrates a template
 * database once and every test file clones its own copy (see test/setup/).
 */
module.exports = {
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.spec.ts'],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
    },
  ],
};
