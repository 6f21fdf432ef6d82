import type { TestApp } from '../support/test-app';

/**
 * Polls a placement run until it has ended (neither loading nor running), with the caller's query
 * (variables `$id`, the run aliased `run`), every 100 ms; fails after 120 s.
 */
export async function pollRunToEnd(app: TestApp, query: string, id: string): Promise<any> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const { run } = await app.ok(query, { id });
    if (!['loading', 'running'].includes(run.state)) return run;
    if (Date.now() > deadline) throw new Error(`run still ${run.state}${run.progressFraction === undefined ? '' : ` at ${run.progressFraction}`}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
