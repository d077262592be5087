// Every row of the real BigQuery export samples in ../shared/fixtures/ga4, read into events whose
// expected values were written by hand from the rows (see that folder's README for where they
// come from).
import { EventLog, type JourneyEvent } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { decodeRowReference } from "../src/export/decode-row-reference";
import { EXPORT_COLUMNS, type ExportColumn } from "../src/export/row-decoding";
import { RowScanner } from "../src/export/row-scanner";
import { type Ga4ExportOptions, type Ga4ReadReport, readGa4Export } from "../src/index";
import {
  requireSharedFixturesOnCi,
  sharedFixture,
  sharedFixturesFound,
  sharedFixturesMissing,
} from "./shared-fixtures";

requireSharedFixturesOnCi();

async function read(
  file: string,
  options: Ga4ExportOptions = {},
): Promise<{ events: JourneyEvent[]; report: Ga4ReadReport }> {
  const stream = readGa4Export(sharedFixture(file), options);
  const events: JourneyEvent[] = [];
  for await (const event of stream) events.push(event);
  return { events, report: await stream.report };
}

const SESSIONS = "bigquery-export-dataform-ga4-sessions.ndjson";
const LEAD = "1385813245.1702644703";

// The lead's four rows share these params; the event-specific ones are added per event.
const leadParams = {
  campaign: "(organic)",
  engaged_session_event: 1,
  ga_session_id: 1702644703,
  ga_session_number: 1,
  medium: "organic",
  page_location: "https://test.com/en/lp/",
  page_referrer: "https://www.bing.com/",
  page_title: "TITLE",
  source: "bing",
};
const leadEvent = {
  customerId: LEAD,
  sessionId: `${LEAD}:1702644703`,
  channel: "search",
  source: "bing",
  medium: "organic",
} as const;

