/**
 * Deterministic pseudo-random numbers in [0, 1) (mulberry32): the demo's generated histories and the
 * test scenes repeat exactly from one run to the next. One copy for the demo seed, core tests and
 * test support.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}
