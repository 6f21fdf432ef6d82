// A process that writes to an embedded database until it is killed (durability test): one committed
// row per "committed" line on stdout.
import { Client } from 'pg';
import { startEmbeddedPostgis } from '../../backend/src/database/embedded-postgis';

async function main(): Promise<void> {
  const embedded = await startEmbeddedPostgis({ dataDir: process.argv[2] });
  const client = new Client({ connectionString: embedded.url });
  await client.connect();
  await client.query('CREATE TABLE IF NOT EXISTS durability_probe (id serial PRIMARY KEY, written_at timestamptz DEFAULT now())');
  for (let index = 1; ; index++) {
    await client.query('INSERT INTO durability_probe DEFAULT VALUES');
    console.log(`committed ${index}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
