/**
 * One jest run for the whole monorepo. NestJS 12 ships ES modules only, so @swc/jest compiles them
 * (and our TypeScript) to CommonJS; tests import libraries from their sources, no build needed.
 * Naming: `*.spec.ts` unit, `*.int.spec.ts` integration (real Postgres and NATS), `*.e2e.spec.ts`
 * end to end (the whole system started and driven through the gateway), `*.chaos.spec.ts` the
 * chaos run (`npm run test:chaos`: the built system under load while processes and servers fail),
 * `*.cluster.spec.ts` the cluster run (`npm run test:cluster`: the built system on a three-node
 * NATS cluster while its servers die).
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const libs = ['contracts', 'bus', 'persistence', 'config', 'observability', 'platform', 'service-core', 'testing'];
/** Services and the gateway are imported by their package name only, which is their app definition. */
const apps = {
  catalog: 'services/catalog',
  challenges: 'services/challenges',
  grading: 'services/grading',
  profiles: 'services/profiles',
  jobs: 'services/jobs',
  gateway: 'gateway',
};

const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)s$': swc },
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|@fastify|file-type|strtok3|token-types|uint8array-extras|content-disposition|mercurius|quick-lru|cookie|jose)/)',
  ],
  moduleNameMapper: Object.fromEntries([
    ...libs.map((lib) => [`^@skillproof/${lib}$`, `<rootDir>/libs/${lib}/src`]),
    ...Object.entries(apps).map(([name, folder]) => [
      `^@skillproof/${name}$`,
      `<rootDir>/${folder}/src/app.definition`,
    ]),
  ]),
  roots: ['<rootDir>/libs', '<rootDir>/services', '<rootDir>/gateway', '<rootDir>/test', '<rootDir>/deploy'],
  modulePathIgnorePatterns: ['<rootDir>/.*/dist/'],
};

module.exports = {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['**/*.spec.ts'],
      testPathIgnorePatterns: [
        '\\.int\\.spec\\.ts$',
        '\\.e2e\\.spec\\.ts$',
        '\\.chaos\\.spec\\.ts$',
        '\\.cluster\\.spec\\.ts$',
      ],
    },
    { ...shared, displayName: 'integration', testMatch: ['**/*.int.spec.ts'] },
    { ...shared, displayName: 'e2e', testMatch: ['**/*.e2e.spec.ts'] },
    { ...shared, displayName: 'chaos', testMatch: ['**/*.chaos.spec.ts'] },
    { ...shared, displayName: 'cluster', testMatch: ['**/*.cluster.spec.ts'] },
  ],
  testTimeout: 60_000,
  // A failed test may leave a connection open; the run must still end and report, never hang CI.
  forceExit: true,
};
