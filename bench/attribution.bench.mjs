// attribution (every model) on 1M generated paths against DuckDB (2 threads) computing the same
// credits in SQL on its loaded table: first-touch, last-touch and linear (the issue's peers), and
// position-based and time-decay too, since SQL can say them. Answers are checked equal before
// anything is timed. Markov has no SQL peer (removal effects need the absorbing chain solved), so
// its row compares it with DuckDB's linear query, the cheapest credit a warehouse would run.

import { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { attribution, EventLogBuilder } from "@journeykit/core";
import { seededRandom } from "./seeded-random.mjs";
import { bestOf, bestOfAsync, formatRow } from "./timing.mjs";

const PATHS = Number(process.env.ATTRIBUTION_PATHS ?? 1_000_000);
const CHANNELS = ["search", "email", "social", "ads", "web", "app"];
const HOUR = 3_600_000;
const HALF_LIFE = 7 * 24 * HOUR;
const LOOKBACK = 30 * 24 * HOUR;

/**
 * One customer per path: 1 to 6 touches a few hours apart, then (more often after e-mail and
 * search) a purchase an hour after the last touch. Columns, for the log and for DuckDB alike.
 */
function generatePaths(count) {
  const next = seededRandom(20240601);
  const customer = [];
  const channel = [];
  const time = [];
  for (let c = 0; c < count; c += 1) {
    const touches = 1 + Math.floor(next() ** 1.6 * 6);
    let at = Date.UTC(2024, 0, 1) + Math.floor(next() * 60 * 24) * HOUR;
    let chance = 0.15;
    for (let k = 0; k < touches; k += 1) {
      const label = Math.floor(next() * CHANNELS.length);
      if (label <= 1) chance += 0.12;
      customer.push(c);
      channel.push(label);
      time.push(at);
      at += (1 + Math.floor(next() * 72)) * HOUR;
    }
    if (next() < chance) {
      customer.push(c);
      channel.push(-1);
      time.push(at);
    }
  }
  return { customer, channel, time, size: customer.length };
}

function buildLog(rows) {
  const builder = new EventLogBuilder();
  for (let i = 0; i < rows.size; i += 1) {
    const label = rows.channel[i];
    builder.add(
      label < 0
        ? { customerId: `c${rows.customer[i]}`, timestamp: rows.time[i], name: "purchase" }
        : {
            customerId: `c${rows.customer[i]}`,
            timestamp: rows.time[i],
            name: "session_start",
            channel: CHANNELS[label],
          },
    );
  }
  return builder.build();
}

async function loadIntoDuckDb(connection, rows) {
  await connection.run(
    "create or replace table raw (seq uinteger, customer uinteger, channel integer, ts double)",
  );
  const appender = await connection.createAppender("raw");
  for (let i = 0; i < rows.size; i += 1) {
    appender.appendUInteger(i);
    appender.appendUInteger(rows.customer[i]);
    appender.appendInteger(rows.channel[i]);
    appender.appendDouble(rows.time[i]);
    appender.endRow();
  }
  appender.closeSync();
  await connection.run("create or replace table channels (channel integer, label varchar)");
  await connection.run(
    `insert into channels values ${CHANNELS.map((label, index) => `(${index}, '${label}')`).join(", ")}`,
  );
  await connection.run(`create or replace table events as
    select seq, customer, ts, case when raw.channel < 0 then 'purchase' else 'session_start' end as name, label as channel
    from raw left join channels using (channel)`);
  await connection.run("drop table raw");
}

/** The path of every conversion: its touches within the lookback window, numbered in log order. */
const PATHS_SQL = `
  with conversions as (select seq, customer, ts from events where name = 'purchase'),
  touches as (select seq, customer, ts, channel from events where channel is not null)
  select c.seq as conversion, c.ts as converted_at, t.channel, t.ts,
         row_number() over (partition by c.seq order by t.ts, t.seq) as position,
         count(*) over (partition by c.seq) as touches
  from conversions c join touches t on t.customer = c.customer and t.ts between c.ts - ${LOOKBACK} and c.ts`;

const SQL = {
  "first-touch": `with paths as (${PATHS_SQL}) select channel, count(*)::double as credit from paths where position = 1 group by channel`,
  "last-touch": `with paths as (${PATHS_SQL}) select channel, count(*)::double as credit from paths where position = touches group by channel`,
  linear: `with paths as (${PATHS_SQL}) select channel, sum(1.0 / touches) as credit from paths group by channel`,
  "position-based": `with paths as (${PATHS_SQL})
    select channel, sum(case when touches = 1 then 1.0 when touches = 2 then 0.5
                             when position = 1 or position = touches then 0.4 else 0.2 / (touches - 2) end) as credit
    from paths group by channel`,
  "time-decay": `with paths as (${PATHS_SQL}),
    weighted as (select channel, conversion, pow(2, -(converted_at - ts) / ${HALF_LIFE}) as weight from paths),
    shares as (select channel, weight / sum(weight) over (partition by conversion) as share from weighted)
    select channel, sum(share) as credit from shares group by channel`,
};

function sameCredits(ours, rows) {
  const theirs = new Map(rows.map((row) => [row.channel, row.credit]));
  const nonZero = ours.credits.filter((row) => row.credit > 0);
  return (
    nonZero.length === theirs.size &&
    nonZero.every(
      (row) =>
        Math.abs(row.credit - (theirs.get(row.touchpoint) ?? Number.NaN)) <= 1e-6 * Math.max(1, row.credit),
    )
  );
}

const rows = generatePaths(PATHS);
const log = buildLog(rows);
const instance = await DuckDBInstance.create(":memory:", { threads: "2" });
const connection = await DuckDBConnection.create(instance);
await loadIntoDuckDb(connection, rows);
const query = async (sql) => (await connection.runAndReadAll(sql)).getRowObjectsJS();

const options = { conversion: "purchase", touchpoint: "channel", lookback: LOOKBACK };
const models = ["first-touch", "last-touch", "linear", "position-based", "time-decay", "markov"];
const peerMs = {};
console.log(`${PATHS} paths, ${log.size} events`);
for (const model of models) {
  const run = () => attribution(log, { ...options, model });
  const ours = run();
  if (Math.abs(ours.credits.reduce((sum, row) => sum + row.credit, 0) - ours.total) > 1e-6 * ours.total) {
    throw new Error(`${model}: credits do not add up to the ${ours.total} conversions`);
  }
  const sql = SQL[model];
  if (sql !== undefined) {
    const peer = await bestOfAsync(3, () => query(sql));
    if (!sameCredits(ours, peer.result)) throw new Error(`${model}: journeykit and DuckDB disagree`);
    peerMs[model] = peer.ms;
  }
  const timed = bestOf(3, run);
  const peerLabel = sql !== undefined ? "DuckDB SQL" : "DuckDB linear SQL";
  console.log(formatRow(`attribution ${model} vs ${peerLabel}`, timed.ms, peerMs[model] ?? peerMs.linear));
}
connection.closeSync();
instance.closeSync();
