// The GA4 reads of an older build against this one, in one process, interleaved (old, new, new,
// old, ...), best and median of N rounds: how bench/RESULTS.md compared 8bf6fce with issue 12.
// Usage: node bench/ga4-before-after.mjs <worktree of the old commit, built> <export.ndjson> [rounds]
// (the old build must still have readGa4ExportLog, as 8bf6fce has).
import { createReadStream, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [oldTree, file, roundsText = "7"] = process.argv.slice(2);
if (oldTree === undefined || file === undefined) {
  throw new Error("usage: node bench/ga4-before-after.mjs <old worktree> <export.ndjson> [rounds]");
}
const oldBuild = (path) => import(pathToFileURL(resolve(oldTree, path)).href);
const oldGa4 = await oldBuild("packages/ga4/dist/index.js");
const oldNode = await oldBuild("packages/ga4/dist/node.js");
const newGa4 = await import("@journeykit/ga4");
const newCore = await import("@journeykit/core");
const newNode = await import("@journeykit/ga4/node");
const bytes = new Uint8Array(readFileSync(file));
const runs = {
  "log from bytes": [() => oldGa4.readGa4ExportLog(bytes), () => newCore.readLog(newGa4.ga4Adapter, bytes)],
  "log from file stream": [
    () => oldGa4.readGa4ExportLog(createReadStream(file, { highWaterMark: 1 << 20 })),
    () => newCore.readLog(newGa4.ga4Adapter, createReadStream(file, { highWaterMark: 1 << 20 })),
  ],
  "file log, 1 thread": [() => oldNode.readGa4ExportFileLog(file), () => newNode.readGa4ExportFileLog(file)],
  "events from bytes": [
    async () => {
      let n = 0;
      for await (const _event of oldGa4.readGa4Export(bytes)) n++;
      return n;
    },
    async () => {
      let n = 0;
      for await (const _event of newGa4.readGa4Export(bytes)) n++;
      return n;
    },
  ],
};
const rounds = Number(roundsText);
for (const [label, [before, after]] of Object.entries(runs)) {
  const times = [[], []];
  for (let round = 0; round < rounds; round++) {
    for (const [k, run] of round % 2
      ? [
          [1, after],
          [0, before],
        ]
      : [
          [0, before],
          [1, after],
        ]) {
      const start = performance.now();
      await run();
      times[k].push(performance.now() - start);
    }
  }
  const best = times.map((t) => Math.min(...t));
  const median = times.map((t) => [...t].sort((a, b) => a - b)[Math.floor(t.length / 2)]);
  console.log(
    `${label.padEnd(24)} before best ${best[0].toFixed(0)} ms median ${median[0].toFixed(0)} | after best ${best[1].toFixed(0)} ms median ${median[1].toFixed(0)} | after/before best ${(best[1] / best[0]).toFixed(3)} median ${(median[1] / median[0]).toFixed(3)}`,
  );
}
