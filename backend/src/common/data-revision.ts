import type { DataSource } from 'typeorm';

/**
 * Data sets whose revision the database keeps in data_revision (see the migration that made it): a
 * statement trigger on each of their tables moves it, in the changing transaction, to a value never
 * used before. 'street': the street table; 'network': nodes, poles, cameras, camera models, fiber runs,
 * power sources and feeds; 'coverage': black spots, zones, stored camera coverage and cameras (what the
 * black-spot analyses read); 'maintenance': faults and what the fault figures read; 'installation': the
 * assets, status steps, work packages and what live coverage reads (installation progress).
 */
export type DataRevisionName = 'street' | 'network' | 'coverage' | 'maintenance' | 'installation';

export interface RevisionedValue<T> {
  value: T;
  /** The revision the value was built from; null when the revision row is missing (nothing is kept then). */
  revision: string | null;
  /** True when a value built earlier for this revision was returned. */
  cached: boolean;
}

/**
 * Values built from the database and kept while their data set's revision does not move: each get()
 * reads that one row, and builds again only when it moved. Several instances serving one database each
 * check it, so none ever answers from data another one has changed. The revision is read before the
 * data, so a value is never filed under a revision newer than its content; revisions only grow, so a
 * slow build of an older revision never replaces a newer value. Concurrent gets of one revision share
 * one build.
 */
export class RevisionedCache<T> {
  private readonly entries = new Map<string, { revision: string; value: T }>();
  private readonly pending = new Map<string, { revision: string; promise: Promise<T> }>();
  private nextRead: Promise<string | null> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly name: DataRevisionName,
  ) {}

  async get(key: string, build: () => Promise<T>): Promise<RevisionedValue<T>> {
    const revision = await this.currentRevision();
    if (revision === null) return { value: await build(), revision, cached: false };
    const entry = this.entries.get(key);
    if (entry && entry.revision === revision) return { value: entry.value, revision, cached: true };
    const running = this.pending.get(key);
    if (running && running.revision === revision) return { value: await running.promise, revision, cached: true };
    const promise = build();
    this.pending.set(key, { revision, promise });
    try {
      const value = await promise;
      const current = this.entries.get(key);
      if (!current || BigInt(revision) > BigInt(current.revision)) this.entries.set(key, { revision, value });
      return { value, revision, cached: false };
    } finally {
      if (this.pending.get(key)?.promise === promise) this.pending.delete(key);
    }
  }

  /** Forgets every value (the next get() builds again). */
  clear(): void {
    this.entries.clear();
  }

  /**
   * The revision now. Callers that ask within one turn of the event loop share one read (under load,
   * one query instead of one per request), which starts only after all of them asked: a read already
   * on its way could predate a write that a caller has just seen committed.
   */
  private currentRevision(): Promise<string | null> {
    if (!this.nextRead) {
      this.nextRead = new Promise((resolve, reject) => {
        setImmediate(() => {
          this.nextRead = null;
          this.readRevision().then(resolve, reject);
        });
      });
    }
    return this.nextRead;
  }

  private async readRevision(): Promise<string | null> {
    const [row] = await this.dataSource.manager.query(`SELECT revision::text AS revision FROM data_revision WHERE name = $1`, [this.name]);
    return row ? (row.revision as string) : null;
  }
}
