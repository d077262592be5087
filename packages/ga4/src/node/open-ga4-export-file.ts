import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { pipeline } from "node:stream";
import { createGunzip } from "node:zlib";

/**
 * Whether a file is gzip-compressed: it starts with gzip's magic bytes (1f 8b), whatever its
 * name says.
 *
 * @example
 * ```ts
 * await isGzipFile("events_20240131.json.gz"); // true
 * ```
 */
export async function isGzipFile(path: string): Promise<boolean> {
  const handle = await open(path, "r");
  try {
    const start = new Uint8Array(2);
    const { bytesRead } = await handle.read(start, 0, 2, 0);
    return bytesRead === 2 && start[0] === 0x1f && start[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

/**
 * A GA4 export file's bytes, streamed in 1 MiB chunks and decompressed when the file is gzip
 * (as daily exports usually are): what `readGa4Export` and `readLog(ga4Adapter, ...)` read.
 *
 * @param path - The file's path.
 * @returns The file's content as an async iterable of byte chunks.
 *
 * @example
 * ```ts
 * import { readLog } from "@journeykit/core";
 * import { ga4Adapter } from "@journeykit/ga4";
 *
 * const { log } = await readLog(ga4Adapter, await openGa4ExportFile("events_20240131.json.gz"));
 * ```
 */
export async function openGa4ExportFile(path: string): Promise<AsyncIterable<Uint8Array>> {
  const gzip = await isGzipFile(path);
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  if (!gzip) return stream;
  // pipeline, not pipe: a read error reaches the consumer, and a consumer that stops early
  // (a break) closes the file too.
  return pipeline(stream, createGunzip({ chunkSize: 1 << 20 }), () => undefined);
}
