import { assert, expect } from "vitest";
import type { AdapterInput, JourneyAdapterV1 } from "../adapter/journey-adapter";
import { READ_REPORT_LIST_LIMIT, type ReadReport } from "../adapter/read-report";
import { ADAPTER_FAILURE, AdapterReadError } from "../errors/adapter-read-error";
import { JourneykitError } from "../errors/journeykit-error";
import { type JourneyEvent, JourneyEventSchema } from "../model/journey-event";
import type { AdapterConformanceOptions, ConformanceFixture } from "./conformance-types";

/** The result of one read: its events and report, or the error it ended with. */
export type ReadOutcome =
  | { readonly ok: true; readonly events: JourneyEvent[]; readonly report: ReadReport }
  | { readonly ok: false; readonly error: unknown; readonly events: JourneyEvent[] };

// biome-ignore lint/suspicious/noExplicitAny: any adapter, whatever its own options are
type AnyAdapter = JourneyAdapterV1<any>;

/** Reads `input` to the end, catching what the read throws (synchronously or not). */
export async function readOutcome(
  adapter: AnyAdapter,
  input: AdapterInput,
  options: Record<string, unknown> = {},
): Promise<ReadOutcome> {
  const events: JourneyEvent[] = [];
  try {
    const stream = adapter.read(input, options);
    for await (const event of stream) events.push(event);
    return { ok: true, events, report: await stream.report };
  } catch (error) {
    // The kit's own assertion failing inside a read (a malformed batch, say) is a verdict on the
    // adapter, not an error of the read to compare with another read's.
    if (error instanceof Error && error.name === "AssertionError") throw error;
    return { ok: false, error, events };
  }
}

/** What two reads must agree on to count as the same result. */
export function outcomeSummary(outcome: ReadOutcome): unknown {
  if (outcome.ok) return { events: outcome.events, report: outcome.report };
  const { error } = outcome;
  if (!(error instanceof Error)) return { error: String(error) };
  const { code, line, problemCode } = error as Partial<AdapterReadError>;
  return { error: { name: error.name, code, line, problemCode, message: error.message } };
}

export function fixtureBytes(fixture: ConformanceFixture): Uint8Array {
  return typeof fixture.input === "string" ? new TextEncoder().encode(fixture.input) : fixture.input;
}

/** The fixture as text, or undefined when its bytes are not valid UTF-8 (so no string carries them). */
export function fixtureText(fixture: ConformanceFixture): string | undefined {
  if (typeof fixture.input === "string") return fixture.input;
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(fixture.input);
  } catch {
    return undefined;
  }
}

/** The read options a fixture is read with: its own, plus `onError: "skip"` for bad fixtures when claimed. */
export function fixtureOptions(
  fixture: ConformanceFixture,
  options: AdapterConformanceOptions,
): Record<string, unknown> {
  const skip = (fixture.badRecords ?? 0) > 0 && options.capabilities?.skipsBadRows === true;
  return { ...fixture.options, ...(skip ? { onError: "skip" } : {}) };
}

/** The fixtures that must read without error under {@link fixtureOptions}. */
export function readableFixtures(options: AdapterConformanceOptions): ConformanceFixture[] {
  return options.fixtures.filter(
    (fixture) => (fixture.badRecords ?? 0) === 0 || options.capabilities?.skipsBadRows === true,
  );
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return `a thrown ${typeof error} (${String(error)})`;
  return `${error.name}: ${error.message}${error.stack ? `\n${error.stack.split("\n").slice(1, 4).join("\n")}` : ""}`;
}

/** Fails unless `error` is a deliberate, typed journeykit error (not a wrapped crash). */
export function expectTypedError(error: unknown, where: string): void {
  if (!JourneykitError.isInstance(error)) {
    assert.fail(
      `${where}: the adapter threw a raw error instead of a typed JourneykitError: ${describeError(error)}`,
    );
  }
  if (AdapterReadError.isInstance(error)) {
    if (error.problemCode === ADAPTER_FAILURE) {
      assert.fail(`${where}: the adapter crashed (${ADAPTER_FAILURE}); cause: ${describeError(error.cause)}`);
    }
    if (!Number.isInteger(error.line) || error.line < 0) {
      assert.fail(
        `${where}: AdapterReadError.line is ${String(error.line)}, not a line number (0 when unknown)`,
      );
    }
  }
}

