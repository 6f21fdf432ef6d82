import 'reflect-metadata';
import { loadConfig } from '../config/vigie-config';
import { openVigieDatabase } from '../database/vigie-database';
import { seedFesDemo } from './demo-seeder';

/** npm run seed: loads the Fès demo into the configured database (embedded or DATABASE_URL) if it is empty. */
async function main(): Promise<void> {
  const database = await openVigieDatabase(loadConfig());
  try {
    const summary = await seedFesDemo(database.dataSource);
    console.log(
      summary.seeded
        ? `Loaded the Fès demo (${database.mode}): ${Object.entries(summary.counts).map(([table, count]) => `${count} ${table}`).join(', ')}`
        : 'The database already holds data: nothing loaded. Use an empty database (or VIGIE_DATA_DIR) for the demo.',
    );
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
