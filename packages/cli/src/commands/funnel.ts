import { EventLog, type FunnelOptions, funnel, InvalidOptionError } from "@journeykit/core";
import { usageError } from "../cli-error";
import type { CliIo } from "../cli-io";
import type { CommandOptions } from "../main";
import { exportReadOptions, readExport, totalReport } from "../read-export";

const ORDERS = ["ordered", "strict", "any"] as const;

/**
 * Checks the funnel's options before the export is read (an empty log makes that all `funnel`
 * does): a bad `--window` or step is a wrong command line (exit 2), said before a big file is
 * read, naming the flag.
 */
function checkFunnelFlags(funnelOptions: FunnelOptions): void {
  try {
    funnel(EventLog.from([]), funnelOptions);
  } catch (error) {
    if (!InvalidOptionError.isInstance(error)) throw error;
    const flag = error.option.split(/[.[]/)[0] ?? error.option;
    throw usageError(`--${flag}: ${error.message}`);
  }
}

/**
 * `journeykit funnel <export...> --steps a,b,c [--window 7d] [--order ordered] [--json]`: a table
 * (and what read the export) or the `funnel()` result as JSON.
 */
export async function funnelCommand(
  positionals: readonly string[],
  io: CliIo,
  options: CommandOptions,
): Promise<number> {
  const steps =
    typeof options.steps === "string"
      ? options.steps
          .split(",")
          .map((step) => step.trim())
          .filter(Boolean)
      : [];
  if (positionals.length === 0 || steps.length === 0) {
    throw usageError(
      "funnel needs an export and steps: journeykit funnel <export> --steps view_item,add_to_cart,purchase",
    );
  }
  const order = options.order ?? "ordered";
  if (!(ORDERS as readonly unknown[]).includes(order)) {
    throw usageError(`--order must be one of ${ORDERS.join(", ")}, got ${JSON.stringify(order)}.`);
  }
  const funnelOptions = {
    steps,
    order: order as (typeof ORDERS)[number],
    ...(typeof options.window === "string" ? { window: options.window } : {}),
  } as FunnelOptions;
  checkFunnelFlags(funnelOptions);
  const { log, reports, readWith, skipped } = await readExport(positionals, io, exportReadOptions(options));
  // On stderr, so that --json output stays the funnel's result alone.
  for (const line of skipped) io.stderr(`journeykit: ${line}\n`);
  const result = funnel(log, funnelOptions);
  if (options.json === true) {
    io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  const rows = result.steps.map((step) => [
    step.label,
    String(step.count),
    `${(step.conversionFromStart * 100).toFixed(1)}%`,
    `${(step.conversionFromPrevious * 100).toFixed(1)}%`,
    String(step.dropOff),
  ]);
  const header = ["step", result.countBy, "from start", "from previous", "drop-off"];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const format = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join("  ");
  io.stdout(
    `${[format(header), ...rows.map(format)].join("\n")}\nOverall conversion: ${(result.overallConversion * 100).toFixed(1)}% of ${result.units} ${result.countBy}.\n` +
      `Read ${totalReport(reports).rowsRead} rows with ${readWith}.\n`,
  );
  return 0;
}
