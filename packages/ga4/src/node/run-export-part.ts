import { Worker } from "node:worker_threads";
import type { ExportPartMessage, ExportPartResult, ExportPartTask } from "./export-part";

/** A part being read on a worker thread. */
export interface RunningPart {
  readonly result: Promise<ExportPartResult>;
  /** Stops the thread (its result then never settles). */
  stop(): void;
}

// The worker is a file of its own beside this module's build: export-part-worker.js next to the
// ESM build, export-part-worker.cjs next to the CommonJS one.
const here = import.meta.url;
const workerFile = new URL(
  here.endsWith(".cjs") ? "./export-part-worker.cjs" : "./export-part-worker.js",
  here,
);

/**
 * An error of a worker thread, as it arrives (a structured clone, which keeps the message but
 * not the class), with the part it was reading.
 */
function partFailure(task: ExportPartTask, error: unknown): Error {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new Error(`the worker thread reading bytes ${task.start} to ${task.end} failed: ${what}`, {
    cause: error,
  });
}

/**
 * Starts a worker thread reading one part of an export file; `onProgress` hears the bytes and
 * rows it reads as it goes.
 */
export function runExportPart(
  task: ExportPartTask,
  onProgress: (bytes: number, rows: number) => void,
): RunningPart {
  const worker = new Worker(workerFile, { workerData: task });
  const result = new Promise<ExportPartResult>((resolve, reject) => {
    worker.on("message", (message: ExportPartMessage) => {
      if (message.kind === "progress") {
        try {
          onProgress(message.bytes, message.rows);
        } catch (error) {
          void worker.terminate();
          reject(error);
        }
      } else if (message.kind === "done") {
        resolve(message.result);
        void worker.terminate();
      } else {
        reject(partFailure(task, message.error));
        void worker.terminate();
      }
    });
    worker.on("error", (error) => reject(partFailure(task, error)));
    worker.on("exit", (code) => {
      reject(
        new Error(`the worker thread reading bytes ${task.start} to ${task.end} stopped (exit code ${code})`),
      );
    });
  });
  // The caller may stop listening (after another part failed): no unhandled rejection then.
  result.catch(() => {});
  return { result, stop: () => void worker.terminate() };
}
