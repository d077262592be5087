// Test support: hand-written GA4 export rows for worked examples: a customer, a minute (and
// microseconds), a name, params; the batch index orders events on the same microsecond.
import type { ExportRow } from "../../ga4/test/ga4-export-rows";

const BASE_MICROS = 1_704_067_200_000_000; // 2024-01-01T00:00:00Z

let batchIndex = 0;

export function exportRow(
  customer: string,
  minute: number,
  name: string,
  params: Record<string, string | number | null> = {},
  { micros = 0, session = 1 }: { micros?: number; session?: number } = {},
): ExportRow {
  const timestamp = BASE_MICROS + Math.round(minute * 60_000_000) + micros;
  batchIndex += 1;
  return {
    event_date: new Date(timestamp / 1000).toISOString().slice(0, 10).replaceAll("-", ""),
    event_timestamp: String(timestamp),
    event_name: name,
    event_params: [
      {
        key: "ga_session_id",
        value: { string_value: null, int_value: String(session), float_value: null, double_value: null },
      },
      ...Object.entries(params).map(([key, value]) => ({
        key,
        value: {
          string_value: typeof value === "string" ? value : null,
          int_value: typeof value === "number" && Number.isInteger(value) ? String(value) : null,
          float_value: null,
          double_value: typeof value === "number" && !Number.isInteger(value) ? value : null,
        },
      })),
    ],
    user_id: null,
    user_pseudo_id: customer,
    batch_page_id: "1",
    batch_ordering_id: "1",
    batch_event_index: String(batchIndex),
    collected_traffic_source: null,
    traffic_source: null,
  };
}
