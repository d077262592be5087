// Test support: the one documented case where SQL and memory may order tied events differently
// (docs/guides/bigquery.md, "Where results can differ"): rows on the same microsecond with the
// same event name, without all three batch columns, that differ in their traffic source. Memory
// orders them by session, channel, source and medium before their params; the SQL has no channel
// to order by and orders them by params, so a breakdown or matcher on traffic or params may see
// them in another order. Cases with such rows are not compared.
import type { ExportRow } from "../../ga4/test/ga4-export-rows";

const hasSequence = (row: ExportRow) =>
  row.batch_page_id !== null && row.batch_ordering_id !== null && row.batch_event_index !== null;

/** Whether `rows` have two events tied on time and name, without sequences, whose traffic differs. */
export function hasTrafficTies(rows: readonly ExportRow[]): boolean {
  const trafficByTie = new Map<string, string>();
  for (const row of rows) {
    if (hasSequence(row)) continue;
    const tie = `${row.event_timestamp}\u0000${row.event_name}`;
    const traffic = JSON.stringify([row.collected_traffic_source, row.traffic_source]);
    const seen = trafficByTie.get(tie);
    if (seen === undefined) trafficByTie.set(tie, traffic);
    else if (seen !== traffic) return true;
  }
  return false;
}
