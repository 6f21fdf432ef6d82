// `npm test`: the four tiers in order, cheapest first, stopping at the first that fails.
// VIGIE_TEST_TIERS (e.g. "database,browser") runs a subset: CI's second pass on the PostgreSQL server runs
// only the tiers that touch a database, since the core and front-end tests never open one.
import { spawnSync } from 'node:child_process';

const TIERS = { core: 'test:core', database: 'test:db', frontend: 'test:frontend', browser: 'test:browser' };
const wanted = (process.env.VIGIE_TEST_TIERS ?? Object.keys(TIERS).join(','))
  .split(',').map((tier) => tier.trim()).filter(Boolean);
const unknown = wanted.filter((tier) => !(tier in TIERS));
if (unknown.length) {
  console.error(`VIGIE_TEST_TIERS: unknown tier(s) ${unknown.join(', ')}; known: ${Object.keys(TIERS).join(', ')}`);
  process.exit(2);
}
for (const tier of Object.keys(TIERS).filter((name) => wanted.includes(name))) {
  const startedAt = Date.now();
  console.log(`\n--- npm test: ${tier} tier${process.env.DATABASE_URL ? ' (DATABASE_URL set: PostgreSQL server)' : ''} ---`);
  const { status } = spawnSync('npm', ['run', TIERS[tier]], { stdio: 'inherit' });
  console.log(`--- ${tier} tier: ${status === 0 ? 'passed' : 'FAILED'} in ${Math.round((Date.now() - startedAt) / 1000)} s ---`);
  if (status !== 0) process.exit(status ?? 1);
}
