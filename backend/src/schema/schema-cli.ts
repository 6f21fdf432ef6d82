import { readFileSync, writeFileSync } from 'node:fs';
import { SCHEMA_FILE } from './schema-paths';
import { printSchemaFromCode } from './schema-sdl';

/**
 * npm run schema:print   writes schema.gql (the API contract) from the code
 * npm run schema:check   fails when the committed schema.gql differs from what the code declares
 * No database is opened: the schema comes from the decorators alone.
 */
async function main(): Promise<void> {
  const command = process.argv[2];
  const printed = await printSchemaFromCode();
  if (command === 'print') {
    writeFileSync(SCHEMA_FILE, printed);
    console.log(`Wrote ${SCHEMA_FILE} (${printed.split('\n').length} lines).`);
    return;
  }
  if (command !== 'check') throw new Error('usage: schema-cli print | check');
  let committed = '';
  try {
    committed = readFileSync(SCHEMA_FILE, 'utf8');
  } catch {
    // Missing: reported as a difference below.
  }
  if (committed !== printed) {
    console.error(`${SCHEMA_FILE} differs from the schema the code declares: run \`npm run codegen\` (schema:print, then the front end's types) and commit both.`);
    process.exit(1);
  }
  console.log(`schema.gql matches the code (${printed.split('\n').length} lines).`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
