/**
 * The optimiser through the API on the Fès demo, as an engineer runs it from the Optimiser tab: all
 * black spots, 500,000 MAD by day and by night, 1,000,000 MAD with new poles allowed. For each: cameras
 * proposed, cost, black-spot area covered at the required level before and after (plain and
 * priority-weighted), candidate mounts and cameras, and where the time went (problem and coverage,
 * optimisation). Reference in the same run: the design's bill of quantities, asked once.
 * Run with `npm run bench -- placement-app` (the server when DATABASE_URL is set).
 */
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import type { INestApplication } from '@nestjs/common';
import { createVigieApp } from '../../backend/src/bootstrap';
import { createTestDatabase, databaseMode } from '../support/test-database';
import { signedInEngineer } from './bench-client';

const RUN = `query($id: ID!) { placementRun(id: $id) { state error result {
  spentMad candidateMounts candidates objectiveBefore objectiveAfter objectiveTotal coverageMilliseconds optimiseMilliseconds
  proposals { index } blackSpots { areaSquareMeters coveredFractionBefore coveredFractionAfter } } } }`;

interface RunResult {
  spentMad: number;
  candidateMounts: number;
  candidates: number;
  objectiveBefore: number;
  objectiveAfter: number;
  objectiveTotal: number;
  coverageMilliseconds: number;
  optimiseMilliseconds: number;
  proposals: unknown[];
  blackSpots: { areaSquareMeters: number; coveredFractionBefore: number; coveredFractionAfter: number }[];
}

const percent = (value: number) => `${(100 * value).toFixed(1)} %`;

export async function runPlacementAppBenchmarks(log: (line: string) => void): Promise<void> {
  log('## The optimiser through the API (Fès demo, all black spots)');
  const database = await createTestDatabase({ seedDemoWhenEmpty: true, production: true, jwtSecret: randomBytes(32).toString('hex'), requestTimeoutMs: 60_000 });
  let app: INestApplication | undefined;
  try {
    app = await createVigieApp(database.config);
    const graphql = await signedInEngineer(app, 'bench-placement@vigie.local');
    const billStarted = performance.now();
    const { billOfQuantities: bill } = await graphql<{ billOfQuantities: { remainingBeforeTaxMad: number; usedFraction: number } }>('{ billOfQuantities { remainingBeforeTaxMad usedFraction } }');
    log(
      `${databaseMode()} PostGIS; the design's bill uses ${percent(bill.usedFraction)} of the tender budget: ` +
        `${bill.remainingBeforeTaxMad > 0 ? `${bill.remainingBeforeTaxMad.toFixed(0)} MAD left` : 'nothing left, so the runs below have budgets of their own'} ` +
        `(reference: billOfQuantities ${(performance.now() - billStarted).toFixed(0)} ms)`,
    );
    const leftRun = bill.remainingBeforeTaxMad >= 10_000 ? [[`the budget left, ${bill.remainingBeforeTaxMad.toFixed(0)} MAD`, { budgetMad: bill.remainingBeforeTaxMad }] as const] : [];
    for (const [label, input] of [
      ...leftRun,
      ['500,000 MAD by day', { budgetMad: 500_000 }],
      ['500,000 MAD by night', { budgetMad: 500_000, night: true }],
      ['1,000,000 MAD, new poles allowed', { budgetMad: 1_000_000, allowNewPoles: true }],
    ] as const) {
      const startedAt = performance.now();
      const { startPlacementRun } = await graphql<{ startPlacementRun: { id: string } }>('mutation($input: PlacementRunInput!) { startPlacementRun(input: $input) { id } }', { input });
      let run: { state: string; error: string | null; result: RunResult | null };
      for (;;) {
        ({ placementRun: run } = await graphql<{ placementRun: typeof run }>(RUN, { id: startPlacementRun.id }));
        if (run.state !== 'loading' && run.state !== 'running') break;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      const seconds = (performance.now() - startedAt) / 1000;
      const result = run.result;
      if (!result) {
        log(`${label}: run ${run.state} (${run.error ?? 'no result'})`);
        continue;
      }
      const area = result.blackSpots.reduce((sum, spot) => sum + spot.areaSquareMeters, 0);
      const covered = (field: 'coveredFractionBefore' | 'coveredFractionAfter') => result.blackSpots.reduce((sum, spot) => sum + spot.areaSquareMeters * spot[field], 0) / area;
      log(
        `${label}: ${result.proposals.length} cameras for ${result.spentMad.toFixed(0)} MAD; area covered at the required level ` +
          `${percent(covered('coveredFractionBefore'))} -> ${percent(covered('coveredFractionAfter'))} ` +
          `(priority-weighted ${percent(result.objectiveBefore / result.objectiveTotal)} -> ${percent(result.objectiveAfter / result.objectiveTotal)}); ` +
          `${result.candidateMounts} mounts, ${result.candidates} candidates; ${seconds.toFixed(1)} s (coverage ${(result.coverageMilliseconds / 1000).toFixed(1)} s, ` +
          `optimisation ${(result.optimiseMilliseconds / 1000).toFixed(1)} s), load ${loadavg()[0].toFixed(1)}`,
      );
    }
  } finally {
    await app?.close();
    await database.dispose();
  }
}
