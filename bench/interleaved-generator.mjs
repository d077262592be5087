#!/usr/bin/env node
// A second generator of GA4 BigQuery export rows (NDJSON), with a model of its own, so that a
// figure measured on bench/generator.mjs's output can be checked on data of another shape. Where
// that generator writes each customer's events together, this one simulates the shop's traffic
// as it happens: visitors arrive through the day (fewer at night), many sessions are open at
// once, and rows come out in time order, users interleaved row by row, as in a real day's export.
// Null fields are left out (`"user_id": null` is not written), as many export tools write rows.
// What real exports have is there too: several events on one microsecond (ordered by
// batch_page_id, batch_ordering_id, batch_event_index), returning visitors (a new
// ga_session_number), logged-in users with a user_id, consent-mode rows without user_pseudo_id
// (about 1%), exact duplicate rows (about 0.5%), session_traffic_source_last_click on most rows.
// Memory stays bounded (open sessions and a pool of recent visitors), so a 1 GB file is fine.
// Usage: node bench/interleaved-generator.mjs <out.ndjson> <megabytes> [seed]
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { fileURLToPath } from "node:url";
import { toExportRow } from "./interleaved-rows.mjs";
import { CATEGORY_LISTS, CHANNELS, DEVICES, PLACES, pickWeighted } from "./interleaved-shop.mjs";
import { visit } from "./interleaved-visit.mjs";
import { seededRandom } from "./seeded-random.mjs";

const START_US = Date.UTC(2024, 2, 4, 5) * 1000; // a Monday, 05:00 UTC
const PEAK_SESSIONS_PER_SECOND = 0.7;
// Relative traffic per UTC hour: quiet at night, a lunch bump, the evening peak.
const HOURLY = [
  0.12, 0.08, 0.06, 0.05, 0.07, 0.15, 0.3, 0.45, 0.55, 0.6, 0.62, 0.7, 0.75, 0.68, 0.62, 0.62, 0.66, 0.75,
  0.88, 1, 0.98, 0.8, 0.5, 0.25,
];
const RETURNING_SHARE = 0.35;
const POOL_SIZE = 60_000;
const CONSENT_DENIED_SHARE = 0.01;
const DUPLICATE_SHARE = 0.005;

/** A min-heap of open sessions by the time of their next event (then by when they opened). */
class SessionHeap {
  items = [];

  get size() {
    return this.items.length;
  }

  top() {
    return this.items[0];
  }

  push(entry) {
    const items = this.items;
    items.push(entry);
    let k = items.length - 1;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (!before(items[k], items[parent])) break;
      [items[k], items[parent]] = [items[parent], items[k]];
      k = parent;
    }
  }

  /** Removes the top session (it has no events left). */
  removeTop() {
    const last = this.items.pop();
    if (this.items.length === 0) return;
    this.items[0] = last;
    this.siftTop();
  }

  /** Moves the top session down to where it belongs now that its next event is later. */
  siftTop() {
    const items = this.items;
    let k = 0;
    for (;;) {
      const left = 2 * k + 1;
      const right = left + 1;
      let least = k;
      if (left < items.length && before(items[left], items[least])) least = left;
      if (right < items.length && before(items[right], items[least])) least = right;
      if (least === k) return;
      [items[k], items[least]] = [items[least], items[k]];
      k = least;
    }
  }
}

const before = (a, b) =>
  a.event.time < b.event.time || (a.event.time === b.event.time && a.serial < b.serial);

function newUser(next, firstUs, serial) {
  const consentDenied = next() < CONSENT_DENIED_SHARE;
  const seconds = Math.floor(firstUs / 1e6);
  return {
    pseudoId: consentDenied ? undefined : `${1_000_000_000 + Math.floor(next() * 999_999_999)}.${seconds}`,
    firstTouchUs: firstUs,
    device: pickWeighted(next, DEVICES),
    place: pickWeighted(next, PLACES),
    firstChannel: pickWeighted(next, CHANNELS),
    // A quarter of visitors have an account; some will sign up at checkout.
    userId: next() < 0.25 ? `C${String(serial).padStart(8, "0")}` : undefined,
    loggedIn: false,
    favouriteList: CATEGORY_LISTS[Math.floor(next() * CATEGORY_LISTS.length)],
    sessions: 0,
    bundles: 0,
    revenue: 0,
    open: false,
  };
}

