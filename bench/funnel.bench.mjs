// funnel() on generated GA4-shaped shop events (1M and 5M) against two peers measured in the same
// run, after checking that all three give identical step counts:
// - DuckDB (2 threads) running the same 5-step, 7-day funnel on its loaded table, written with
//   window functions (per step, the latest start of a chain reaching the previous step);
// - a hand-written typed-array loop over the log's sorted columns (bench/baseline-loop.mjs).
// Also EventLog construction: from columns against the loop's grouping by customer, and from
// plain event objects in events per second; then bytes per event and peak memory.
// Targets (issue 3): funnel at least 5x faster than DuckDB and within 2x of the loop; EventLog
// from columns within 2x of the loop's grouping; from objects at 2M events/s or better.
import { EventLog, funnel } from "@journeykit/core";
import { funnelLoop, groupByCustomer } from "./baseline-loop.mjs";
import { funnelSql, loadShopEvents, openDuckDb } from "./duckdb-shop.mjs";
import { BENCH_FUNNEL_STEPS, generateShopEvents, toJourneyEvent } from "./generator.mjs";
import { bestOf, bestOfAsync, formatRow } from "./timing.mjs";

// BENCH_SIZES=1000000 runs one size, for a quick check.
const SIZES = process.env.BENCH_SIZES?.split(",").map(Number) ?? [1_000_000, 5_000_000];
const EVENTS_PER_CUSTOMER = 20;
const WINDOW_MS = 7 * 86_400_000;
const STEPS = BENCH_FUNNEL_STEPS;

const megabytes = (bytes) => `${(bytes / 1_048_576).toFixed(0)} MB`;
const duck = await openDuckDb();
for (const size of SIZES) {
  const shop = generateShopEvents({ customers: Math.round(size / EVENTS_PER_CUSTOMER), seed: 1 });
  const columns = {
    customer: shop.customer.subarray(0, shop.size),
    customerIds: shop.customerIds,
    timestamp: shop.timestamp.subarray(0, shop.size),
    name: shop.name.subarray(0, shop.size),
    names: shop.names,
  };
  const label = `${(shop.size / 1e6).toFixed(2)}M events, ${shop.customerIds.length / 1000}k customers`;
  console.log(`\n${label}`);

  const built = bestOf(3, () => EventLog.fromColumns(columns));
  const grouped = bestOf(3, () =>
    groupByCustomer(columns.customer, columns.timestamp, columns.name, shop.customerIds.length),
  );
  const log = built.result;
  console.log(formatRow("EventLog.fromColumns vs loop grouping", built.ms, grouped.ms));
  const withSessions = bestOf(1, () =>
    EventLog.fromColumns({ ...columns, session: shop.session, sessionIds: shop.sessionIds }),
  );
  console.log(formatRow("  (fromColumns with sessions) vs loop", withSessions.ms, grouped.ms));
  console.log(
    `  columns: ${(log.columnBytes / log.size).toFixed(1)} bytes per event (${megabytes(log.columnBytes)})`,
  );

  const stepOfName = new Int8Array(log.columns.names.length).fill(-1);
  STEPS.forEach((step, k) => {
    stepOfName[log.nameIndex(step)] = k;
  });
  const ours = bestOf(5, () => funnel(log, { steps: STEPS, window: "7d" }));
  const loop = bestOf(5, () =>
    funnelLoop(
      log.columns.customerStart,
      log.columns.name,
      log.columns.timestamp,
      stepOfName,
      STEPS.length,
      WINDOW_MS,
    ),
  );
  await loadShopEvents(duck.connection, shop);
  const sql = funnelSql(STEPS, WINDOW_MS);
  const peer = await bestOfAsync(
    3,
    async () => (await duck.connection.runAndReadAll(sql)).getRowObjectsJS()[0],
  );

  const counts = ours.result.steps.map((step) => step.count);
  const duckCounts = STEPS.map((_, k) => peer.result[`s${k}`]);
  if (JSON.stringify(counts) !== JSON.stringify(duckCounts)) {
    throw new Error(`${label}: funnel ${counts} and DuckDB ${duckCounts} disagree`);
  }
  if (JSON.stringify(counts) !== JSON.stringify(loop.result)) {
    throw new Error(`${label}: funnel ${counts} and the loop ${loop.result} disagree`);
  }
  console.log(`  funnel ${STEPS.join(" > ")} (7 days): ${counts.join(" > ")}, identical in all three`);
  console.log(formatRow("funnel vs DuckDB (2 threads)", ours.ms, peer.ms));
  console.log(formatRow("funnel vs typed-array loop", ours.ms, loop.ms));

  if (size === SIZES[0]) {
    // Objects built first, as a parser would hand them over; the timing covers EventLog.from only.
    const objects = Array.from({ length: shop.size }, (_, i) => toJourneyEvent(shop, i));
    const fromObjects = bestOf(3, () => EventLog.from(objects));
    const perSecond = shop.size / (fromObjects.ms / 1000);
    console.log(
      `EventLog.from(objects)${" ".repeat(22)} ${fromObjects.ms.toFixed(2).padStart(10)} ms   ${(perSecond / 1e6).toFixed(2)}M events/s (target 2M/s: ${(perSecond / 2e6).toFixed(2)}x)`,
    );
  }
}
duck.close();
console.log(`\npeak memory (max RSS of the process): ${megabytes(process.resourceUsage().maxRSS * 1024)}`);
