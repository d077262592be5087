// File to answer: a GA4 export on disk to a funnel, a stage funnel and a conformance report, for
// NDJSON, NDJSON.gz and Parquet, journeykit against DuckDB alone, 2 DuckDB threads each, every
// run in a process of its own (bench/file-to-answer-run.mjs) for its peak memory:
// - journeykit: readGa4Log (@journeykit/duckdb: DuckDB reads, { params: [] }) into an EventLog,
//   then funnel, stageFunnel and conformance in memory;
// - DuckDB alone: the same file read by DuckDB (read_json with the export columns the queries
//   need, or read_parquet) and the same three analyses in SQL (toSql, rows through fromSqlRows),
//   two ways: over a table loaded once, and over a view (each query reads the file; the quicker
//   way to one answer). DuckDB's figure is the quicker of the two.
// Every run's three answers must equal journeykit's. Two exports: about 1 GB from
// bench/interleaved-generator.mjs (users interleaved row by row, null fields left out) and
// bench/generator.mjs's export of 9000 customers (about 300 MB, each customer's rows together).
// Targets (issue 14): file to funnel at least 1.5x faster than DuckDB alone; the three analyses
// together faster than DuckDB alone; peak memory no more than 1.5x DuckDB's.
// BENCH_FILE_MB (default 1024) sizes the interleaved export; generator.mjs's customers scale
// with it (9000 at 1024). BENCH_FILE_RUNS (default 3): runs of each side, best time kept.
// Files are made once and kept in the temp folder (bench/file-to-answer-exports.mjs).
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { ANALYSES } from "./file-to-answer-analyses.mjs";
import { exportFormats, generatorExport, interleavedExport } from "./file-to-answer-exports.mjs";

const megabytes = Number(process.env.BENCH_FILE_MB ?? 1024);
const runs = Number(process.env.BENCH_FILE_RUNS ?? 3);
const seed = Number(process.env.BENCH_FILE_SEED ?? 1);
const customers = Math.max(100, Math.round((9000 * megabytes) / 1024));
const RUNNER = fileURLToPath(new URL("./file-to-answer-run.mjs", import.meta.url));
const SIDES = ["journeykit", "duckdb-table", "duckdb-view"];

const run = (path, side) =>
  JSON.parse(execFileSync(process.execPath, [RUNNER, path, side], { encoding: "utf8", maxBuffer: 1 << 28 }));

/** Each side's runs, taken in turn so that a slow spell of the machine hits every side alike. */
function measure(path) {
  const bySide = Object.fromEntries(SIDES.map((side) => [side, []]));
  for (let k = 0; k < runs; k += 1) for (const side of SIDES) bySide[side].push(run(path, side));
  const answer = bySide.journeykit[0].results;
  for (const side of SIDES) {
    for (const result of bySide[side]) {
      for (const { label } of ANALYSES) {
        if (result.results[label] !== answer[label]) {
          throw new Error(
            `${path}: ${label} of ${side} differs from journeykit's:\n${result.results[label]}\n${answer[label]}`,
          );
        }
      }
    }
  }
  const best = (side, step) => Math.min(...bySide[side].map((result) => result.done[step]));
  const peak = (side) => Math.min(...bySide[side].map((result) => result.peakRssBytes));
  return { runs: bySide, best, peak, answer, events: bySide.journeykit[0].events };
}

const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes) => `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`;
const faster = (ours, peer) =>
  ours <= peer
    ? `journeykit ${(peer / ours).toFixed(2)}x faster`
    : `journeykit ${(ours / peer).toFixed(2)}x slower`;

function report(format, file, ndjsonBytes, m) {
  const rate = (ms) => `${(ndjsonBytes / 1e6 / (ms / 1000)).toFixed(0)} MB/s`;
  const duck = (step) => Math.min(m.best("duckdb-table", step), m.best("duckdb-view", step));
  const line = (label, step) => {
    const ours = m.best("journeykit", step);
    return (
      `  ${label.padEnd(18)} journeykit ${s(ours).padStart(8)}   DuckDB alone ${s(duck(step)).padStart(8)} ` +
      `(table ${s(m.best("duckdb-table", step))}, view ${s(m.best("duckdb-view", step))})   ${faster(ours, duck(step))}   ` +
      `(${rate(ours)} vs ${rate(duck(step))} of NDJSON)`
    );
  };
  const ours = m.peak("journeykit");
  const ratio = (peer) => (ours / m.peak(peer)).toFixed(2);
  console.log(`${format} (${mb(file.bytes)} on disk):`);
  console.log(line("file -> funnel", "funnel"));
  console.log(line("file -> all three", "conformance"));
  // Where the time goes: the read (readGa4Log; DuckDB's table load) and the three analyses after it.
  const analyses = (side) =>
    Math.min(...m.runs[side].map((result) => result.done.conformance - result.done.read));
  console.log(
    `  of which           read: journeykit ${s(m.best("journeykit", "read"))}, DuckDB table load ${s(m.best("duckdb-table", "read"))}; ` +
      `the three analyses after it: journeykit ${s(analyses("journeykit"))}, DuckDB on its table ${s(analyses("duckdb-table"))}`,
  );
  console.log(
    `  peak RSS           journeykit ${mb(ours)}   DuckDB alone: table ${mb(m.peak("duckdb-table"))} (${ratio("duckdb-table")}x), ` +
      `view ${mb(m.peak("duckdb-view"))} (${ratio("duckdb-view")}x)`,
  );
}

async function bench(label, ndjson) {
  const files = await exportFormats(ndjson);
  const ndjsonBytes = files[0].bytes;
  console.log(`\n${label}: ${mb(ndjsonBytes)} of NDJSON (${ndjson}), best of ${runs} runs, 2 threads each`);
  let first;
  for (const file of files) {
    const measured = measure(file.path);
    if (first === undefined) {
      first = measured;
      const steps = JSON.parse(measured.answer.funnel).steps.map((step) => step.count);
      console.log(
        `${measured.events} events; funnel ${steps.join(" > ")}; the three answers identical on every side`,
      );
    } else if (JSON.stringify(measured.answer) !== JSON.stringify(first.answer)) {
      throw new Error(`${file.path}: the ${file.format} copy gives other answers than the NDJSON file`);
    }
    report(file.format, file, ndjsonBytes, measured);
  }
}

await bench(`interleaved-generator.mjs (seed ${seed})`, await interleavedExport(megabytes, seed));
await bench(`generator.mjs (${customers} customers, seed 5)`, await generatorExport(customers, 5));
