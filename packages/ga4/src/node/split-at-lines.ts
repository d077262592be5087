import { open } from "node:fs/promises";

const NEWLINE = 10;
const PROBE_BYTES = 1 << 16;

/** A byte range of a file: from `start` to `end` (exclusive). */
export interface ByteRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Cuts a newline-delimited file of `size` bytes into at most `parts` ranges of about equal size,
 * each starting at the start of a line: a cut at byte `k` moves forward to just after the first
 * newline at or after `k`. Ranges are never empty; a file with fewer lines gets fewer ranges.
 */
export async function splitAtLines(path: string, size: number, parts: number): Promise<ByteRange[]> {
  const handle = await open(path, "r");
  try {
    const probe = new Uint8Array(PROBE_BYTES);
    const cuts = [0];
    for (let part = 1; part < parts; part += 1) {
      let position = Math.max(Math.floor((size * part) / parts), cuts[cuts.length - 1] as number);
      let cut = size;
      while (position < size) {
        const { bytesRead } = await handle.read(probe, 0, PROBE_BYTES, position);
        if (bytesRead === 0) break;
        const newline = probe.subarray(0, bytesRead).indexOf(NEWLINE);
        if (newline >= 0) {
          cut = position + newline + 1;
          break;
        }
        position += bytesRead;
      }
      if (cut > (cuts[cuts.length - 1] as number) && cut < size) cuts.push(cut);
    }
    cuts.push(size);
    return cuts.slice(1).map((end, index) => ({ start: cuts[index] as number, end }));
  } finally {
    await handle.close();
  }
}

/**
 * Whether the file's first byte that is not white space opens a newline-delimited row (`{`): a
 * JSON array, a byte order mark or anything else is read on one thread, as one text.
 */
export async function startsWithRow(path: string): Promise<boolean> {
  const handle = await open(path, "r");
  try {
    const probe = new Uint8Array(PROBE_BYTES);
    for (let position = 0; ; ) {
      const { bytesRead } = await handle.read(probe, 0, PROBE_BYTES, position);
      if (bytesRead === 0) return false;
      for (let index = 0; index < bytesRead; index += 1) {
        const code = probe[index] as number;
        if (code !== 32 && code !== 9 && code !== 10 && code !== 13) return code === 123;
      }
      position += bytesRead;
    }
  } finally {
    await handle.close();
  }
}
