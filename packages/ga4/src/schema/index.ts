// `@journeykit/ga4/schema`: the GA4 export's layout as data, with no run-time dependencies, for
// packages that compile or read exports without the readers (such as @journeykit/sql).
export {
  GA4_BATCH_COLUMNS,
  GA4_COLLECTED_TRAFFIC,
  GA4_ENGAGEMENT_EVENTS,
  GA4_FIRST_TOUCH_TRAFFIC,
  GA4_GOOGLE_ADS_TRAFFIC,
  GA4_LAST_CLICK_TRAFFIC,
  GA4_PARAM_VALUE_FIELDS,
  GA4_SESSION_EVENTS,
  GA4_SESSION_ID_PARAM,
  GA4_TRAFFIC_COLUMNS,
  GA4_TRAFFIC_SCOPES,
  type Ga4TrafficScope,
} from "./ga4-export-schema";
