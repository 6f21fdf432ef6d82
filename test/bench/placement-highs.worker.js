// Runs HiGHS (WebAssembly, single-threaded) off the bench's main thread on a placement MIP built by
// placement-exact.ts; posts back the status, incumbent objective, proven bound and solve time.
const { parentPort, workerData } = require('node:worker_threads');
const loadHighs = require('highs');

(async () => {
  const highs = await loadHighs();
  const { model, start, timeLimitSeconds } = workerData;
  const startedAt = Date.now();
  const rowLower = Float64Array.from(model.rowLower, (value) => (value === -Infinity ? -highs.infinity : value));
  const instance = highs.createModel({ ...model, rowLower, sense: highs.constants.objectiveSense.maximize });
  try {
    instance.options.set({ output_flag: false, time_limit: timeLimitSeconds, mip_rel_gap: 1e-6 });
    if (start) instance.setSolution({ colValue: start });
    instance.run();
    const status = instance.getModelStatus();
    const statusName = Object.keys(highs.constants.modelStatus).find((name) => highs.constants.modelStatus[name] === status) ?? String(status);
    let bound = NaN;
    try {
      bound = Number(instance.info.get('mip_dual_bound'));
    } catch {
      bound = NaN;
    }
    parentPort.postMessage({ status: statusName, objective: instance.getObjectiveValue(), bound, seconds: (Date.now() - startedAt) / 1000 });
  } finally {
    instance.dispose();
  }
})().catch((error) => parentPort.postMessage({ error: String(error && error.stack ? error.stack : error) }));
