// directlyFollows on generated GA4-shaped shop events (1M and 5M) against two peers measured in
// the same run, after checking that all three give identical answers:
// - DuckDB (2 threads) running the lead()-based count on its loaded table;
// - the hand-written typed-array loop of bench/baseline-loop.mjs over the log's sorted columns.
// Targets (issue 3): at least 10x faster than DuckDB, within 2x of the loop.
import { directlyFollows, EventLog } from "@journeykit/core";
import { directlyFollowsLoop } from "./baseline-loop.mjs";
import { loadShopEvents, openDuckDb } from "./duckdb-shop.mjs";
import { generateShopEvents } from "./generator.mjs";
import { bestOf, bestOfAsync, formatRow } from "./timing.mjs";

const SIZES = [1_000_000, 5_000_000];
const EVENTS_PER_CUSTOMER = 20;

const DIRECTLY_FOLLOWS_SQL = `
  with ordered as (
    select customer, name, lead(name) over (partition by customer order by ts, seq) as next_name from events
  )
  select name as "from", next_name as "to", count(*)::integer as events, count(distinct customer)::integer as customers
  from ordered where next_name is not null group by all`;

const key = (t) => `${t.from}>${t.to}:${t.events}/${t.customers}`;
const sameAnswers = (a, b) => JSON.stringify(a.map(key).sort()) === JSON.stringify(b.map(key).sort());

const database = await openDuckDb();
const { connection } = database;
for (const size of SIZES) {
  const shop = generateShopEvents({ customers: Math.round(size / EVENTS_PER_CUSTOMER), seed: 1 });
  const log = EventLog.fromColumns({
    customer: shop.customer.subarray(0, shop.size),
    customerIds: shop.customerIds,
    timestamp: shop.timestamp.subarray(0, shop.size),
    name: shop.name.subarray(0, shop.size),
    names: shop.names,
  });
  await loadShopEvents(connection, shop);
  const label = `${(shop.size / 1e6).toFixed(1)}M events, ${log.customerCount / 1000}k customers`;

  const ours = bestOf(10, () => directlyFollows(log));
  const loop = bestOf(10, () =>
    directlyFollowsLoop(log.columns.customerStart, log.columns.name, log.columns.names.length),
  );
  const duck = await bestOfAsync(3, async () =>
    (await connection.runAndReadAll(DIRECTLY_FOLLOWS_SQL)).getRowObjectsJS(),
  );

  const loopTransitions = [];
  loop.result.events.forEach((events, pair) => {
    if (events === 0) return;
    const n = log.columns.names.length;
    loopTransitions.push({
      from: log.columns.names[Math.floor(pair / n)],
      to: log.columns.names[pair % n],
      events,
      customers: loop.result.customers[pair],
    });
  });
  if (!sameAnswers(ours.result.transitions, duck.result))
    throw new Error(`${label}: directlyFollows and DuckDB disagree`);
  if (!sameAnswers(ours.result.transitions, loopTransitions))
    throw new Error(`${label}: directlyFollows and the loop disagree`);

  console.log(`${label}: ${ours.result.transitions.length} transitions, identical in all three`);
  console.log(formatRow(`directlyFollows vs DuckDB lead() (2 threads)`, ours.ms, duck.ms));
  console.log(formatRow(`directlyFollows vs typed-array loop`, ours.ms, loop.ms));
}
database.close();
