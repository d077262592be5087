import { InvalidOptionError, type JourneyEvent } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { ga4Adapter } from "./ga4-adapter";
import type { Ga4ExportOptions } from "./ga4-export-options";
import { type Ga4ReadReport, readGa4Export } from "./read-ga4-export";

async function read(input: string, options: Ga4ExportOptions & { onError?: "skip" } = {}) {
  const stream = readGa4Export(input, options);
  const events: JourneyEvent[] = [];
  for await (const event of stream) events.push(event);
  return { events, report: (await stream.report) as Ga4ReadReport };
}

function row(fields: Record<string, unknown>): string {
  return JSON.stringify({ event_name: "page_view", user_pseudo_id: "p1", ...fields });
}

const session = (id: string | number) => ({
  key: "ga_session_id",
  value: typeof id === "number" ? { int_value: String(id) } : { string_value: id },
});

describe("readGa4Export", () => {
  it("gives each event the session of its own row when sessions and customers interleave", async () => {
    const rows: [string, string | number][] = [
      ["p1", 1],
      ["p1", 1],
      ["p2", 1],
      ["p1", 1],
      ["p1", 2],
      ["p1", "2"],
      ["p2", 2],
      ["p2", 1],
    ];
    const text = rows
      .map(([pseudoId, id], index) =>
        row({
          user_pseudo_id: pseudoId,
          event_timestamp: String(1_000 + index),
          event_params: [session(id)],
        }),
      )
      .join("\n");
    const { events } = await read(text);
    expect(events.map((event) => event.sessionId)).toEqual(rows.map(([pseudoId, id]) => `${pseudoId}:${id}`));
  });

  it("keeps a session that spans midnight (two daily tables) as one session", async () => {
    const text = [
      row({
        event_date: "20240301",
        event_timestamp: "1709337599900000",
        event_params: [session(1709336000)],
      }),
      row({
        event_date: "20240302",
        event_timestamp: "1709337600100000",
        event_params: [session("1709336000")],
      }),
    ].join("\n");
    const { events } = await read(text);
    expect(events.map((event) => event.sessionId)).toEqual(["p1:1709336000", "p1:1709336000"]);
  });

  it("scopes sessions by user: the same ga_session_id of two users is two sessions", async () => {
    const text = [
      row({ event_timestamp: "1", event_params: [session(5)] }),
      row({ event_timestamp: "2", user_pseudo_id: "p2", event_params: [session(5)] }),
    ].join("\n");
    expect((await read(text)).events.map((event) => event.sessionId)).toEqual(["p1:5", "p2:5"]);
  });

  it('orders ties by batch_page_id, batch_ordering_id, batch_event_index with order: "timestamp"', async () => {
    const batch = (name: string, page: number, ordering: number, index: number, micros = "5000") =>
      row({
        event_name: name,
        event_timestamp: micros,
        batch_page_id: String(page),
        batch_ordering_id: String(ordering),
        batch_event_index: String(index),
      });
    const text = [
      batch("c", 2, 1, 0),
      batch("b", 1, 2, 0),
      batch("a2", 1, 1, 1),
      batch("a1", 1, 1, 0),
      batch("z", 9, 9, 9, "4000"),
      row({ event_name: "no-batch", event_timestamp: "5000" }),
    ].join("\n");
    const { events } = await read(text, { order: "timestamp" });
    // As the event log orders them: a row without the batch columns has no sequence, and sorts first.
    expect(events.map((event) => event.name)).toEqual(["z", "no-batch", "a1", "a2", "b", "c"]);
    expect(events.map((event) => event.sequence)).toEqual([
      [9, 9, 9],
      undefined,
      [1, 1, 0],
      [1, 1, 1],
      [1, 2, 0],
      [2, 1, 0],
    ]);
    // In file order without the option.
    expect((await read(text)).events.map((event) => event.name)).toEqual([
      "c",
      "b",
      "a2",
      "a1",
      "z",
      "no-batch",
    ]);
  });

  it("gives every event with all three batch columns its sequence, by default and on both paths", async () => {
    const text = [
      row({ event_timestamp: "1", batch_page_id: "7", batch_ordering_id: 2, batch_event_index: "-1" }),
      row({ event_timestamp: "1", batch_page_id: "7", batch_ordering_id: null, batch_event_index: "1" }),
      row({ event_timestamp: "1", batch_page_id: "7", batch_ordering_id: "1.5", batch_event_index: "1" }),
      row({ event_timestamp: "1" }),
    ].join("\n");
    for (const fastPath of [true, false]) {
      const { events } = await read(text, { fastPath });
      expect(events.map((event) => event.sequence)).toEqual([[7, 2, -1], undefined, undefined, undefined]);
    }
  });

  it("reads a console JSON array, and warns when its closing ] is missing", async () => {
    const rows = [row({ event_timestamp: "1" }), row({ event_timestamp: "2" })];
    const whole = await read(`[\n  ${rows.join(",\n  ")}\n]\n`);
    expect(whole.report.format).toBe("json-array");
    expect(whole.events.map((event) => event.timestamp)).toEqual([0.001, 0.002]);
    const cut = await read(`[\n  ${rows.join(",\n  ")}\n`);
    expect(cut.events).toHaveLength(2);
    expect(cut.report.warnings).toEqual([expect.stringMatching(/no closing \]/)]);
    const junk = await read(`[${rows[0]}]\n{"more": true}\n`, { onError: "skip" });
    expect(junk.report.skipped).toEqual([
      { line: 2, problem: "there is more after the JSON array's closing ]", code: "GA4_NOT_A_ROW" },
    ]);
  });

  it("reads traffic per session from session_traffic_source_last_click, with GA4's own channel group", async () => {
    const lastClick = {
      cross_channel_campaign: {
        source: "newsletter",
        medium: "email",
        campaign_name: "march",
        default_channel_group: "Email",
      },
      manual_campaign: { source: "ignored", medium: "ignored" },
    };
    const text = [
      row({ event_timestamp: "1", session_traffic_source_last_click: lastClick }),
      row({ event_timestamp: "2" }),
    ].join("\n");
    const { events, report } = await read(text, { trafficSource: "session" });
    expect(events[0]).toMatchObject({ channel: "email", source: "newsletter", medium: "email" });
    expect(events[1]?.channel).toBeUndefined();
    expect(report.warnings).toEqual([
      expect.stringMatching(/^1 rows have no session_traffic_source_last_click/),
    ]);
  });

  it("finds a duplicate row of a JSON array whatever white space follows it", async () => {
    const one = row({ event_timestamp: "1" });
    const { events, report } = await read(`[\n${one},\n${one}\n]`);
    expect(events).toHaveLength(1);
    expect(report.duplicatesRemoved).toBe(1);
  });

  it("counts a row whose session_traffic_source_last_click is null as a row without it", async () => {
    const text = [
      row({ event_timestamp: "1", session_traffic_source_last_click: null }),
      row({ event_timestamp: "2" }),
    ].join("\n");
    for (const fastPath of [true, false]) {
      const { report } = await read(text, { trafficSource: "session", fastPath });
      expect(report.details.rowsWithoutLastClick).toBe(2);
    }
  });

  it("maps channels through the overrides given", async () => {
    const text = row({
      event_timestamp: "1",
      collected_traffic_source: { manual_source: "google", manual_medium: "cpc" },
    });
    expect((await read(text)).events[0]?.channel).toBe("ads");
    expect((await read(text, { channels: { "Paid Search": "search" } })).events[0]?.channel).toBe("search");
  });

  it("keeps only the params asked for, but still reads the session and value from the others", async () => {
    const text = row({
      event_timestamp: "1",
      event_params: [
        session(7),
        { key: "value", value: { double_value: 9.5 } },
        { key: "page_title", value: { string_value: "Home" } },
      ],
    });
    const { events } = await read(text, { params: ["page_title"] });
    expect(events[0]).toEqual({
      customerId: "p1",
      timestamp: 0.001,
      name: "page_view",
      sessionId: "p1:7",
      value: 9.5,
      properties: { page_title: "Home" },
    });
  });

  it("counts consent-mode rows apart, but reads them by user_id under identity user-id", async () => {
    const text = [
      row({ event_timestamp: "1", user_pseudo_id: null }),
      row({ event_timestamp: "2", user_pseudo_id: null, user_id: "u1" }),
    ].join("\n");
    const pseudo = await read(text);
    expect(pseudo.events).toEqual([]);
    expect(pseudo.report.details.consentModeRows).toBe(2);
    expect(pseudo.report.warnings).toEqual([
      expect.stringMatching(/^2 consent-mode rows had no user_pseudo_id;/),
    ]);
    const byUser = await read(text, { identity: "user-id" });
    expect(byUser.events.map((event) => [event.customerId, event.sessionId])).toEqual([["u1", undefined]]);
    expect(byUser.report.details.consentModeRows).toBe(1);
  });

  it("keeps duplicates when asked", async () => {
    const text = [row({ event_timestamp: "1" }), row({ event_timestamp: "1" })].join("\n");
    expect((await read(text)).report.duplicatesRemoved).toBe(1);
    const kept = await read(text, { duplicates: "keep" });
    expect([kept.events.length, kept.report.duplicatesRemoved]).toEqual([2, 0]);
  });

  it("names the field and line of a bad row", async () => {
    const text = [
      row({ event_timestamp: "1" }),
      row({ event_timestamp: "1.5" }),
      row({ event_timestamp: "2", user_id: 42 }),
    ].join("\n");
    const { report } = await read(text, { onError: "skip" });
    expect(report.skipped.map((bad) => [bad.line, bad.code])).toEqual([
      [2, "GA4_BAD_TIMESTAMP"],
      [3, "GA4_WRONG_TYPE"],
    ]);
    expect(report.skipped[1]?.problem).toBe("user_id should be a string, not a number");
  });

  it("rejects invalid options with an InvalidOptionError naming the option", async () => {
    await expect(
      read(row({ event_timestamp: "1" }), { identity: "email" } as unknown as Ga4ExportOptions),
    ).rejects.toSatisfy(
      (error: unknown) => InvalidOptionError.isInstance(error) && error.option === "identity",
    );
  });

  it("rejects a misspelt option at the call, before the stream is iterated", () => {
    const misspelt = { identiy: "user-id" } as unknown as Ga4ExportOptions;
    for (const call of [
      () => readGa4Export(row({ event_timestamp: "1" }), misspelt),
      () => ga4Adapter.readBatches?.(row({ event_timestamp: "1" }), misspelt),
    ]) {
      expect(call).toThrow(expect.objectContaining({ code: "INVALID_OPTION", option: "identiy" }));
    }
  });

  it("names an option inside an array with the one path format, params[1]", () => {
    expect(() => readGa4Export(row({ event_timestamp: "1" }), { params: ["page_location", ""] })).toThrow(
      expect.objectContaining({ option: "params[1]" }),
    );
  });
});
