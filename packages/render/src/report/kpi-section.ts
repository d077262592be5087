import type { KpiReport, KpiReportLine } from "@journeykit/core";
import type { Formatter } from "../locale/formatter";
import type { Labels } from "../locale/labels";
import type { ReportLabels } from "../locale/report-labels";
import { displayStatus } from "../metrics/journey-metrics";
import { type Html, raw, section, table, tag } from "./html";

/** Every KPI with its stage, value, interval, N, target and status, in one table. */
export function kpiSection(
  report: KpiReport,
  chartLabels: Labels,
  labels: ReportLabels,
  formatter: Formatter,
): Html {
  const rows = report.stages.flatMap((group) =>
    group.kpis.map((line) => ({ stage: group.stage === null ? labels.wholeJourney : group.name, line })),
  );
  if (rows.length === 0) return section("kpis", labels.kpis, tag("p", { class: "muted" }, labels.none));
  const statusWord = {
    "on-target": chartLabels.onTarget,
    "off-target": chartLabels.offTarget,
    unclear: chartLabels.unclear,
    "no-data": chartLabels.noData,
    "no-target": "–",
  } as const;
  const value = (line: KpiReportLine, pick: (line: KpiReportLine) => number | null | undefined) => {
    const number = pick(line);
    return number === null || number === undefined ? raw("") : formatter.kpi(number, line.unit);
  };
  return section(
    "kpis",
    labels.kpis,
    table(
      labels.kpis,
      [
        { heading: labels.stage, cell: (row) => row.stage },
        { heading: labels.kpi, cell: (row) => row.line.name },
        { heading: labels.value, cell: (row) => value(row.line, (line) => line.value), numeric: true },
        {
          heading: labels.interval,
          cell: (row) =>
            row.line.interval === null
              ? raw("")
              : `${formatter.kpi(row.line.interval.lower, row.line.unit)} – ${formatter.kpi(row.line.interval.upper, row.line.unit)}`,
          numeric: true,
        },
        {
          heading: "N",
          cell: (row) => (row.line.n === null ? raw("") : formatter.number(row.line.n, 0)),
          numeric: true,
        },
        { heading: labels.target, cell: (row) => value(row.line, (line) => line.target), numeric: true },
        {
          heading: labels.status,
          cell: (row) => {
            const status = displayStatus(row.line);
            return tag("span", { class: `status status-${status}` }, statusWord[status]);
          },
        },
      ],
      rows,
    ),
  );
}
