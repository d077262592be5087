// Reads one GA4 export file in a process of its own, so that its peak memory is the read's alone,
// and prints what it saw as JSON: `node bench/ga4-read-file.mjs <file> <reader>`, where reader is
// "journeykit" (readGa4ExportFile, streaming) or "json-parse" (JSON.parse per line, streaming).
import { createReadStream } from "node:fs";
import { readGa4ExportFile } from "@journeykit/ga4/node";

const [file, reader = "journeykit"] = process.argv.slice(2);
if (file === undefined) throw new Error("usage: node bench/ga4-read-file.mjs <file> [journeykit|json-parse]");

let events = 0;
let peakHeap = 0;
const sample = () => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
};
const start = performance.now();
if (reader === "journeykit") {
  const stream = readGa4ExportFile(file, { onProgress: sample });
  for await (const event of stream) if (event.name) events += 1;
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
    ms: performance.now() - start,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    peakHeapBytes: peakHeap,
  }),
);
