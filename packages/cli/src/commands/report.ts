import { mkdir, writeFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { journeyReport, measureKpis } from "@journeykit/core";
import { GA4_ENGAGEMENT_EVENTS, GA4_SESSION_EVENTS } from "@journeykit/ga4/schema";
import { renderReport } from "@journeykit/render";
import { CliError, EXIT_CODES, usageError } from "../cli-error";
import type { CliIo } from "../cli-io";
import { journeyFromOptions, localeOption } from "../load-journey-option";
import type { CommandOptions } from "../main";
import { describeInputs, exportReadOptions, readExport, totalReport } from "../read-export";

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/**
 * GA4 events that say nothing about the journey: engagement pings and scroll depth. Left out of
 * the paths and of the conformance check (where they are counted as ignored, not as undocumented).
 */
const GA4_NOISE_EVENTS: readonly string[] = GA4_ENGAGEMENT_EVENTS;
/** Events every GA4 session repeats too; the path diagram is only readable without them. */
const GA4_PATH_NOISE_EVENTS = [...GA4_NOISE_EVENTS, ...GA4_SESSION_EVENTS];

/**
 * `journeykit report <export...> --template <id> [--journey file] [--locale nb] [--out report.html]`:
 * reads the export (files, folders, globs), writes the one-file HTML report and prints a short
 * summary saying what read it.
 */
export async function reportCommand(
  positionals: readonly string[],
  io: CliIo,
  options: CommandOptions,
): Promise<number> {
  if (positionals.length === 0) {
    throw usageError(
      "report needs an export: journeykit report <events.ndjson|events_*.json.gz|folder ...> --template b2c-ecommerce",
    );
  }
  const readOptions = exportReadOptions(options);
  const journey = await journeyFromOptions(options, io);
  const locale = localeOption(options);
  const { log, reports, readWith, skipped } = await readExport(positionals, io, readOptions);
  const input = describeInputs(positionals);
  const totals = totalReport(reports);
  if (log.size === 0) {
    throw new CliError({
      message: `No events were read from ${input} (${totals.rowsRead} rows, ${totals.rowsSkipped} skipped); is it a GA4 export?`,
      exitCode: EXIT_CODES.input,
    });
  }
  const ignore =
    typeof options.ignore === "string"
      ? options.ignore
          .split(",")
          .map((name) => name.trim())
          .filter(Boolean)
      : [];
  const kpis = measureKpis(journey, log);
  const report = journeyReport(journey, log, {
    metrics: kpis.measurements,
    paths: { maxSteps: 5, top: 10, collapseRepeats: true, ignore: [...GA4_PATH_NOISE_EVENTS, ...ignore] },
    conformance: { ignore: [...GA4_NOISE_EVENTS, ...ignore] },
  });
  const html = renderReport(report, { source: input, ...(locale === undefined ? {} : { locale }) });
  const out = resolve(io.cwd, typeof options.out === "string" ? options.out : "report.html");
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, html);

  const { stageFunnel: funnel, conformance: fit } = report;
  const biggest = funnel?.biggestDropOff.byCount ?? null;
  const lines = [
    `Read ${totals.rowsRead} rows with ${readWith}: ${report.events} events of ${report.customers} customers and ${log.columns.sessionIds.length} sessions` +
      ` (${totals.duplicatesRemoved} duplicate rows removed, ${totals.rowsSkipped} rows skipped).`,
    ...(funnel === null || fit === null
      ? [
          `Journey "${journey.name}": no stage has touchpoints with event matchers, so the data cannot be placed on the map.`,
        ]
      : [
          `Journey "${journey.name}": ${percent(funnel.overallConversion)} of customers who enter reach "${funnel.steps.at(-1)?.label ?? ""}".`,
          biggest === null
            ? "No drop-off between stages."
            : `Biggest drop-off: ${biggest.dropOff} customers (${percent(biggest.dropOffRate)}) between "${biggest.fromLabel}" and "${biggest.toLabel}".`,
          `Conformance: ${percent(fit.fitness)} of customers follow the map's stage order without skips.`,
        ]),
    `KPIs: ${Object.keys(kpis.measurements).length} measured from the events, ${kpis.unmeasured.length + kpis.skipped.length} need other data (surveys, CRM) or had no eligible customers.`,
    ...skipped.map((line) => `Note: ${line}`),
    ...totals.warnings.slice(0, 5).map((warning) => `Warning: ${warning}`),
    `Report written to ${relative(io.cwd, out) || out}`,
  ];
  io.stdout(`${lines.join("\n")}\n`);
  return 0;
}
