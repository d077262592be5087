import { readFileSync } from "node:fs";
import type { JourneyEvent } from "@journeykit/core";
import type { ConformanceFixture } from "@journeykit/core/testing";

function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
}

/** The column mapping of the fixtures. */
export const fixtureColumns = {
  customerId: "customer",
  timestamp: "time",
  name: "event",
  sessionId: "session",
  source: "source",
  medium: "medium",
  value: "amount",
} as const;

// Expectations written by hand from orders.csv: CRLF line endings, a quoted field with a comma,
// one with doubled quotes and a line break (read as "\n"), ISO times with and without fraction
// and offset, an epoch-millisecond time, empty optional cells left out, non-ASCII text.
const orderEvents: JourneyEvent[] = [
  {
    customerId: "c-1",
    timestamp: Date.UTC(2024, 2, 1, 9, 0, 0),
    name: "session_start",
    sessionId: "s-1",
    source: "google",
    medium: "organic",
    properties: { plan_tier: "free", note: "" },
  },
  {
    customerId: "c-1",
    timestamp: Date.UTC(2024, 2, 1, 9, 0, 5, 250),
    name: "view_item",
    sessionId: "s-1",
    properties: { plan_tier: "free", note: "Blue mug, 330 ml" },
  },
  {
    customerId: "c-1",
    timestamp: Date.UTC(2024, 2, 1, 9, 2),
    name: "purchase",
    sessionId: "s-1",
    value: 19.9,
    properties: { plan_tier: "free", note: 'He said "ship it"\ntoday, please' },
  },
  {
    customerId: "c-2",
    timestamp: Date.UTC(2024, 2, 1, 9, 15),
    name: "signup",
    source: "newsletter",
    medium: "email",
    properties: { plan_tier: "pro", note: "\u00c6rlig talt \u{1F600}" },
  },
];

/** The fixtures of the CSV adapter, for its tests and the conformance kit. */
export const csvFixtures: ConformanceFixture[] = [
  { name: "orders.csv", input: fixture("orders.csv"), expectedEvents: orderEvents },
  {
    name: "bad-rows.csv",
    input: fixture("bad-rows.csv"),
    // Line 3: a time that is no time; 4: eight fields under a seven-column header; 5: no customer;
    // 7: a quote inside an unquoted field; 8: a value that is not a number.
    badRecords: 5,
    badLines: [3, 4, 5, 7, 8],
    expectedEvents: [
      { customerId: "c-1", timestamp: Date.UTC(2024, 2, 1, 9), name: "signup" },
      { customerId: "c-3", timestamp: Date.UTC(2024, 2, 3, 8), name: "purchase", value: 12.5 },
    ],
  },
  { name: "header only", input: "customer,time,event,session,source,medium,amount\n", expectedEvents: [] },
  {
    // Blank lines between records (and in a quoted field, where they are part of it) are
    // counted in details.blankLines: two here.
    name: "blank lines",
    input:
      'customer,time,event,session,source,medium,amount\n\nc-5,1000,open,,,,\n\nc-5,2000,note,"s\n\n2",,,\n',
    expectedEvents: [
      { customerId: "c-5", timestamp: 1000, name: "open" },
      { customerId: "c-5", timestamp: 2000, name: "note", sessionId: "s\n\n2" },
    ],
  },
];
