// Turns one event of bench/interleaved-visit.mjs into a GA4 BigQuery export row, in the export's
// column order, with INT64 values as JSON strings and every null field left out.
import { HOST } from "./interleaved-shop.mjs";

const DAY_US = 86_400_000_000;
const STREAM_ID = "4178320915";
const USD_PER_NOK = 0.093;

const stringParam = (key, value) => ({ key, value: { string_value: value } });
const intParam = (key, value) => ({ key, value: { int_value: String(value) } });
const doubleParam = (key, value) => ({ key, value: { double_value: value } });
const PARAM = { string: stringParam, int: intParam, double: doubleParam };
const usd = (nok) => Math.round(nok * USD_PER_NOK * 100) / 100;

let dateDay = -1;
let dateText = "";
function eventDate(timeUs) {
  const day = Math.floor(timeUs / DAY_US);
  if (day !== dateDay) {
    dateDay = day;
    dateText = new Date(day * 86_400_000).toISOString().slice(0, 10).replaceAll("-", "");
  }
  return dateText;
}

const deviceRows = new Map();
/** The `device` column of a visitor (its device and its browser's language), built once per kind. */
function deviceRow(device, place) {
  const key = `${device.category}|${device.operating_system}|${device.browser}|${place.language}`;
  let row = deviceRows.get(key);
  if (row === undefined) {
    const { weight, browser, browser_version, ...fields } = device;
    row = {
      ...fields,
      language: place.language,
      is_limited_ad_tracking: "No",
      web_info: { browser, browser_version, hostname: HOST },
    };
    deviceRows.set(key, row);
  }
  return row;
}

const geoRow = ({ weight, language, ...geo }) => geo;

/** GA4's last-click attribution: a direct visit keeps the visitor's last channel that was not. */
function lastClickOf(session) {
  if (session.lastClick === undefined) {
    const { channel, user } = session;
    const attributed = channel.medium === "(none)" ? (user.lastNonDirect ?? channel) : channel;
    if (channel.medium !== "(none)") user.lastNonDirect = channel;
    session.lastClick = {
      manual_campaign: {
        campaign_name: attributed.campaign,
        source: attributed.source,
        medium: attributed.medium,
      },
      cross_channel_campaign: {
        campaign_name: attributed.campaign,
        source: attributed.source,
        medium: attributed.medium,
        source_platform: "Manual",
        default_channel_group: attributed.group,
        primary_channel_group: attributed.group,
      },
    };
  }
  return session.lastClick;
}

function eventParams(session, event) {
  const { channel, user } = session;
  const params = [];
  if (user.pseudoId !== undefined) {
    params.push(intParam("ga_session_id", session.id), intParam("ga_session_number", session.number));
  }
  params.push(stringParam("page_location", event.page.location), stringParam("page_title", event.page.title));
  if (event.page.referrer !== undefined) params.push(stringParam("page_referrer", event.page.referrer));
  if (event.landing && channel.medium !== "(none)") {
    params.push(
      stringParam("source", channel.source),
      stringParam("medium", channel.medium),
      stringParam("campaign", channel.campaign),
    );
  }
  if (!event.landing) params.push(intParam("engaged_session_event", 1));
  if (event.engagedMs !== undefined) params.push(intParam("engagement_time_msec", event.engagedMs));
  if (event.scroll) params.push(intParam("percent_scrolled", 90));
  if (event.value !== undefined)
    params.push(stringParam("currency", "NOK"), doubleParam("value", event.value));
  if (event.transactionId !== undefined) params.push(stringParam("transaction_id", event.transactionId));
  for (const [key, kind, value] of event.params ?? []) params.push(PARAM[kind](key, value));
  return params;
}

function itemRow({ product, index, list }, purchased) {
  const item = {
    item_id: product.id,
    item_name: product.name,
    item_brand: product.brand,
    item_variant: product.variant,
    item_category: product.category,
    item_category2: product.category2,
    price_in_usd: product.priceInUsd,
    price: product.price,
    quantity: "1",
  };
  if (purchased) {
    item.item_revenue_in_usd = product.priceInUsd;
    item.item_revenue = product.price;
  }
  if (list !== undefined) {
    item.item_list_name = list.name;
    item.item_list_index = String(index + 1);
  }
  return item;
}

/** Sets the event's batch: a new page starts a page id; events on one microsecond share a batch. */
function batchOf(session, event) {
  if (event.page !== session.page) {
    session.page = event.page;
    session.pageId = String(Math.floor(event.time / 1000));
    session.ordering = 0;
    session.lastTime = -1;
  }
  if (event.time === session.lastTime) session.index += 1;
  else {
    session.ordering += 1;
    session.index = 0;
    session.lastTime = event.time;
  }
}

/** The export row of `event` in `session`; `next` decides the few rows without last-click data. */
export function toExportRow(next, session, event) {
  const { user, channel } = session;
  batchOf(session, event);
  const consented = user.pseudoId !== undefined;
  const row = {
    event_date: eventDate(event.time),
    event_timestamp: String(event.time),
    event_name: event.name,
    event_params: eventParams(session, event),
  };
  if (event.value !== undefined) row.event_value_in_usd = usd(event.value);
  user.bundles += 1;
  row.event_bundle_sequence_id = String(user.bundles);
  if (session.loggedIn && user.userId !== undefined) row.user_id = user.userId;
  if (consented) row.user_pseudo_id = user.pseudoId;
  row.privacy_info = consented
    ? { analytics_storage: "Yes", ads_storage: "Yes", uses_transient_token: "No" }
    : { analytics_storage: "No", ads_storage: "No", uses_transient_token: "Yes" };
  row.user_properties = [];
  if (consented) row.user_first_touch_timestamp = String(user.firstTouchUs);
  if (user.revenue > 0) row.user_ltv = { revenue: user.revenue, currency: "NOK" };
  row.device = deviceRow(user.device, user.place);
  row.geo = geoRow(user.place);
  if (consented) {
    const first = user.firstChannel;
    row.traffic_source = { name: first.campaign, medium: first.medium, source: first.source };
  }
  row.stream_id = STREAM_ID;
  row.platform = "WEB";
  if (event.landing && channel.medium !== "(none)") {
    row.collected_traffic_source = {
      manual_campaign_name: channel.campaign,
      manual_source: channel.source,
      manual_medium: channel.medium,
    };
    if (channel.gclid) row.collected_traffic_source.gclid = `Cj0K${session.id}${user.bundles}`;
  }
  if (event.name === "purchase") {
    row.ecommerce = {
      total_item_quantity: String(event.items.length),
      purchase_revenue_in_usd: usd(event.value),
      purchase_revenue: event.value,
      unique_items: String(new Set(event.items.map(({ product }) => product.id)).size),
      transaction_id: event.transactionId,
    };
  }
  row.items = (event.items ?? []).map((item) => itemRow(item, event.name === "purchase"));
  row.is_active_user = true;
  row.batch_event_index = String(session.index);
  row.batch_page_id = session.pageId;
  row.batch_ordering_id = String(session.ordering);
  // GA4 has no last click yet on a new visitor's first events, and misses it on a few others.
  const firstEvents = user.sessions === 1 && (event.name === "first_visit" || event.name === "session_start");
  if (!firstEvents && next() > 0.03) row.session_traffic_source_last_click = lastClickOf(session);
  return row;
}
