import type { PropertyColumns } from "./property-columns";
import type { TrafficScope } from "./traffic-fields";

/** The export column an event's traffic comes from, and the SQL of its source and medium. */
export interface TrafficSql {
  /** The export column (a RECORD) read into CTE `event_rows` as `traffic`. */
  readonly column: string;
  readonly source: string;
  readonly medium: string;
}

/**
 * An event's `source` and `medium` as `readGa4Export` reads them (empty strings count as none):
 *
 * - `"event"`: `collected_traffic_source`'s manual source and medium when either is set; else a
 *   `gclid` there means google / cpc; else the event's own `source` and `medium` params when
 *   either is set; else a `gclid` param means google / cpc;
 * - `"user"`: `traffic_source`'s source and medium (the user's first touch).
 *
 * Registers the params it reads.
 */
export function trafficSql(scope: Exclude<TrafficScope, "session">, properties: PropertyColumns): TrafficSql {
  if (scope === "user") {
    return {
      column: "traffic_source",
      source: "NULLIF(traffic.source, '')",
      medium: "NULLIF(traffic.medium, '')",
    };
  }
  const param = (key: string) => `NULLIF(${properties.of(key).column("string")}, '')`;
  const manualSource = "NULLIF(traffic.manual_source, '')";
  const manualMedium = "NULLIF(traffic.manual_medium, '')";
  const field = (manual: string, fromParam: string, googleAds: string) =>
    `CASE
  WHEN ${manualSource} IS NOT NULL OR ${manualMedium} IS NOT NULL THEN ${manual}
  WHEN NULLIF(traffic.gclid, '') IS NOT NULL THEN '${googleAds}'
  WHEN ${param("source")} IS NOT NULL OR ${param("medium")} IS NOT NULL THEN ${fromParam}
  WHEN ${param("gclid")} IS NOT NULL THEN '${googleAds}'
END`;
  return {
    column: "collected_traffic_source",
    source: field(manualSource, param("source"), "google"),
    medium: field(manualMedium, param("medium"), "cpc"),
  };
}
