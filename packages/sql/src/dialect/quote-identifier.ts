import { InvalidOptionError } from "@journeykit/core";

// Backticks and backslashes end or escape a BigQuery quoted identifier; control characters have
// no place in a table name.
const BIGQUERY_UNSAFE = /[`\\\p{Cc}]/u;

/**
 * A BigQuery table path (`project.dataset.table`, `events_*` wildcards allowed) in backticks.
 *
 * @throws InvalidOptionError (option `table`) when it holds a character that could end the quoting.
 */
export function bigQueryTable(table: string): string {
  if (table === "" || BIGQUERY_UNSAFE.test(table)) {
    throw new InvalidOptionError({
      option: "table",
      problem: `${JSON.stringify(table)} is not a BigQuery table path; write it as project.dataset.table (for example "my-project.analytics_123.events_*"), without backticks`,
    });
  }
  return `\`${table}\``;
}

/** A DuckDB table name (`schema.table` splits at dots), each part in double quotes. */
export function duckDbTable(table: string): string {
  const parts = table.split(".");
  if (parts.some((part) => part === "" || /\p{Cc}/u.test(part))) {
    throw new InvalidOptionError({
      option: "table",
      problem: `${JSON.stringify(table)} is not a DuckDB table name; write it as table or schema.table`,
    });
  }
  return parts.map((part) => `"${part.replaceAll('"', '""')}"`).join(".");
}
