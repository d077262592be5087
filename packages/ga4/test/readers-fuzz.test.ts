// Bad input of every kind into every GA4 reader: the only outcomes allowed are events, counted
// skips with line numbers, or typed journeykit errors; never a raw TypeError, never a polluted
// prototype.
import { AdapterReadError, JourneykitError } from "@journeykit/core";
import { JourneyEventSchema } from "@journeykit/core/schemas";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import {
  Ga4CsvError,
  Ga4ReportError,
  readGa4Csv,
  readGa4Export,
  readGa4FunnelReport,
  readGa4Report,
} from "../src/index";

const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();

afterEach(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

const validRow =
  '{"event_timestamp":"1709290800000000","event_name":"page_view","user_pseudo_id":"1.2","event_params":[{"key":"ga_session_id","value":{"int_value":"17"}},{"key":"page_title","value":{"string_value":"Home"}}]}';

async function readOutcome(input: string | Uint8Array, onError: "skip" | "throw", fastPath = false) {
  const stream = readGa4Export(input, { onError, fastPath });
  const events = [];
  try {
    for await (const event of stream) events.push(event);
    return { events, report: await stream.report, error: undefined };
  } catch (error) {
    return { events, report: undefined, error };
  }
}

async function expectSafe(input: string | Uint8Array) {
  const fast = await readOutcome(input, "skip", true);
  const skipped = await readOutcome(input, "skip");
  // The byte scanner must read exactly what JSON.parse reads, bad rows included.
  expect(JSON.stringify(fast.events)).toBe(JSON.stringify(skipped.events));
  expect(fast.report?.skipped).toEqual(skipped.report?.skipped);
  expect(skipped.error).toBeUndefined();
  for (const event of skipped.events) {
    expect(JourneyEventSchema.safeParse(event).success).toBe(true);
    expect(Object.getPrototypeOf(event.properties ?? {})).toBe(Object.prototype);
  }
  for (const record of skipped.report?.skipped ?? []) expect(record.line).toBeGreaterThan(0);
  const thrown = await readOutcome(input, "throw");
  if (thrown.error !== undefined) {
    expect(AdapterReadError.isInstance(thrown.error)).toBe(true);
    expect((thrown.error as AdapterReadError).line).toBeGreaterThan(0);
  }
}

const generatedRow = fc.record(
  {
    event_timestamp: fc.oneof(fc.bigInt({ min: 0n, max: 2n ** 60n }).map(String), fc.jsonValue()),
    event_name: fc.oneof(fc.constant("page_view"), fc.jsonValue()),
    user_pseudo_id: fc.oneof(fc.constant("1.2"), fc.constant(null), fc.jsonValue()),
    user_id: fc.jsonValue(),
    event_params: fc.oneof(
      fc.array(
        fc.record({
          key: fc.oneof(fc.string(), fc.constant("__proto__")),
          value: fc.dictionary(fc.string(), fc.jsonValue()),
        }),
      ),
      fc.jsonValue(),
    ),
    collected_traffic_source: fc.jsonValue(),
    ["__proto__"]: fc.jsonValue(),
  },
  { requiredKeys: [] },
);

describe("readGa4Export under bad input", () => {
  it("survives random bytes", async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), expectSafe), { numRuns: 100 });
  });

  it("survives rows with wrong types anywhere, and truncated rows", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(generatedRow, { maxLength: 4 }), fc.nat(), async (rows, cut) => {
        const text = [validRow, ...rows.map((row) => JSON.stringify(row))].join("\n");
        await expectSafe(text);
        await expectSafe(text.slice(0, cut % (text.length + 1)));
        await expectSafe(
          `[${[validRow, ...rows.map((row) => JSON.stringify(row))].join(",\n")}`.slice(0, cut % text.length),
        );
      }),
      { numRuns: 100 },
    );
  });

  it("survives deep nesting and huge strings", async () => {
    const deep = `{"event_timestamp":"1","event_name":"x","user_pseudo_id":"1","extra":${"[".repeat(20_000)}${"]".repeat(20_000)}}`;
    await expectSafe(`${validRow}\n${deep}\n${validRow.replace("Home", "x".repeat(2_000_000))}\n`);
    const { events, report } = await readOutcome(`${deep}\n`, "skip");
    expect(events.length + (report?.rowsSkipped ?? 0)).toBe(1);
  });

  it("keeps __proto__ and constructor params as own properties without touching any prototype", async () => {
    const attack =
      '{"event_timestamp":"1","event_name":"x","user_pseudo_id":"1","__proto__":{"polluted":"yes"},"event_params":[{"key":"__proto__","value":{"string_value":"polluted"}},{"key":"constructor","value":{"string_value":"polluted"}}]}';
    const { events } = await readOutcome(attack, "throw");
    const properties = events[0]?.properties ?? {};
    expect(Object.keys(properties)).toEqual(["__proto__", "constructor"]);
    expect(Object.getPrototypeOf(properties)).toBe(Object.prototype);
  });
});

describe("the Data API and CSV readers under bad input", () => {
  function expectTypedOrResult(run: () => unknown, errorClass: { isInstance(error: unknown): boolean }) {
    try {
      run();
    } catch (error) {
      expect(errorClass.isInstance(error) || JourneykitError.isInstance(error)).toBe(true);
    }
  }

  it("readGa4Report and readGa4FunnelReport give a report or a Ga4ReportError", () => {
    const shaped = fc.record({
      dimensionHeaders: fc.jsonValue(),
      metricHeaders: fc.jsonValue(),
      rows: fc.oneof(
        fc.jsonValue(),
        fc.array(fc.record({ dimensionValues: fc.jsonValue(), metricValues: fc.jsonValue() })),
      ),
      funnelTable: fc.jsonValue(),
      ["__proto__"]: fc.jsonValue(),
    });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), shaped, fc.string()), (input) => {
        expectTypedOrResult(() => readGa4Report(input), Ga4ReportError);
        expectTypedOrResult(() => readGa4FunnelReport(input), Ga4ReportError);
        expectTypedOrResult(() => readGa4Report(JSON.stringify(input)), Ga4ReportError);
      }),
      { numRuns: 200 },
    );
  });

  it("readGa4Csv gives sections or a Ga4CsvError with a line", () => {
    const csvish = fc.array(
      fc.oneof(fc.constantFrom(",", '"', "\n", "\r\n", "#", "1,234", "__proto__", " "), fc.string()),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(csvish, fc.constantFrom("en-US", "de-DE", "fr-FR"), (parts, locale) => {
        try {
          readGa4Csv(parts.join(""), { locale });
        } catch (error) {
          expect(Ga4CsvError.isInstance(error)).toBe(true);
          expect((error as Ga4CsvError).line).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });
});
