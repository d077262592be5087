import { type JsonRecord, optionalRecord, optionalText, ownField } from "./read-field";
import { type Ga4RowFields, isProblem, type RowProblem } from "./row-decoding";

/**
 * Where the traffic source of an event is read from: `"event"` (what was collected with the
 * event), `"session"` (the session's last click) or `"user"` (the user's first touch).
 */
export type TrafficScope = "event" | "session" | "user";

/** The traffic source found for an event; `group` when the export already names the channel group. */
export interface RowTraffic {
  readonly source: string | undefined;
  readonly medium: string | undefined;
  readonly campaign: string | undefined;
  readonly group?: string | undefined;
}

const NONE: RowTraffic = { source: undefined, medium: undefined, campaign: undefined };

type Found = RowTraffic | undefined | RowProblem;

function textsOf(record: JsonRecord, path: string, names: readonly [string, string, string]): Found {
  const source = optionalText(record, names[0], path);
  if (isProblem(source)) return source;
  const medium = optionalText(record, names[1], path);
  if (isProblem(medium)) return medium;
  const campaign = optionalText(record, names[2], path);
  if (isProblem(campaign)) return campaign;
  return source === undefined && medium === undefined ? undefined : { source, medium, campaign };
}

// Auto-tagged Google Ads clicks carry a gclid instead of utm parameters; GA4 reports them as
// google / cpc.
function googleAds(campaign: string | undefined): RowTraffic {
  return { source: "google", medium: "cpc", campaign };
}

function collected(fields: Ga4RowFields, params: Record<string, unknown>): Found {
  const record = optionalRecord(fields.collectedTrafficSource, "collected_traffic_source");
  if (isProblem(record)) return record;
  if (record !== undefined) {
    const manual = textsOf(record, "collected_traffic_source", [
      "manual_source",
      "manual_medium",
      "manual_campaign_name",
    ]);
    if (manual !== undefined) return manual;
    const gclid = optionalText(record, "gclid", "collected_traffic_source");
    if (isProblem(gclid)) return gclid;
    if (gclid !== undefined) return googleAds(undefined);
  }
  const source = typeof params.source === "string" && params.source !== "" ? params.source : undefined;
  const medium = typeof params.medium === "string" && params.medium !== "" ? params.medium : undefined;
  const campaign =
    typeof params.campaign === "string" && params.campaign !== "" ? params.campaign : undefined;
  if (source !== undefined || medium !== undefined) return { source, medium, campaign };
  return typeof params.gclid === "string" && params.gclid !== "" ? googleAds(campaign) : undefined;
}

function lastClick(fields: Ga4RowFields): Found {
  const path = "session_traffic_source_last_click";
  const record = optionalRecord(fields.sessionTrafficSourceLastClick, path);
  if (record === undefined || isProblem(record)) return record;
  const cross = optionalRecord(ownField(record, "cross_channel_campaign"), `${path}.cross_channel_campaign`);
  if (isProblem(cross)) return cross;
  if (cross !== undefined) {
    const found = textsOf(cross, `${path}.cross_channel_campaign`, ["source", "medium", "campaign_name"]);
    if (isProblem(found)) return found;
    const group = optionalText(cross, "default_channel_group", `${path}.cross_channel_campaign`);
    if (isProblem(group)) return group;
    if (found !== undefined) return { ...found, group };
  }
  const manual = optionalRecord(ownField(record, "manual_campaign"), `${path}.manual_campaign`);
  if (isProblem(manual)) return manual;
  if (manual !== undefined) {
    const found = textsOf(manual, `${path}.manual_campaign`, ["source", "medium", "campaign_name"]);
    if (found !== undefined) return found;
  }
  const ads = optionalRecord(ownField(record, "google_ads_campaign"), `${path}.google_ads_campaign`);
  if (isProblem(ads)) return ads;
  if (ads !== undefined && Object.values(ads).some((value) => value !== null)) {
    const campaign = optionalText(ads, "campaign_name", `${path}.google_ads_campaign`);
    return isProblem(campaign) ? campaign : googleAds(campaign);
  }
  return undefined;
}

function firstTouch(fields: Ga4RowFields): Found {
  const record = optionalRecord(fields.trafficSource, "traffic_source");
  if (record === undefined || isProblem(record)) return record;
  return textsOf(record, "traffic_source", ["source", "medium", "name"]);
}

/**
 * The traffic source of one row in the given scope:
 * - `"event"`: `collected_traffic_source` (`manual_source`, `manual_medium`,
 *   `manual_campaign_name`; a `gclid` alone means google / cpc), else the event's own `source`,
 *   `medium` and `campaign` params (a `gclid` param alone means google / cpc);
 * - `"session"`: `session_traffic_source_last_click`, its `cross_channel_campaign` (with GA4's own
 *   `default_channel_group`), else `manual_campaign`, else a `google_ads_campaign` as google / cpc;
 * - `"user"`: `traffic_source` (`source`, `medium`, `name`), the user's first touch.
 *
 * Rows without any give {@link NONE}; a field of the wrong type gives a problem.
 */
export function trafficOfRow(
  scope: TrafficScope,
  fields: Ga4RowFields,
  params: Record<string, unknown>,
): RowTraffic | RowProblem {
  const found =
    scope === "event"
      ? collected(fields, params)
      : scope === "session"
        ? lastClick(fields)
        : firstTouch(fields);
  return found ?? NONE;
}
