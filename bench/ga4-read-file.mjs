// Reads one GA4 export file in a process of its own, so that its peak memory is the read's alone,
// and prints what it saw as JSON: `node bench/ga4-read-file.mjs <file> <reader>`, where reader is
// - "journeykit": readGa4Export over a file stream, counting events;
// - "json-parse": JSON.parse per line, streaming, counting rows;
// - "journeykit-funnel": readLog(ga4Adapter, ...) (the export's batches straight into an EventLog)
//   over a file stream, then funnel() with the bench steps;
// - "journeykit-funnel-threads": readGa4ExportFileLog with { threads: 2 } (two worker threads),
//   then funnel();
// - "duckdb-funnel": DuckDB (2 threads) read_json over the file and the same funnel in SQL.
// A third argument "lean" reads with { params: [] }: no event params kept as properties, only
// what the funnel needs (as DuckDB reads only three columns).
import { createReadStream } from "node:fs";
import { funnel, readLog } from "@journeykit/core";
import { ga4Adapter, readGa4Export } from "@journeykit/ga4";
import { readGa4ExportFileLog } from "@journeykit/ga4/node";
import { funnelSql, openDuckDb } from "./duckdb-shop.mjs";
import { BENCH_FUNNEL_STEPS } from "./generator.mjs";

const [file, reader = "journeykit", variant] = process.argv.slice(2);
const ga4Options = variant === "lean" ? { params: [] } : {};
if (file === undefined) {
  throw new Error(
    "usage: node bench/ga4-read-file.mjs <file> [journeykit|json-parse|journeykit-funnel|journeykit-funnel-threads|duckdb-funnel] [lean]",
  );
}
const WINDOW_MS = 7 * 86_400_000;

let events = 0;
let steps;
let peakHeap = 0;
const sample = () => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
};
const start = performance.now();
if (reader === "journeykit") {
  const stream = readGa4Export(createReadStream(file, { highWaterMark: 1 << 20 }), { onProgress: sample });
  for await (const event of stream) if (event.name) events += 1;
} else if (reader === "journeykit-funnel") {
  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  const { log } = await readLog(ga4Adapter, stream, { ...ga4Options, onProgress: sample });
  events = log.size;
  steps = funnel(log, { steps: BENCH_FUNNEL_STEPS, window: "7d" }).steps.map((step) => step.count);
} else if (reader === "journeykit-funnel-threads") {
  const { log } = await readGa4ExportFileLog(file, { ...ga4Options, threads: 2, onProgress: sample });
  events = log.size;
  steps = funnel(log, { steps: BENCH_FUNNEL_STEPS, window: "7d" }).steps.map((step) => step.count);
} else if (reader === "duckdb-funnel") {
  const duck = await openDuckDb();
  // Only the columns the funnel needs; seq keeps the file's row order for timestamp ties.
  const path = file.replaceAll("'", "''");
  await duck.connection.run(`create view events as
    select user_pseudo_id as customer, event_name as name, event_timestamp::bigint / 1000.0 as ts,
      row_number() over () as seq
    from read_json('${path}', format = 'newline_delimited',
      columns = { user_pseudo_id: 'VARCHAR', event_name: 'VARCHAR', event_timestamp: 'VARCHAR' })`);
  const row = (
    await duck.connection.runAndReadAll(funnelSql(BENCH_FUNNEL_STEPS, WINDOW_MS))
  ).getRowObjectsJS()[0];
  steps = BENCH_FUNNEL_STEPS.map((_, k) => row[`s${k}`]);
  duck.close();
} else {
  const decoder = new TextDecoder();
  let pending = "";
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    const text = pending + decoder.decode(chunk, { stream: true });
    const lines = text.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) if (line !== "" && JSON.parse(line).event_name) events += 1;
    sample();
  }
}
sample();
console.log(
  JSON.stringify({
    reader,
    events,
    steps,
    ms: performance.now() - start,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    peakHeapBytes: peakHeap,
  }),
);
