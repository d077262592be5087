import type { EventLog, ReadReport } from "@journeykit/core";
import { JourneykitError } from "@journeykit/core";
import { CliError, EXIT_CODES } from "../cli-error";
import type { ProgressUpdate } from "../progress/progress-bar";
import type { DuckDbModule } from "./choose-engine";

/**
 * The DuckDB engine: every file, folder and glob of the command line in one `readGa4Log`, so a
 * row repeated in two daily files is removed as a duplicate; one read report for them all.
 */
export async function readWithDuckDb(
  duckdb: DuckDbModule,
  sources: readonly string[],
  options: {
    maxBadRecords: number | undefined;
    threads: number | undefined;
    onProgress: (progress: ProgressUpdate) => void;
  },
): Promise<{ log: EventLog; reports: ReadReport[] }> {
  try {
    const { log, report } = await duckdb.readGa4Log(sources, {
      onProgress: options.onProgress,
      ...(options.threads === undefined ? {} : { threads: options.threads }),
      ...(options.maxBadRecords === undefined
        ? {}
        : { onError: "skip", maxBadRecords: options.maxBadRecords }),
    });
    return { log, reports: [report] };
  } catch (error) {
    if (!JourneykitError.isInstance(error)) throw error;
    throw new CliError({ message: error.message, exitCode: EXIT_CODES.input, cause: error });
  }
}
