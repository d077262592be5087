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
  return `${commentLines(header.join("\n"))}\nWITH\n${parts.join(",\n")}\n${final}\n`;
}
