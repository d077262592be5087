// nps on 10M survey scores against peers measured in the same run, after checking that all give
// the same counts:
// - a plain branch-free loop over a number array (the floor: it counts and nothing else, no
//   validation, no interval);
// - DuckDB (2 threads) running count_if on its loaded table (loading is not timed);
// - the idiomatic filter().length over the same array.
// Target (issue 4): nps within 2x of the loop. Anchor on this kind of machine: loop 12 ms,
// DuckDB 7 ms, filter().length 550 ms.
import { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { nps } from "@journeykit/core";
import { bestOf, bestOfAsync, formatRow } from "./timing.mjs";

const SIZE = 10_000_000;

/** Seeded scores with a realistic spread: about 25% detractors, 30% passives, 45% promoters. */
function generateScores(size, seed) {
  let state = seed >>> 0;
  const next = () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const scores = new Array(size);
  for (let i = 0; i < size; i += 1) {
    const u = next();
    scores[i] =
      u < 0.25 ? Math.floor(next() * 7) : u < 0.55 ? 7 + Math.floor(next() * 2) : 9 + Math.floor(next() * 2);
  }
  return scores;
}

function plainLoop(scores) {
  let promoters = 0;
  let detractors = 0;
  for (let i = 0; i < scores.length; i += 1) {
    const score = scores[i];
    promoters += +(score >= 9);
    detractors += +(score <= 6);
  }
  return { promoters, detractors, n: scores.length };
}

function filterLength(scores) {
  return {
    promoters: scores.filter((score) => score >= 9).length,
    detractors: scores.filter((score) => score <= 6).length,
    n: scores.length,
  };
}

const scores = generateScores(SIZE, 4);
const bytes = Uint8Array.from(scores);

const instance = await DuckDBInstance.create(":memory:", { threads: "2" });
const connection = await DuckDBConnection.create(instance);
await connection.run("create or replace table scores (score utinyint)");
const appender = await connection.createAppender("scores");
for (let i = 0; i < SIZE; i += 1) {
  appender.appendUTinyInt(bytes[i]);
  appender.endRow();
}
appender.closeSync();
const COUNT_SQL =
  "select count_if(score >= 9)::integer as promoters, count_if(score <= 6)::integer as detractors, count(*)::integer as n from scores";

const ours = bestOf(7, () => nps(scores));
const oursBytes = bestOf(7, () => nps(bytes));
const loop = bestOf(7, () => plainLoop(scores));
const duck = await bestOfAsync(
  5,
  async () => (await connection.runAndReadAll(COUNT_SQL)).getRowObjectsJS()[0],
);
const filter = bestOf(3, () => filterLength(scores));
connection.closeSync();
instance.closeSync();

const same = (a, b) => a.promoters === b.promoters && a.detractors === b.detractors && a.n === b.n;
for (const [name, peer] of [
  ["loop", loop],
  ["DuckDB", duck],
  ["filter", filter],
  ["nps(Uint8Array)", oursBytes],
]) {
  if (!same(ours.result, peer.result)) throw new Error(`nps and ${name} disagree on the counts`);
}

console.log(`${SIZE / 1e6}M scores, NPS ${ours.result.score.toFixed(2)}, identical counts in all peers`);
console.log(formatRow("nps(number[]) vs plain loop (number[])", ours.ms, loop.ms));
console.log(formatRow("nps(Uint8Array) vs plain loop (number[])", oursBytes.ms, loop.ms));
console.log(formatRow("nps(number[]) vs DuckDB count_if (2 threads)", ours.ms, duck.ms));
console.log(formatRow("nps(number[]) vs filter().length", ours.ms, filter.ms));