describe.skipIf(!sharedFixturesFound)(
  `real export rows (${sharedFixturesFound ? "found" : sharedFixturesMissing})`,
  () => {
    it("reads the 16 rows into 14 events, removing the two exact duplicates (lines 2 and 11)", async () => {
      for (const fastPath of [true, false]) {
        const { events, report } = await read(SESSIONS, { fastPath });
        expect(report).toMatchObject({
          adapter: "ga4",
          format: "ndjson",
          rowsRead: 16,
          eventsEmitted: 14,
          rowsSkipped: 0,
        });
        expect(report.duplicatesRemoved).toBe(2);
        expect(report.details.consentModeRows).toBe(0);
        expect(events).toHaveLength(14);
      }
    });

    it("reads the lead journey as one session of one customer, in timestamp order", async () => {
      const { events } = await read(SESSIONS, { order: "timestamp" });
      const lead = events.filter((event) => event.customerId === LEAD);
      expect(lead).toEqual([
        {
          ...leadEvent,
          timestamp: 1702644703708.028,
          name: "session_start",
          // session_engaged arrives as an int here and as a string in the three rows below.
          properties: { ...leadParams, engagement_time_msec: 0, form_name: null, session_engaged: 1 },
        },
        {
          ...leadEvent,
          timestamp: 1702644765678.503,
          name: "form_start",
          properties: {
            ...leadParams,
            engagement_time_msec: 6539,
            form_name: "form_contact",
            session_engaged: "1",
          },
        },
        {
          ...leadEvent,
          timestamp: 1702644792816.784,
          name: "generate_lead",
          properties: {
            ...leadParams,
            engagement_time_msec: 31293,
            form_identifier: "form_contact",
            session_engaged: "1",
          },
        },
        {
          ...leadEvent,
          timestamp: 1702644792859.982,
          name: "form_submit",
          properties: {
            ...leadParams,
            engagement_time_msec: 809,
            form_name: "form_contact",
            session_engaged: "1",
          },
        },
      ]);
    });

    it("keeps the lead journey in order through an EventLog when read in file order", async () => {
      // The file has form_submit first; the log sorts by customer, then time.
      const { events } = await read(SESSIONS);
      expect(events.filter((event) => event.customerId === LEAD).map((event) => event.name)[0]).toBe(
        "form_submit",
      );
      const log = EventLog.from(events);
      const customer = log.columns.customerIds.indexOf(LEAD);
      const start = log.columns.customerStart[customer] ?? 0;
      const names = Array.from(
        { length: 4 },
        (_, offset) => log.columns.names[log.columns.name[start + offset] ?? 0],
      );
      expect(names).toEqual(["session_start", "form_start", "generate_lead", "form_submit"]);
      expect(
        new Set(Array.from({ length: 4 }, (_, offset) => log.columns.session[start + offset])).size,
      ).toBe(1);
    });

    it("reads a purchase with its value, ecommerce and items, attributed to the user's first touch", async () => {
      const { events } = await read(SESSIONS, { include: ["ecommerce", "items"], trafficSource: "user" });
      const purchases = events.filter((event) => event.name === "purchase");
      // Lines 4, 5 and 10 differ (5: timestamp, transaction_id, device; 10: a color item_param on
      // each item); line 11 repeats line 4 exactly.
      expect(purchases.map((event) => [event.timestamp, event.properties?.transaction_id])).toEqual([
        [1702651559604.143, "257059"],
        [1702651559604.144, "257050"],
        [1702651559604.143, "257059"],
      ]);
      expect(
        purchases.map((event) => [
          event.properties?.["items.0.item_params.color"],
          event.properties?.["items.1.item_params.color"],
        ]),
      ).toEqual([
        [undefined, undefined],
        [undefined, undefined],
        ["red", "green"],
      ]);
      expect(purchases[0]).toEqual({
        customerId: "427292018.1702650951",
        timestamp: 1702651559604.143,
        name: "purchase",
        sessionId: "427292018.1702650951:1702650951",
        channel: "ads",
        source: "google",
        medium: "cpc",
        value: 31,
        properties: {
          ignore_referrer: "true",
          ga_session_number: 1,
          shipping: 0,
          currency: "EUR",
          page_referrer: "https://www.paypal.com/",
          ga_session_id: 1702650951,
          page_location: "https://shop.test.com/de/confirmation/xxxxx",
          value: 31,
          engagement_time_msec: 6,
          session_engaged: "1",
          transaction_id: "257059",
          tax: 4.9495798319328,
          engaged_session_event: 1,
          "ecommerce.total_item_quantity": 2,
          "ecommerce.purchase_revenue_in_usd": 33.573523,
          "ecommerce.purchase_revenue": 31,
          "ecommerce.refund_value_in_usd": null,
          "ecommerce.refund_value": null,
          "ecommerce.shipping_value_in_usd": 0,
          "ecommerce.shipping_value": 0,
          "ecommerce.tax_value_in_usd": 5.360478,
          "ecommerce.tax_value": 4.9495798319328,
          "ecommerce.unique_items": 2,
          "ecommerce.transaction_id": "257059",
          "items.count": 2,
          ...item(0, "product_5851_706031", "Name 1", 15.808405, 14.596638),
          ...item(1, "product_5851_150468", "Name 2", 17.765117, 16.403361),
        },
      });
    });

    it("keeps three different page_views of one user at the same microsecond, in file order", async () => {
      const { events } = await read(SESSIONS, { order: "timestamp" });
      const views = events.filter((event) => event.customerId === "950658449.1697698900");
      expect(views.map((event) => [event.timestamp, event.properties?.page_location])).toEqual([
        [1697698986127.385, "https://gtm-gear.com/posts/dataform-cloud-functions/"],
        [
          1697698986127.385,
          "https://gtm-gear.com/posts/dataform-cloud-functions/?gclid=gclid1&fbclid=fbclid1&ttclid=ttclid1&dclid=dclid1&wbraid=wbraid1&gbraid=gbraid1",
        ],
        [1697698986127.385, "https://gtm-gear.com/posts/dataform-cloud-functions/?gclid=12345"],
      ]);
      // Each row's collected_traffic_source says google / organic, whatever its utm params say.
      expect(views.map((event) => event.channel)).toEqual(["search", "search", "search"]);
    });

    it("reads the two form_visibility rows that differ only in engagement time as two events", async () => {
      const { events } = await read(SESSIONS);
      const seen = events.filter((event) => event.name === "form_visibility");
      expect(seen.map((event) => event.properties?.engagement_time_msec)).toEqual([17415, 291]);
      expect(
        seen.every(
          (event) => event.channel === undefined && event.sessionId === "107079580.1702642286:1702642286",
        ),
      ).toBe(true);
    });

    it("reads the console-style session_start row (spaces, explicit nulls, INT64 strings)", async () => {
      for (const fastPath of [true, false]) {
        const { events, report } = await read("bigquery-export-velir-session-start.ndjson", {
          trafficSource: "user",
          fastPath,
        });
        expect(report.rowsRead).toBe(1);
        expect(events).toEqual([
          {
            customerId: "745846450.1644156613",
            timestamp: 1653679818347.831,
            name: "session_start",
            sessionId: "745846450.1644156613:1653679817",
            channel: "search",
            source: "google",
            medium: "organic",
            properties: {
              ga_session_id: 1653679817,
              session_engaged: 1,
              ga_session_number: 6,
              page_location:
                "https://www.velir.com/ideas/2021/09/22/connecting-sitecore-identity-to-saml-part-1",
              page_title: "How to Connect Sitecore Identity to SAML for Single Sign-On | Velir",
              engaged_session_event: 1,
              page_referrer: "https://www.google.com/",
            },
          },
        ]);
      }
    });
  },
);

