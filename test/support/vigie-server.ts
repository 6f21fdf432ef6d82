import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { createVigieApp } from '../../backend/src/bootstrap';
import type { VigieConfig } from '../../backend/src/config/vigie-config';
import { createTestDatabase } from './test-database';

/** The whole Vigie (API + built map) listening on a free port, on a fresh database. */
export async function startVigie(
  options: { seedDemo?: boolean; config?: Partial<VigieConfig> } = {},
): Promise<{ baseUrl: string; app: INestApplication; stop(): Promise<void> }> {
  // The demo's accounts are seeded with it; anonymous visitors may read, as on a development machine.
  const database = await createTestDatabase({ seedDemoWhenEmpty: options.seedDemo ?? true, allowAnonymousRead: true, demoAccounts: true, ...options.config });
  const app = await createVigieApp(database.config);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    app,
    async stop() {
      await app.close();
      await database.dispose();
    },
  };
}
