import {
  GA4_COLLECTED_TRAFFIC,
  GA4_FIRST_TOUCH_TRAFFIC,
  GA4_GOOGLE_ADS_TRAFFIC,
  GA4_TRAFFIC_COLUMNS,
  type Ga4TrafficScope,
} from "../schema/ga4-export-schema";
import { type JsonRecord, optionalRecord, optionalText, ownField } from "./read-field";
import { type Ga4RowFields, isProblem, type RowProblem } from "./row-decoding";

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
  return { ...GA4_GOOGLE_ADS_TRAFFIC, campaign };
}

const COLLECTED = GA4_TRAFFIC_COLUMNS.event;
const { manual: MANUAL, params: PARAMS } = GA4_COLLECTED_TRAFFIC;
const MANUAL_FIELDS = [MANUAL.source, MANUAL.medium, MANUAL.campaign] as const;
const FIRST_TOUCH_FIELDS = [
  GA4_FIRST_TOUCH_TRAFFIC.source,
  GA4_FIRST_TOUCH_TRAFFIC.medium,
  GA4_FIRST_TOUCH_TRAFFIC.campaign,
] as const;

function textParam(params: Record<string, unknown>, name: string): string | undefined {
  const value = params[name];
  return typeof value === "string" && value !== "" ? value : undefined;
}

function collected(fields: Ga4RowFields, params: Record<string, unknown>): Found {
  const record = optionalRecord(fields.collectedTrafficSource, COLLECTED);
  if (isProblem(record)) return record;
  if (record !== undefined) {
    const manual = textsOf(record, COLLECTED, MANUAL_FIELDS);
    if (manual !== undefined) return manual;
    const gclid = optionalText(record, GA4_COLLECTED_TRAFFIC.gclid, COLLECTED);
    if (isProblem(gclid)) return gclid;
    if (gclid !== undefined) return googleAds(undefined);
  }
  const source = textParam(params, PARAMS.source);
  const medium = textParam(params, PARAMS.medium);
  const campaign = textParam(params, PARAMS.campaign);
  if (source !== undefined || medium !== undefined) return { source, medium, campaign };
  return textParam(params, PARAMS.gclid) !== undefined ? googleAds(campaign) : undefined;
}

function lastClick(fields: Ga4RowFields): Found {
  const path = GA4_TRAFFIC_COLUMNS.session;
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
  const record = optionalRecord(fields.trafficSource, GA4_TRAFFIC_COLUMNS.user);
  if (record === undefined || isProblem(record)) return record;
  return textsOf(record, GA4_TRAFFIC_COLUMNS.user, FIRST_TOUCH_FIELDS);
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
  scope: Ga4TrafficScope,
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
