// Small timing helpers shared by the benchmarks: best-of-N wall time, so that a slow outlier
// (GC, the other core busy) does not decide a ratio.
export function bestOf(runs, task) {
  let best = Number.POSITIVE_INFINITY;
  let result;
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    result = task();
    best = Math.min(best, performance.now() - start);
  }
  return { ms: best, result };
}

export function formatRow(label, ms, peerMs) {
  const ratio = peerMs / ms;
  return `${label.padEnd(44)} ${ms.toFixed(2).padStart(10)} ms   peer ${peerMs.toFixed(2).padStart(10)} ms   ${ratio >= 1 ? `${ratio.toFixed(2)}x faster` : `${(1 / ratio).toFixed(2)}x slower`}`;
}

// The same for an async task (a DuckDB query): best-of-N wall time of the awaited task.
export async function bestOfAsync(runs, task) {
  let best = Number.POSITIVE_INFINITY;
  let result;
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    result = await task();
    best = Math.min(best, performance.now() - start);
  }
  return { ms: best, result };
}
