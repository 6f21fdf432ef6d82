import { loadConfig } from './config/vigie-config';
import { createVigieApp } from './bootstrap';

async function main(): Promise<void> {
  const startedAt = Date.now();
  const config = loadConfig();
  const app = await createVigieApp(config);
  await app.listen(config.port, '0.0.0.0');
  const where = config.databaseUrl ? 'PostgreSQL server (DATABASE_URL)' : `embedded PostGIS in ${config.embeddedDataDir}`;
  console.log(`Vigie is ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s on ${where}`);
  console.log(`  map:     http://localhost:${config.port}/`);
  console.log(`  GraphQL: http://localhost:${config.port}/graphql`);
  // Our own signal handling rather than Nest's shutdown hooks, which re-raise the signal before an
  // embedded PGlite has finished closing: close everything, then exit.
  let closing = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (closing) return;
      closing = true;
      console.log(`${signal}: closing Vigie...`);
      app.close().then(
        () => process.exit(0),
        (error) => {
          console.error(error);
          process.exit(1);
        },
      );
    });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
