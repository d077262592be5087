// Test support: what readGa4ExportFileLog's worker threads do, in-process: the file cut at the
// given byte offsets, each part read by readExportPart (the function a worker runs), the parts
// joined in file order through core's read state.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ReadOptions } from "@journeykit/core";
import { checkReadOptions, createReadState } from "@journeykit/core/adapter";
import type { Ga4ExportOptions } from "../src/export/ga4-export-options";
import { GA4_READ_DETAILS } from "../src/export/ga4-read-details";
import { resolveExportOptions } from "../src/export/resolve-export-options";
import { joinExportParts } from "../src/node/join-export-parts";
import { readExportPart } from "../src/node/read-export-part";

/** Byte offsets just after newlines, chosen by `picks` (fractions of the file), as cut points. */
export function cutsAt(bytes: Uint8Array, picks: readonly number[]): number[] {
  const starts = [0];
  for (let index = 0; index < bytes.length - 1; index += 1) if (bytes[index] === 10) starts.push(index + 1);
  const cuts = new Set(picks.map((pick) => starts[Math.floor(pick * starts.length)] as number));
  return [...cuts].filter((cut) => cut > 0).sort((a, b) => a - b);
}

/** Writes each file read into a temporary folder, removed by {@link PartReader.dispose}. */
export interface PartReader {
  /** The log and report of `bytes` read in parts cut at `cuts` (offsets of line starts). */
  read(
    bytes: Uint8Array,
    cuts: readonly number[],
    options: ReadOptions & Ga4ExportOptions,
  ): Promise<ReturnType<typeof joinExportParts>>;
  dispose(): void;
}

export function partReader(): PartReader {
  const folder = mkdtempSync(join(tmpdir(), "journeykit-parts-"));
  let fileCount = 0;
  return {
    async read(bytes, cuts, options) {
      fileCount += 1;
      const path = join(folder, `export-${fileCount}.ndjson`);
      writeFileSync(path, bytes);
      const bounds = [0, ...cuts, bytes.length];
      const { onError, maxBadRecords, ...ga4Options } = options;
      const parts = [];
      for (let part = 0; part + 1 < bounds.length; part += 1) {
        const task = {
          path,
          start: bounds[part] as number,
          end: bounds[part + 1] as number,
          options: ga4Options,
        };
        parts.push(await readExportPart(task, () => {}));
      }
      const state = createReadState(
        { id: "ga4", details: GA4_READ_DETAILS },
        checkReadOptions("ga4", { onError, maxBadRecords }),
      );
      state.format = "ndjson";
      return joinExportParts(parts, state, resolveExportOptions(ga4Options), false);
    },
    dispose: () => rmSync(folder, { recursive: true, force: true }),
  };
}
