import 'reflect-metadata';
import { createInterface } from 'node:readline/promises';
import { loadConfig } from '../config/vigie-config';
import { openVigieDatabase } from '../database/vigie-database';
import { normaliseEmail } from './user-accounts';
import { User } from './user.entity';
import { createAccount, updateAccount } from './user-accounts';

/**
 * Creates an administrator, or with --reset makes an existing account an enabled administrator with
 * a new password. Runs on the configured database (DATABASE_URL, else the embedded one: stop Vigie
 * first, the embedded database has one user at a time). No Nest here (tsx emits no decorator
 * metadata): the DataSource and the account functions directly.
 *
 *   npx tsx backend/src/users/create-admin-cli.ts --email admin@city.ma --name "Admin" [--reset]
 *   password: VIGIE_ADMIN_PASSWORD, else asked on the terminal (never an argument: shell history).
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 ? args[index + 1] : undefined;
  };
  const email = option('email');
  if (!email) throw new Error('usage: create-admin-cli --email <email> [--name <name>] [--reset]');
  const name = option('name') ?? 'Administrator';
  const reset = args.includes('--reset');
  const password = process.env.VIGIE_ADMIN_PASSWORD || (await ask('Password for the administrator: '));
  const database = await openVigieDatabase(loadConfig());
  try {
    const outcome = await database.dataSource.transaction(async (manager) => {
      const existing = await manager.findOne(User, { where: { email: normaliseEmail(email) } });
      if (!existing) {
        await createAccount(manager, { email, name, role: 'admin', password });
        return 'created';
      }
      if (!reset) throw new Error(`${existing.email} already exists; add --reset to make it an enabled administrator with this password.`);
      await updateAccount(manager, { id: existing.id, version: existing.version, role: 'admin', disabled: false, password });
      return 'reset';
    });
    console.log(`Administrator ${normaliseEmail(email)} ${outcome} (${database.mode} database).`);
  } finally {
    await database.close();
  }
}

async function ask(question: string): Promise<string> {
  if (!process.stdin.isTTY) throw new Error('Set VIGIE_ADMIN_PASSWORD or run in a terminal to type the password.');
  const terminal = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  try {
    return await terminal.question(question);
  } finally {
    terminal.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
