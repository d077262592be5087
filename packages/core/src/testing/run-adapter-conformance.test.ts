import { describe, expect, it } from "vitest";
import { tinyAdapter, tinyLineAdapter } from "../../test/adapters";
import { failure, reorderTinyLines, tinyFixtures } from "../../test/conformance-fixtures";
import { AdapterAbortError } from "../adapter/adapter-abort-error";
import { defineAdapter } from "../adapter/define-adapter";
import type { JourneyAdapterV1 } from "../adapter/journey-adapter";
import type { ReadReport } from "../adapter/read-report";
import type { PropertyValue } from "../model/event-matcher";
import { conformanceChecks } from "./conformance-checks";
import type { ConformanceFixture } from "./conformance-types";
import { runAdapterConformance } from "./run-adapter-conformance";

runAdapterConformance({
  adapter: tinyAdapter,
  fixtures: tinyFixtures,
  capabilities: { skipsBadRows: true },
  reorderRecords: reorderTinyLines,
});

function emptyReport(adapter: string): ReadReport {
  return {
    adapter,
    bytesRead: 0,
    rowsRead: 0,
    eventsEmitted: 0,
    rowsSkipped: 0,
    skipped: [],
    duplicatesRemoved: 0,
    warnings: [],
    details: {},
  };
}

/** "customer,epoch-ms,event,key=value,..." with the given way of storing a property. */
function keyValueAdapter(
  id: string,
  store: (properties: Record<string, PropertyValue>, key: string, value: string) => void,
) {
  return tinyLineAdapter(id, (pairs) => {
    const properties: Record<string, PropertyValue> = {};
    for (const pair of pairs) {
      const [key = "", value = ""] = pair.split("=");
      if (key !== "") store(properties, key, value);
    }
    return { properties };
  });
}

const safeKeyValue = keyValueAdapter("kv-safe", (properties, key, value) => {
  Object.defineProperty(properties, key, { value, enumerable: true, writable: true, configurable: true });
});

const kvFixtures: ConformanceFixture[] = [
  {
    name: "plans",
    input: "c-1,1000,signup,plan_tier=pro,coupon_code=x1\nc-2,2000,signup,plan_tier=free\n",
    expectedEvents: [
      {
        customerId: "c-1",
        timestamp: 1000,
        name: "signup",
        properties: { plan_tier: "pro", coupon_code: "x1" },
      },
      { customerId: "c-2", timestamp: 2000, name: "signup", properties: { plan_tier: "free" } },
    ],
  },
];

runAdapterConformance({ adapter: safeKeyValue, fixtures: kvFixtures });

/** Wraps tinyAdapter, changing what reaches it, what comes out, or what it checks between events. */
function wrapTiny(
  id: string,
  change: {
    options?: (options: Record<string, unknown>) => Record<string, unknown>;
    error?: (error: unknown) => unknown;
    betweenEvents?: (options: Record<string, unknown>) => void;
  },
): JourneyAdapterV1 {
  return {
    specificationVersion: "v1",
    id,
    formats: ["tiny"],
    read(input, readOptions = {}) {
      const options = readOptions as Record<string, unknown>;
      const inner = tinyAdapter.read(input, change.options?.(options) ?? options);
      const report = inner.report.then((innerReport) => ({ ...innerReport, adapter: id }));
      report.catch(() => {});
      return {
        report,
        async *[Symbol.asyncIterator]() {
          try {
            change.betweenEvents?.(options);
            for await (const event of inner) {
              yield event;
              change.betweenEvents?.(options);
            }
          } catch (error) {
            throw change.error?.(error) ?? error;
          }
        },
      };
    },
  };
}

