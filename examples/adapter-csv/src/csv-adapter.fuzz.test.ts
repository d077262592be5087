import { JourneykitError, readAll } from "@journeykit/core";
import { JourneyEventSchema } from "@journeykit/core/schemas";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvAdapter } from "./csv-adapter";

const adapter = csvAdapter({
  columns: {
    customerId: "customer",
    timestamp: "time",
    name: "event",
    value: "amount",
    sessionId: "session",
  },
});

/** Reads `input` and checks it gave valid events with an honest count, or a typed error with a line. */
async function expectEventsSkipsOrTypedError(input: string | Uint8Array, onError: "throw" | "skip") {
  const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).join();
  try {
    const { events, report } = await readAll(adapter, input, { onError });
    for (const event of events) expect(JourneyEventSchema.safeParse(event).success).toBe(true);
    expect(report.eventsEmitted).toBe(events.length);
    expect(report.rowsSkipped).toBe(report.rowsRead - events.length);
    expect(report.skipped.every((skipped) => skipped.line >= 2)).toBe(true);
  } catch (error) {
    expect(JourneykitError.isInstance(error), String(error)).toBe(true);
    expect((error as { line?: unknown }).line).toSatisfy(
      (line) => Number.isInteger(line) && (line as number) >= 0,
    );
  }
  expect(Object.getOwnPropertyNames(Object.prototype).join()).toBe(prototypeBefore);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

// Headers that always hold the mapped columns (so rows get read), in any order, with extra columns
// named like object internals; rows of about the header's width, of cells that break CSV.
const required = ["customer", "time", "event", "amount", "session"];
const header = fc
  .shuffledSubarray(["__proto__", "constructor", "prototype", "plan"])
  .chain((extra) =>
    fc.shuffledSubarray([...required, ...extra], { minLength: required.length + extra.length }),
  );
const chaos = fc.oneof(
  fc.constantFrom("", "NaN", "polluted", '"', '""', ",", "\n", "\r\n", '"a,b"', '"x""y"'),
  fc.string({ maxLength: 12 }),
);
// A Map, not an object literal: a header column named "__proto__" must not find Object.prototype.
const plausible = new Map<string, fc.Arbitrary<string>>([
  ["customer", fc.constantFrom("c-1", "c-2")],
  ["time", fc.constantFrom("2024-01-01T10:00:00Z", "1704103200000", "2024-01-01 10:00:00.5+01:00")],
  ["event", fc.constantFrom("signup", "purchase")],
  ["amount", fc.constantFrom("", "12.5", "-3")],
  ["session", fc.constantFrom("", "s-1")],
]);
// Mostly plausible cells, so that many rows become events, with chaos mixed in.
const cellFor = (column: string) =>
  fc.oneof(
    { weight: 4, arbitrary: plausible.get(column) ?? fc.string({ maxLength: 6 }) },
    { weight: 1, arbitrary: chaos },
  );
const csvLike = header.chain((columns) =>
  fc
    .array(fc.tuple(...columns.map(cellFor)), { maxLength: 8 })
    .map((rows) => [columns, ...rows].map((row) => row.join(",")).join("\n")),
);

describe("csvAdapter under fuzzing", () => {
  it("turns random bytes into events, counted skips or typed errors, never a crash (fast-check)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 400 }),
        fc.constantFrom("throw", "skip"),
        (bytes, onError) => expectEventsSkipsOrTypedError(bytes, onError as "throw" | "skip"),
      ),
      { numRuns: 200 },
    );
  });

  it("turns CSV-like text with quotes, line breaks and __proto__ columns into the same, without pollution (fast-check)", async () => {
    await fc.assert(
      fc.asyncProperty(csvLike, fc.constantFrom("throw", "skip"), (text, onError) =>
        expectEventsSkipsOrTypedError(text, onError as "throw" | "skip"),
      ),
      { numRuns: 200 },
    );
  });
});