/** When the next session opens (microseconds): a Poisson process thinned by the hour's traffic. */
function nextArrival(next, fromUs) {
  let t = fromUs;
  for (;;) {
    t += Math.round(-Math.log(1 - next()) * (1e6 / PEAK_SESSIONS_PER_SECOND));
    const hour = new Date(Math.floor(t / 1000)).getUTCHours();
    if (next() < HOURLY[hour]) return t;
  }
}

/**
 * Writes about `megabytes` MB (10^6 bytes) of export rows to `path`, deterministically by `seed`.
 * @returns {Promise<{ rows: number, bytes: number, sessions: number, users: number, duplicates: number, consentRows: number }>}
 */
export async function writeInterleavedExport(path, { megabytes, seed = 1 }) {
  const next = seededRandom(seed);
  const target = megabytes * 1e6;
  const out = createWriteStream(path);
  const pool = [];
  const heap = new SessionHeap();
  const delayed = []; // duplicate rows waiting to be written again a few rows later
  const stats = { rows: 0, bytes: 0, sessions: 0, users: 0, duplicates: 0, consentRows: 0 };
  let chunk = [];
  let chunkBytes = 0;
  let arrival = nextArrival(next, START_US);
  const emit = async (text) => {
    chunk.push(text);
    chunkBytes += Buffer.byteLength(text) + 1;
    stats.rows += 1;
    if (chunkBytes >= 1 << 20) {
      stats.bytes += chunkBytes;
      if (!out.write(`${chunk.join("\n")}\n`)) await once(out, "drain");
      chunk = [];
      chunkBytes = 0;
    }
  };
  const open = (startUs) => {
    const returning =
      pool.length > 100 && next() < RETURNING_SHARE ? pool[Math.floor(next() * pool.length)] : undefined;
    let user = returning?.open === false ? returning : undefined;
    if (user === undefined) {
      user = newUser(next, startUs, stats.users);
      stats.users += 1;
      if (pool.length < POOL_SIZE) pool.push(user);
      else pool[Math.floor(next() * POOL_SIZE)] = user;
    }
    user.open = true;
    user.sessions += 1;
    stats.sessions += 1;
    const session = {
      user,
      number: user.sessions,
      id: String(Math.floor(startUs / 1e6)),
      channel: user.sessions === 1 ? user.firstChannel : pickWeighted(next, CHANNELS),
      pageId: undefined,
      page: undefined,
      ordering: 0,
      index: 0,
      lastTime: -1,
    };
    const events = visit(next, session, startUs);
    const first = events.next();
    if (first.done) user.open = false;
    else heap.push({ session, events, event: first.value, serial: stats.sessions });
  };
  while (stats.bytes + chunkBytes < target) {
    if (heap.size === 0 || arrival <= heap.top().event.time) {
      open(arrival);
      arrival = nextArrival(next, arrival);
      continue;
    }
    const entry = heap.top();
    const text = JSON.stringify(toExportRow(next, entry.session, entry.event));
    if (entry.session.user.pseudoId === undefined) stats.consentRows += 1;
    await emit(text);
    if (next() < DUPLICATE_SHARE) delayed.push({ due: stats.rows + 1 + Math.floor(next() * 40), text });
    while (delayed.length > 0 && delayed[0].due <= stats.rows) {
      stats.duplicates += 1;
      await emit(delayed.shift().text);
    }
    const following = entry.events.next();
    if (following.done) {
      entry.session.user.open = false;
      heap.removeTop();
    } else {
      entry.event = following.value;
      heap.siftTop();
    }
  }
  stats.bytes += chunkBytes;
  out.end(chunk.length === 0 ? "" : `${chunk.join("\n")}\n`);
  await once(out, "finish");
  return stats;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [path, megabytesText, seedText = "1"] = process.argv.slice(2);
  const megabytes = Number(megabytesText);
  if (path === undefined || !(megabytes > 0)) {
    throw new Error("usage: node bench/interleaved-generator.mjs <out.ndjson> <megabytes> [seed]");
  }
  const stats = await writeInterleavedExport(path, { megabytes, seed: Number(seedText) });
  console.log(
    `Wrote ${stats.rows} rows (${(stats.bytes / 1e6).toFixed(0)} MB; ${stats.sessions} sessions of ${stats.users} visitors, ` +
      `${stats.duplicates} duplicate rows, ${stats.consentRows} consent-mode rows) to ${path} (seed ${seedText})`,
  );
}
