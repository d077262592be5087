// Test support: GA4 export rows in DuckDB, loaded from the same NDJSON text the in-memory side
// reads, with the export's nested schema (event_params a list of { key, value } structs), the
// columns the SQL reads, and each row's text.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import type { SqlRow, SqlStatement } from "../src/index";

/** The export columns the SQL reads, with the export's types (INT64s arrive as JSON strings). */
const EXPORT_COLUMNS = JSON.stringify({
  event_date: "VARCHAR",
  event_timestamp: "BIGINT",
  event_name: "VARCHAR",
  event_params: [
    {
      key: "VARCHAR",
      value: { string_value: "VARCHAR", int_value: "BIGINT", float_value: "DOUBLE", double_value: "DOUBLE" },
    },
  ],
  user_id: "VARCHAR",
  user_pseudo_id: "VARCHAR",
  batch_page_id: "BIGINT",
  batch_ordering_id: "BIGINT",
  batch_event_index: "BIGINT",
  collected_traffic_source: {
    manual_source: "VARCHAR",
    manual_medium: "VARCHAR",
    manual_campaign_name: "VARCHAR",
    gclid: "VARCHAR",
  },
  traffic_source: { name: "VARCHAR", medium: "VARCHAR", source: "VARCHAR" },
});

/** A DuckDB that holds one table of export rows at a time and runs toSql's statements on it. */
export interface DuckDbExport {
  /** Replaces table `table` (default `ga4_events`) with these NDJSON rows. */
  load(ndjson: string, table?: string): Promise<void>;
  run(statement: SqlStatement): Promise<SqlRow[]>;
  close(): void;
}

export async function openDuckDbExport(): Promise<DuckDbExport> {
  const instance = await DuckDBInstance.create(":memory:", { threads: "1" });
  const connection: DuckDBConnection = await instance.connect();
  const folder = mkdtempSync(join(tmpdir(), "journeykit-sql-"));
  let files = 0;
  return {
    async load(ndjson, table = "ga4_events") {
      files += 1;
      const file = join(folder, `rows-${files}.ndjson`);
      writeFileSync(file, ndjson === "" ? "\n" : ndjson);
      const quoted = `"${table.replaceAll('"', '""')}"`;
      // Each row also keeps its text, so that "identical rows" means what it means to
      // readGa4Export (the same text), whatever columns the table has.
      await connection.run(
        `CREATE OR REPLACE TABLE ${quoted} AS
         SELECT unnest(json_transform(json, '${EXPORT_COLUMNS}')), CAST(json AS VARCHAR) AS export_row_text
         FROM read_ndjson_objects('${file}')`,
      );
      rmSync(file);
    },
    async run(statement) {
      const reader = await connection.runAndReadAll(
        statement.sql,
        statement.params as Record<string, string | number | boolean>,
      );
      return reader.getRowObjectsJS() as SqlRow[];
    },
    close() {
      connection.closeSync();
      instance.closeSync();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