/** Fails unless every event is a valid JourneyEvent, built on a safe prototype. */
export function expectValidEvents(events: readonly JourneyEvent[], where: string): void {
  events.forEach((event, index) => {
    const parsed = JourneyEventSchema.safeParse(event);
    if (!parsed.success) {
      const issues = parsed.error.issues.map(
        (issue) => `${issue.path.join(".") || "(event)"}: ${issue.message}`,
      );
      assert.fail(
        `${where}: event ${index} is not a valid JourneyEvent (${issues.join("; ")}): ${JSON.stringify(event)}`,
      );
    }
    for (const [label, value] of [
      ["event", event],
      ["event.properties", event.properties],
    ] as const) {
      if (value === undefined) continue;
      const prototype = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null) {
        assert.fail(
          `${where}: ${label} of event ${index} has a foreign prototype; input keys reached an object prototype`,
        );
      }
    }
  });
}

function expectCount(value: unknown, name: string, where: string): void {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    assert.fail(`${where}: report.${name} is ${String(value)}, not a non-negative integer`);
  }
}

/** Fails unless `report` is a plain, consistent report of reading `bytes` bytes into `events`. */
export function expectHonestReport(
  adapter: AnyAdapter,
  report: ReadReport,
  events: readonly JourneyEvent[],
  bytes: number,
  where: string,
): void {
  for (const name of [
    "bytesRead",
    "rowsRead",
    "eventsEmitted",
    "rowsSkipped",
    "duplicatesRemoved",
  ] as const) {
    expectCount(report[name], name, where);
  }
  expect(report.adapter, `${where}: report.adapter`).toBe(adapter.id);
  expect(report.eventsEmitted, `${where}: report.eventsEmitted counts the events`).toBe(events.length);
  expect(report.bytesRead, `${where}: report.bytesRead is the input's size in bytes`).toBe(bytes);
  if (events.length > 0 && report.rowsRead === 0) {
    assert.fail(
      `${where}: report.rowsRead is 0 although ${events.length} events were read; count each record`,
    );
  }
  if (report.format !== undefined && !adapter.formats.includes(report.format)) {
    assert.fail(`${where}: report.format "${report.format}" is not one of the adapter's formats`);
  }
  expect(
    report.skipped.length,
    `${where}: report.skipped lists at most rowsSkipped records`,
  ).toBeLessThanOrEqual(Math.min(report.rowsSkipped, READ_REPORT_LIST_LIMIT));
  for (const skipped of report.skipped) {
    if (!Number.isInteger(skipped.line) || skipped.line < 0 || !skipped.problem || !skipped.code) {
      assert.fail(
        `${where}: a skipped record needs a line (0 if unknown), a reason and a code: ${JSON.stringify(skipped)}`,
      );
    }
  }
  expect(JSON.parse(JSON.stringify(report)), `${where}: the report is plain JSON-serialisable data`).toEqual(
    report,
  );
}

/** Fails unless the read ended with valid events and an honest report, or with a typed error. */
export function expectSafeOutcome(
  adapter: AnyAdapter,
  outcome: ReadOutcome,
  bytes: number,
  where: string,
): void {
  expectValidEvents(outcome.events, where);
  if (outcome.ok) expectHonestReport(adapter, outcome.report, outcome.events, bytes, where);
  else expectTypedError(outcome.error, where);
}

/** Fails unless the read succeeded, saying why it did not. */
export function expectOk(outcome: ReadOutcome, where: string): asserts outcome is ReadOutcome & { ok: true } {
  if (!outcome.ok) assert.fail(`${where}: the read failed: ${describeError(outcome.error)}`);
}
