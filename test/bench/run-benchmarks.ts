/**
 * npm run bench: every speed goal of Vigie, measured in one run beside references computed in the
 * same run on the same data (ratios, not absolute numbers, are what compare across machines).
 * Run through @swc-node/register so that Nest gets its decorator metadata in the API benchmarks.
 * Pick sections with `npm run bench -- coverage network` (default: all).
 */
import 'reflect-metadata';
import { cpus, totalmem } from 'node:os';
import { runCoverageBenchmarks } from './coverage.bench';
import { runCoverageEditBenchmarks } from './coverage-edit.bench';
import { runNetworkBenchmarks } from './network.bench';
import { runNetworkApiBenchmarks } from './network-api.bench';
import { runReadLoadBenchmarks } from './read-load.bench';
import { runLiveBenchmarks } from './live.bench';
import { runPlacementBenchmarks } from './placement.bench';
import { runPlacementAppBenchmarks } from './placement-app.bench';
import { runImportBenchmarks } from './import.bench';
import { runNightBenchmarks } from './night.bench';
import { runMapPaintBenchmarks } from './map-paint.bench';

type Section = { name: string; run: (log: (line: string) => void) => Promise<void> };

const sections: Section[] = [
  { name: 'coverage', run: runCoverageBenchmarks },
  { name: 'coverage-edit', run: runCoverageEditBenchmarks },
  { name: 'network', run: runNetworkBenchmarks },
  { name: 'network-api', run: runNetworkApiBenchmarks },
  { name: 'read-load', run: runReadLoadBenchmarks },
  { name: 'live', run: runLiveBenchmarks },
  { name: 'placement', run: runPlacementBenchmarks },
  { name: 'placement-app', run: runPlacementAppBenchmarks },
  { name: 'import', run: runImportBenchmarks },
  { name: 'night', run: runNightBenchmarks },
  { name: 'map-paint', run: runMapPaintBenchmarks },
];

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const log = (line: string) => console.log(line);
  log(`Vigie benchmarks — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
  log(`database for API benchmarks: ${process.env.DATABASE_URL ? 'PostgreSQL server (DATABASE_URL)' : 'embedded PostGIS (PGlite)'}`);
  for (const section of sections) {
    if (wanted.length && !wanted.includes(section.name)) continue;
    log(`\n=== ${section.name} ===`);
    const startedAt = Date.now();
    await section.run(log);
    log(`(${section.name}: ${((Date.now() - startedAt) / 1000).toFixed(1)} s)`);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