describe("the conformance kit fails broken adapters", () => {
  const options = { fixtures: tinyFixtures, capabilities: { skipsBadRows: true } } as const;

  it("catches an adapter that throws a raw TypeError on bad input", async () => {
    const rawErrors = wrapTiny("raw-errors", {
      error: () => new TypeError("Cannot read properties of undefined (reading 'split')"),
    });
    expect(await failure(conformanceChecks.badInput.run({ adapter: rawErrors, ...options }))).toMatch(
      /threw a raw error instead of a typed JourneykitError: TypeError/,
    );
    expect(
      await failure(conformanceChecks.throwsOnBadRecords.run({ adapter: rawErrors, ...options })),
    ).toMatch(/raw error/);
  });

  it("catches an adapter that crashes (defineAdapter wraps the crash as ADAPTER_FAILURE)", async () => {
    const crashing = defineAdapter({
      id: "crashing",
      formats: ["tiny"],
      async *parse(lines, context) {
        for await (const line of lines) {
          context.countRow();
          const [customerId, time, name] = line.split(",");
          // The bug: a line without commas has no name, and this reads through it.
          const length = (name as string).length;
          yield {
            customerId: customerId || "?",
            timestamp: Number(time) || 0,
            name: `${name}${length > 99 ? "" : ""}`,
          };
        }
      },
    });
    expect(
      await failure(
        conformanceChecks.badInput.run({ adapter: crashing, fixtures: tinyFixtures.slice(0, 1) }),
      ),
    ).toMatch(/the adapter crashed \(ADAPTER_FAILURE\); cause: TypeError/);
  });

  it("catches an adapter whose result depends on where the chunk boundaries fall", async () => {
    const chunkBound = defineAdapter({
      id: "chunk-bound",
      formats: ["tiny"],
      source: "text",
      async *parse(chunks, context) {
        // The bug: each chunk is taken to hold whole lines.
        for await (const chunk of chunks) {
          for (const line of chunk.split(/\r?\n/)) {
            if (line === "") continue;
            context.countRow();
            const [customerId = "", time = "", name = ""] = line.split(",");
            if (customerId && name && Number.isFinite(Number(time)))
              yield { customerId, timestamp: Number(time), name };
            else context.skip(0, `bad line ${JSON.stringify(line)}`, "BAD");
          }
        }
      },
    });
    const fixtures = tinyFixtures.slice(0, 1);
    await conformanceChecks.validEvents.run({ adapter: chunkBound, fixtures });
    expect(await failure(conformanceChecks.chunkBoundaries.run({ adapter: chunkBound, fixtures }))).toMatch(
      /split at byte 1 of/,
    );
    expect(await failure(conformanceChecks.inputForms.run({ adapter: chunkBound, fixtures }))).toMatch(
      /one-byte chunks/,
    );
  });

  it("catches an adapter that ignores the abort signal", async () => {
    const ignoresAbort = wrapTiny("ignores-abort", {
      options: ({ signal: _ignored, ...rest }) => rest,
    });
    expect(
      await failure(conformanceChecks.abort.run({ adapter: ignoresAbort, ...options, abortDeadlineMs: 100 })),
    ).toMatch(/already aborted signal: the read finished normally/);
  });

  it("catches an adapter that keeps waiting for input after an abort", async () => {
    // It checks the signal between events, but does not stop waiting for the next chunk.
    const slowToAbort = wrapTiny("slow-to-abort", {
      options: ({ signal: _ignored, ...rest }) => rest,
      betweenEvents: ({ signal }) => {
        const aborted = signal as AbortSignal | undefined;
        if (aborted?.aborted)
          throw new AdapterAbortError({ report: emptyReport("slow-to-abort"), reason: aborted.reason });
      },
    });
    expect(
      await failure(conformanceChecks.abort.run({ adapter: slowToAbort, ...options, abortDeadlineMs: 100 })),
    ).toMatch(
      /stalled async iterable, aborted while waiting: the read did not stop within 100 ms of the abort/,
    );
  });

  it("catches an adapter that drops bad records silently", async () => {
    const silent = wrapTiny("silent", { options: (readOptions) => ({ ...readOptions, onError: "skip" }) });
    expect(await failure(conformanceChecks.throwsOnBadRecords.run({ adapter: silent, ...options }))).toMatch(
      /the read succeeded, so bad records were dropped silently/,
    );
  });

  it("catches an adapter that ignores maxBadRecords", async () => {
    const unlimited = wrapTiny("unlimited", {
      options: ({ maxBadRecords: _ignored, ...rest }) => rest,
    });
    expect(await failure(conformanceChecks.skipsBadRecords.run({ adapter: unlimited, ...options }))).toMatch(
      /maxBadRecords 1: the read succeeded, but it has one bad record too many/,
    );
  });

  it("catches an adapter whose output changes from one read to the next", async () => {
    let reads = 0;
    const stateful = defineAdapter({
      id: "stateful",
      formats: ["tiny"],
      async *parse(lines, context) {
        reads += 1;
        for await (const line of lines) {
          context.countRow();
          yield {
            customerId: line.split(",")[0] || "?",
            timestamp: 0,
            name: "x",
            sessionId: `session-${reads}`,
          };
        }
      },
    });
    expect(
      await failure(
        conformanceChecks.deterministic.run({ adapter: stateful, fixtures: tinyFixtures.slice(0, 1) }),
      ),
    ).toMatch(/a second read/);
  });

  it("catches an adapter that does not count the rows it reads", async () => {
    const uncounted = defineAdapter({
      id: "uncounted",
      formats: ["tiny"],
      async *parse(lines) {
        for await (const line of lines)
          yield { customerId: line.split(",")[0] || "?", timestamp: 0, name: "x" };
      },
    });
    expect(
      await failure(
        conformanceChecks.validEvents.run({ adapter: uncounted, fixtures: tinyFixtures.slice(0, 1) }),
      ),
    ).toMatch(/rowsRead is 0 although 3 events were read/);
  });

  it("catches an adapter that lets a __proto__ key pollute Object.prototype", async () => {
    const valuesSeen: Record<string, Record<string, boolean>> = {};
    const polluting = keyValueAdapter("polluting", (properties, key, value) => {
      // The bug: an index of values per key in a plain object; for "__proto__" that is Object.prototype.
      valuesSeen[key] ??= {};
      (valuesSeen[key] as Record<string, boolean>)[value] = true;
      Object.defineProperty(properties, key, { value, enumerable: true, writable: true, configurable: true });
    });
    const message = await failure(
      conformanceChecks.prototypeSafety.run({ adapter: polluting, fixtures: kvFixtures }),
    );
    expect(message).toMatch(/renamed to "__proto__": the read polluted a built-in prototype \((pro|free|x1)/);
    expect(Object.prototype).not.toHaveProperty("pro");
  });

  it("catches an adapter that silently drops a property named __proto__", async () => {
    const dropping = keyValueAdapter("dropping", (properties, key, value) => {
      properties[key] = value;
    });
    expect(
      await failure(conformanceChecks.prototypeSafety.run({ adapter: dropping, fixtures: kvFixtures })),
    ).toMatch(/have "__proto__" after renaming it; the value was dropped silently/);
  });

  it("fails a claimed capability that has no fixture to check it", async () => {
    expect(
      await failure(
        conformanceChecks.dedupes.run({
          adapter: tinyAdapter,
          fixtures: tinyFixtures,
          capabilities: { dedupes: true },
        }),
      ),
    ).toMatch(/claims dedupes, but no fixture has duplicates/);
  });
});

describe("runAdapterConformance", () => {
  it("refuses malformed options with a typed error", () => {
    expect(() => runAdapterConformance({ adapter: tinyAdapter, fixtures: [] })).toThrow(
      /at least one fixture/,
    );
    expect(() =>
      runAdapterConformance({
        adapter: tinyAdapter,
        fixtures: [
          { name: "a", input: "x" },
          { name: "a", input: "y" },
        ],
      }),
    ).toThrow(/two fixtures are named "a"/);
  });
});
