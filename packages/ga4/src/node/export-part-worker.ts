// The script of readGa4ExportFileLog's worker threads: reads the part of the export file it is
// given and posts the result, transferring the columns' buffers instead of copying them.
import { parentPort, workerData } from "node:worker_threads";
import type { ExportPartMessage, ExportPartTask } from "./export-part";
import { readExportPart } from "./read-export-part";

if (parentPort !== null) {
  const port = parentPort;
  const post = (message: ExportPartMessage, transfer: ArrayBuffer[] = []) =>
    port.postMessage(message, transfer);
  readExportPart(workerData as ExportPartTask, post).then(
    (result) => {
      const { batch, keys } = result;
      const columns = [
        batch.customer,
        batch.timestamp,
        batch.name,
        batch.session,
        batch.channel,
        batch.source,
        batch.medium,
        batch.value,
        keys.hashA,
        keys.hashB,
        keys.length,
      ];
      const transfer = columns.flatMap((column) =>
        column === undefined ? [] : [column.buffer as ArrayBuffer],
      );
      post({ kind: "done", result }, transfer);
    },
    (error: unknown) => post({ kind: "failed", error }),
  );
}
