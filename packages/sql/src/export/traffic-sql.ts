import {
  GA4_COLLECTED_TRAFFIC,
  GA4_FIRST_TOUCH_TRAFFIC,
  GA4_GOOGLE_ADS_TRAFFIC,
  GA4_TRAFFIC_COLUMNS,
  type Ga4TrafficScope,
} from "@journeykit/ga4/schema";
import type { PropertyColumns } from "./property-columns";

/** The export column an event's traffic comes from, and the SQL of its source and medium. */
export interface TrafficSql {
  /** The export column (a RECORD) read into CTE `event_rows` as `traffic`. */
  readonly column: string;
  readonly source: string;
  readonly medium: string;
}

/**
 * An event's `source` and `medium` as `readGa4Export` reads them (empty strings count as none),
 * by the rules of `@journeykit/ga4/schema`:
 *
 * - `"event"`: `collected_traffic_source`'s manual source and medium when either is set; else a
 *   `gclid` there means google / cpc; else the event's own `source` and `medium` params when
 *   either is set; else a `gclid` param means google / cpc;
 * - `"user"`: `traffic_source`'s source and medium (the user's first touch).
 *
 * Registers the params it reads.
 */
export function trafficSql(
  scope: Exclude<Ga4TrafficScope, "session">,
  properties: PropertyColumns,
): TrafficSql {
  if (scope === "user") {
    return {
      column: GA4_TRAFFIC_COLUMNS.user,
      source: `NULLIF(traffic.${GA4_FIRST_TOUCH_TRAFFIC.source}, '')`,
      medium: `NULLIF(traffic.${GA4_FIRST_TOUCH_TRAFFIC.medium}, '')`,
    };
  }
  const { manual, gclid, params } = GA4_COLLECTED_TRAFFIC;
  const param = (key: string) => `NULLIF(${properties.of(key).column("string")}, '')`;
  const manualSource = `NULLIF(traffic.${manual.source}, '')`;
  const manualMedium = `NULLIF(traffic.${manual.medium}, '')`;
  const field = (manualField: string, fromParam: string, googleAds: string) =>
    `CASE
  WHEN ${manualSource} IS NOT NULL OR ${manualMedium} IS NOT NULL THEN ${manualField}
  WHEN NULLIF(traffic.${gclid}, '') IS NOT NULL THEN '${googleAds}'
  WHEN ${param(params.source)} IS NOT NULL OR ${param(params.medium)} IS NOT NULL THEN ${fromParam}
  WHEN ${param(params.gclid)} IS NOT NULL THEN '${googleAds}'
END`;
  return {
    column: GA4_TRAFFIC_COLUMNS.event,
    source: field(manualSource, param(params.source), GA4_GOOGLE_ADS_TRAFFIC.source),
    medium: field(manualMedium, param(params.medium), GA4_GOOGLE_ADS_TRAFFIC.medium),
  };
}
