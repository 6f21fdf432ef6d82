import type { DataSource } from 'typeorm';

/**
 * Copies of the demo's first camera spread over Fes (about 9 x 8 km), headings varied, until there
 * are `total` cameras: the large network of the map's performance test and paint benchmark.
 */
export async function fillWithCameras(dataSource: DataSource, total: number): Promise<number> {
  const existing = Number((await dataSource.query('SELECT count(*) AS n FROM camera'))[0].n);
  const count = total - existing;
  if (count > 0) {
    const columns: string[] = (await dataSource.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'camera' AND column_name NOT IN ('id', 'code', 'location', 'heading_degrees', 'pole_id', 'created_at', 'updated_at')`,
    )).map((row: { column_name: string }) => `"${row.column_name}"`);
    await dataSource.query(`
      INSERT INTO camera (${columns.join(', ')}, code, location, heading_degrees, pole_id)
      SELECT ${columns.map((column) => `c.${column}`).join(', ')}, 'PERF-' || g,
        ST_SetSRID(ST_MakePoint(-5.035 + 0.09 * ((g * 7919) % 10007) / 10007.0, 34.005 + 0.075 * ((g * 104729) % 9973) / 9973.0), 4326),
        (g * 37) % 360, NULL
      FROM generate_series(1, ${count}) AS g, (SELECT * FROM camera ORDER BY code LIMIT 1) AS c`);
  }
  return Number((await dataSource.query('SELECT count(*) AS n FROM camera'))[0].n);
}
