import {
  GA4_COLLECTED_TRAFFIC,
  GA4_FIRST_TOUCH_TRAFFIC,
  GA4_GOOGLE_ADS_TRAFFIC,
  GA4_LAST_CLICK_TRAFFIC,
  GA4_TRAFFIC_COLUMNS,
  type Ga4TrafficScope,
} from "@journeykit/ga4/schema";
import type { PropertyColumns } from "./property-columns";

/** The export column an event's traffic comes from, and the SQL of its fields. */
export interface TrafficSql {
  /** The export column (a RECORD) read into CTE `event_rows` as `traffic`. */
  readonly column: string;
  readonly source: string;
  readonly medium: string;
  /** The campaign's SQL, registering the params it reads: only a reader of whole events asks. */
  campaign(): string;
  /** The channel group the export itself names (`"session"` scope only), else NULL. */
  readonly group: string;
}

const text = (field: string) => `NULLIF(${field}, '')`;

// STRING is VARCHAR's other name in DuckDB and the type's name in BigQuery.
const NO_GROUP = "CAST(NULL AS STRING)";

/** `source`, `medium` and `campaign` of the first record of `records` whose source or medium is set. */
function firstSet(
  records: readonly { readonly path: string; readonly names: readonly [string, string, string] }[],
  fallback: { readonly when: string; readonly gives: readonly [string, string, string] },
): [string, string, string] {
  const field = (k: 0 | 1 | 2) =>
    `CASE
${records
  .map(
    ({ path, names }) =>
      `  WHEN ${text(`${path}.${names[0]}`)} IS NOT NULL OR ${text(`${path}.${names[1]}`)} IS NOT NULL THEN ${text(`${path}.${names[k]}`)}`,
  )
  .join("\n")}
  WHEN ${fallback.when} THEN ${fallback.gives[k]}
END`;
  return [field(0), field(1), field(2)];
}

/**
 * The session scope: `session_traffic_source_last_click`'s `cross_channel_campaign` (with GA4's
 * own channel group), else its `manual_campaign`, else a `google_ads_campaign` with any field set
 * as google / cpc.
 */
function lastClickSql(): TrafficSql {
  const cross = "traffic.cross_channel_campaign";
  const ads = "traffic.google_ads_campaign";
  const [source, medium, campaign] = firstSet(
    [
      { path: cross, names: ["source", "medium", "campaign_name"] },
      { path: "traffic.manual_campaign", names: ["source", "medium", "campaign_name"] },
    ],
    {
      when: `(${GA4_LAST_CLICK_TRAFFIC.googleAds.map((field) => `${ads}.${field} IS NOT NULL`).join(" OR ")})`,
      gives: [
        `'${GA4_GOOGLE_ADS_TRAFFIC.source}'`,
        `'${GA4_GOOGLE_ADS_TRAFFIC.medium}'`,
        text(`${ads}.campaign_name`),
      ],
    },
  );
  return {
    column: GA4_TRAFFIC_COLUMNS.session,
    source,
    medium,
    campaign: () => campaign,
    group: `CASE WHEN ${text(`${cross}.source`)} IS NOT NULL OR ${text(`${cross}.medium`)} IS NOT NULL THEN ${text(`${cross}.default_channel_group`)} END`,
  };
}

/**
 * An event's `source`, `medium` and `campaign` as `readGa4Export` reads them (empty strings count
 * as none), by the rules of `@journeykit/ga4/schema`:
 *
 * - `"event"`: `collected_traffic_source`'s manual fields when its source or medium is set; else a
 *   `gclid` there means google / cpc; else the event's own `source`, `medium` and `campaign`
 *   params when either of the first two is set; else a `gclid` param means google / cpc;
 * - `"session"`: the session's last click (see {@link lastClickSql}), with its channel group;
 * - `"user"`: `traffic_source`'s source, medium and name (the user's first touch).
 *
 * Registers the params it reads.
 */
export function trafficSql(scope: Ga4TrafficScope, properties: PropertyColumns): TrafficSql {
  if (scope === "session") return lastClickSql();
  if (scope === "user") {
    const [source, medium, campaign] = (["source", "medium", "campaign"] as const).map((field) =>
      text(`traffic.${GA4_FIRST_TOUCH_TRAFFIC[field]}`),
    ) as [string, string, string];
    return { column: GA4_TRAFFIC_COLUMNS.user, source, medium, campaign: () => campaign, group: NO_GROUP };
  }
  const { manual, gclid, params } = GA4_COLLECTED_TRAFFIC;
  const param = (key: string) => text(properties.of(key).column("string"));
  const manualSource = text(`traffic.${manual.source}`);
  const manualMedium = text(`traffic.${manual.medium}`);
  // What each rule gives: the manual field, a gclid there, the param, a gclid param.
  const field = (manualField: string, collectedGclid: string, fromParam: string, paramGclid: string) =>
    `CASE
  WHEN ${manualSource} IS NOT NULL OR ${manualMedium} IS NOT NULL THEN ${manualField}
  WHEN ${text(`traffic.${gclid}`)} IS NOT NULL THEN ${collectedGclid}
  WHEN ${param(params.source)} IS NOT NULL OR ${param(params.medium)} IS NOT NULL THEN ${fromParam}
  WHEN ${param(params.gclid)} IS NOT NULL THEN ${paramGclid}
END`;
  const adsSource = `'${GA4_GOOGLE_ADS_TRAFFIC.source}'`;
  const adsMedium = `'${GA4_GOOGLE_ADS_TRAFFIC.medium}'`;
  return {
    column: GA4_TRAFFIC_COLUMNS.event,
    source: field(manualSource, adsSource, param(params.source), adsSource),
    medium: field(manualMedium, adsMedium, param(params.medium), adsMedium),
    // A gclid in collected_traffic_source carries no campaign; a gclid param keeps the campaign param.
    campaign: () => {
      const campaignParam = param(params.campaign);
      return field(text(`traffic.${manual.campaign}`), "NULL", campaignParam, campaignParam);
    },
    group: NO_GROUP,
  };
}
