// Runs HiGHS (WebAssembly, single-threaded) off the bench's main thread on a placement MIP built by
// placement-exact.ts. First the LP relaxation: its optimum bounds the integer optimum from above
// whatever happens next (an optimiser at >= 99 % of it is at >= 99 % of the optimum). Then the MIP
// with a time limit (presolve on, the optimiser's choice as a starting incumbent); posts back the
// status, incumbent, the best proven bound (the smaller of the two) and the MIP's own gap.
const { parentPort, workerData } = require('node:worker_threads');
const loadHighs = require('highs');

(async () => {
  const highs = await loadHighs();
  const { model, start, timeLimitSeconds, lpSolver, skipLp, relativeGap } = workerData;
  const rowLower = Float64Array.from(model.rowLower, (value) => (value === -Infinity ? -highs.infinity : value));
  const maximize = highs.constants.objectiveSense.maximize;

  const lpStartedAt = Date.now();
  let lpBound = Infinity;
  // The decomposed bound (placement-components.ts) solves many small MIPs and needs no LP bound of its own.
  const relaxed = skipLp ? undefined : highs.createModel({ ...model, integrality: undefined, rowLower, sense: maximize });
  if (relaxed) try {
    // Interior point by default: on the Fès demo's 45,000 columns the dual simplex did not end in 120 s.
    relaxed.options.set({ output_flag: false, time_limit: timeLimitSeconds, solver: lpSolver ?? 'ipm' });
    relaxed.run();
    if (relaxed.getModelStatus() === highs.constants.modelStatus.optimal) lpBound = relaxed.getObjectiveValue();
  } finally {
    relaxed.dispose();
  }
  const boundSeconds = (Date.now() - lpStartedAt) / 1000;

  const startedAt = Date.now();
  const instance = highs.createModel({ ...model, rowLower, sense: maximize });
  try {
    instance.options.set({ output_flag: false, time_limit: timeLimitSeconds, mip_rel_gap: relativeGap ?? 1e-6, presolve: 'on' });
    if (start) instance.setSolution({ colValue: start });
    instance.run();
    const status = instance.getModelStatus();
    const statusName = Object.keys(highs.constants.modelStatus).find((name) => highs.constants.modelStatus[name] === status) ?? String(status);
    const read = (name) => {
      try {
        const value = Number(instance.info.get(name));
        return Number.isFinite(value) && Math.abs(value) < 1e30 ? value : NaN;
      } catch {
        return NaN;
      }
    };
    const mipBound = read('mip_dual_bound');
    const mipGap = read('mip_gap');
    const objective = instance.getObjectiveValue();
    // The incumbent's integer columns set to 1 (candidates, then mounts), so callers can price it.
    const chosen = [];
    try {
      const { colValue } = instance.getSolution();
      for (let column = 0; column < colValue.length; column++) if (model.integrality[column] === 1 && colValue[column] > 0.5) chosen.push(column);
    } catch {
      // No solution to read (infeasible or stopped before one): nothing chosen.
    }
    const seconds = (Date.now() - startedAt) / 1000;
    const useMip = Number.isFinite(mipBound) && mipBound <= lpBound;
    const bound = useMip ? mipBound : lpBound;
    const boundKind = useMip ? 'MIP dual bound' : 'LP relaxation';
    parentPort.postMessage({ status: statusName, objective, bound, boundKind, seconds, boundSeconds, lpBound, mipBound, mipGap, chosen });
  } finally {
    instance.dispose();
  }
})().catch((error) => parentPort.postMessage({ error: String(error && error.stack ? error.stack : error) }));
