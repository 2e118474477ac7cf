/** One jest run for every workspace; each project is a workspace (the tab's browser tests are their own). */
const swc = [
  '@swc/jest',
  {
    jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' },
    module: { type: 'commonjs' },
  },
];
const moduleNameMapper = {
  '^@elan/core/(.*)$': '<rootDir>/../core/src/$1',
  '^@elan/bot/(.*)$': '<rootDir>/../bot/src/$1',
  // adaptivecards' main entry is untranspiled ESM; its UMD bundle loads in Node.
  '^adaptivecards$': '<rootDir>/../node_modules/adaptivecards/dist/adaptivecards.js',
};
const project = (name, extra = {}) => ({
  displayName: name,
  rootDir: `<rootDir>/${name === 'e2e' ? 'tab' : name}`,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper,
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  // jose (used by jwks-rsa) ships ESM only; Node loads it, jest needs it transformed to CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  ...extra,
});
module.exports = {
  rootDir: __dirname,
  // Global only (jest ignores it per project): integration tests talk to real Azurite and Chromium.
  // Browser tests set longer timeouts where they need them.
  testTimeout: 30_000,
  projects: [
    project('core'),
    project('bot'),
    project('api'),
    project('tab', { testPathIgnorePatterns: ['/node_modules/', '/dist/', '/e2e/'] }),
    project('e2e', { testMatch: ['<rootDir>/e2e/**/*.test.ts'] }),
    project('deploy', { rootDir: '<rootDir>/deploy' }),
  ],
};
