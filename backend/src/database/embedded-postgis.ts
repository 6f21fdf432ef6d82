import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite' with { 'resolution-mode': 'import' };

/**
 * Real PostGIS in-process: PGlite with its PostGIS extension, served over the Postgres wire protocol
 * so that TypeORM uses its ordinary `pg` driver, exactly as against a server.
 * One connection only (pool 1, socket maxConnections 1): larger pools were measured to corrupt
 * sessions (ECONNRESET, lost prepared statements, transactions committed that should roll back).
 */
export interface EmbeddedPostgis {
  /** A `postgres://` URL for the pg driver. */
  url: string;
  db: PGlite;
  close(): Promise<void>;
}

export interface EmbeddedPostgisOptions {
  /** Directory holding the data; undefined keeps everything in memory. */
  dataDir?: string;
  /** Start from a dumped data directory (in-memory only), e.g. a migrated test template. */
  template?: Blob;
}

export async function startEmbeddedPostgis(options: EmbeddedPostgisOptions): Promise<EmbeddedPostgis> {
  const release = options.dataDir ? lockDataDir(options.dataDir) : () => undefined;
  try {
    // PGlite and its extensions are loaded lazily: server deployments never pay for them.
    const { PGlite } = await import('@electric-sql/pglite');
    const { postgis } = await import('@electric-sql/pglite-postgis');
    const { pgcrypto } = await import('@electric-sql/pglite/contrib/pgcrypto');
    const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
    const db = await PGlite.create({
      dataDir: options.dataDir,
      loadDataDir: options.template,
      extensions: { postgis, pgcrypto },
    });
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
    await server.start();
    const [host, port] = server.getServerConn().split(':');
    let closed = false;
    return {
      url: `postgres://postgres@${host}:${port}/postgres`,
      db,
      async close() {
        if (closed) return;
        closed = true;
        await server.stop();
        await db.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/**
 * PGlite does not lock its data directory and a second process would corrupt it: take an exclusive
 * lock file holding our pid. A lock left by a dead process (kill -9) is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = join(dataDir, '..', `${dataDir.split(/[\\/]/).pop()}.lock`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
      if (Number.isFinite(holder) && holder !== process.pid && isAlive(holder)) {
        throw new Error(
          `The embedded database at ${dataDir} is in use by process ${holder}. ` +
            'Stop that Vigie first, or set VIGIE_DATA_DIR to another directory.',
        );
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
