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
    let boundKind = 'MIP dual bound';
    const objective = instance.getObjectiveValue();
    const seconds = (Date.now() - startedAt) / 1000;
    if (!Number.isFinite(bound)) {
      // No MIP bound within the limit (root not finished): the LP relaxation's optimum bounds the optimum too.
      const relaxed = highs.createModel({ ...model, integrality: undefined, rowLower, sense: highs.constants.objectiveSense.maximize });
      try {
        relaxed.options.set({ output_flag: false, time_limit: timeLimitSeconds });
        relaxed.run();
        if (relaxed.getModelStatus() === highs.constants.modelStatus.optimal) {
          bound = relaxed.getObjectiveValue();
          boundKind = 'LP relaxation';
        }
      } finally {
        relaxed.dispose();
      }
    }
    parentPort.postMessage({ status: statusName, objective, bound, boundKind, seconds, boundSeconds: (Date.now() - startedAt) / 1000 - seconds });
  } finally {
    instance.dispose();
  }
})().catch((error) => parentPort.postMessage({ error: String(error && error.stack ? error.stack : error) }));