function item(index: number, id: string, name: string, priceInUsd: number, price: number) {
  const prefix = `items.${index}.`;
  const fields = {
    item_id: id,
    item_name: name,
    item_brand: "Brand",
    item_variant: "",
    item_category: "Category 1",
    item_category2: "(not set)",
    item_category3: "(not set)",
    item_category4: "(not set)",
    item_category5: "(not set)",
    price_in_usd: priceInUsd,
    price,
    quantity: 1,
    item_revenue_in_usd: priceInUsd,
    item_revenue: price,
    item_refund_in_usd: null,
    item_refund: null,
    coupon: "(not set)",
    affiliation: "(not set)",
    location_id: "(not set)",
    item_list_id: "(not set)",
    item_list_name: "(not set)",
    item_list_index: "(not set)",
    promotion_id: "(not set)",
    promotion_name: "(not set)",
    creative_name: "(not set)",
    creative_slot: "(not set)",
  };
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => [`${prefix}${key}`, value]));
}

describe.skipIf(!sharedFixturesFound)(
  `real rows through the fast path (${sharedFixturesFound ? "found" : sharedFixturesMissing})`,
  () => {
    it("scans every real row to exactly what JSON.parse decoding gives", () => {
      const columns = Object.keys(EXPORT_COLUMNS) as ExportColumn[];
      const scanner = new RowScanner(columns);
      const rows = [
        "bigquery-export-dataform-ga4-sessions.ndjson",
        "bigquery-export-velir-session-start.ndjson",
      ].flatMap((file) =>
        sharedFixture(file)
          .split("\n")
          .filter((line) => line.trim() !== ""),
      );
      expect(rows).toHaveLength(17);
      for (const row of rows) {
        const bytes = new TextEncoder().encode(`${row}\n`);
        const fast = scanner.scan(bytes, 0, bytes.length);
        expect(fast).toBeDefined();
        expect(JSON.stringify(fast && "params" in fast ? fast.params : undefined)).toBe(
          JSON.stringify((decodeRowReference(row, columns) as { params: unknown }).params),
        );
        expect(fast && "fields" in fast ? fast.fields : undefined).toEqual(
          (decodeRowReference(row, columns) as { fields: unknown }).fields,
        );
      }
    });
  },
);
