/** One named CTE: its name, a comment saying what it holds (one or more lines), and its SELECT. */
export interface Cte {
  readonly name: string;
  readonly comment: string;
  readonly body: string;
}

/** Lines as `--` comments. */
export function commentLines(text: string, by = ""): string {
  return text
    .split("\n")
    .map((line) => `${by}-- ${line}`)
    .join("\n");
}

function indent(text: string, by: string): string {
  return text
    .split("\n")
    .map((line) => (line === "" ? line : `${by}${line}`))
    .join("\n");
}

/**
 * Lays out a query as named CTEs, each under a comment, then the final SELECT: the readable shape
 * every generated query has.
 */
export function cteQuery(header: readonly string[], ctes: readonly Cte[], final: string): string {
  const parts = ctes.map(
    (cte) => `${commentLines(cte.comment, "  ")}\n  ${cte.name} AS (\n${indent(cte.body, "    ")}\n  )`,
  );
  const comments = header.length === 0 ? "" : `${commentLines(header.join("\n"))}\n`;
  return parts.length === 0 ? `${comments}${final}` : `${comments}WITH\n${parts.join(",\n")}\n${final}`;
}

/**
 * A BigQuery script that writes CTE `events` (and the CTEs it reads) to a temporary table first,
 * then runs the rest: BigQuery runs a CTE once per reference, and the analyses read `events`
 * (and so the export) more than once.
 */
export function materializedQuery(header: readonly string[], ctes: readonly Cte[], final: string): string {
  const split = ctes.findIndex((cte) => cte.name === "events");
  const events = ctes[split];
  if (events === undefined) return `${cteQuery(header, ctes, final)}\n`;
  const first = cteQuery(
    [],
    ctes.slice(0, split),
    `-- ${events.comment.replaceAll("\n", "\n-- ")}\n${events.body}`,
  );
  const analysis: Cte[] = [
    { name: "events", comment: "The events of statement 1.", body: "SELECT * FROM journeykit_events" },
    ...ctes.slice(split + 1),
  ];
  return `${commentLines(header.join("\n"))}\n\n-- 1. The events, read from the export once, into a temporary table.\nCREATE TEMP TABLE journeykit_events AS\n${first};\n\n-- 2. The analysis.\n${cteQuery([], analysis, final)};\n`;
}
