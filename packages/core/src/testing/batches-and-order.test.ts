// The kit on adapters that offer readBatches, and on adapters whose read depends on record order.
import { describe, expect, it } from "vitest";
import { parseTinyLines, tinyAdapter } from "../../test/adapters";
import { failure, reorderTinyLines, tinyFixtures } from "../../test/conformance-fixtures";
import { defineAdapter } from "../adapter/define-adapter";
import type { JourneyAdapterV1 } from "../adapter/journey-adapter";
import type { ReadReport } from "../adapter/read-report";
import { batchEvent } from "../event-log/batch-event";
import type { EventLogBatch } from "../event-log/event-log-batch";
import { EventLogBuilder } from "../event-log/event-log-builder";
import { conformanceChecks } from "./conformance-checks";
import { runAdapterConformance } from "./run-adapter-conformance";

// Batches only, one event each: read() is derived from them, and a fixture gives several.
// (Batches of several events, and an abort between two of their events, are tested in
// adapter/read-batches.test.ts.)
const tinyBatches = defineAdapter({
  id: "tiny-batches",
  formats: ["tiny"],
  async *parseBatches(lines, context) {
    for await (const event of parseTinyLines()(lines, context))
      yield new EventLogBuilder().add(event).toBatch();
  },
});

runAdapterConformance({
  adapter: tinyBatches,
  fixtures: tinyFixtures,
  capabilities: { skipsBadRows: true },
  reorderRecords: reorderTinyLines,
});

/** The events of a batch, all but the first, as a new batch: a readBatches() that drops events. */
function withoutFirstEvent(batch: EventLogBatch): EventLogBatch {
  const builder = new EventLogBuilder();
  for (let index = 1; index < batch.size; index += 1) builder.add(batchEvent(batch, index));
  return builder.toBatch();
}

/** tinyBatches under another id, with its readBatches() changed: its batches, or its report. */
function wrapBatches(
  id: string,
  change: { batch?: (batch: EventLogBatch) => EventLogBatch; report?: (report: ReadReport) => ReadReport },
): JourneyAdapterV1 {
  const renamed = (report: Promise<ReadReport>, edit = (same: ReadReport) => same) => {
    const result = report.then((inner) => edit({ ...inner, adapter: id }));
    result.catch(() => {});
    return result;
  };
  return {
    specificationVersion: "v1",
    id,
    formats: ["tiny"],
    read(input, options) {
      const inner = tinyBatches.read(input, options);
      return { report: renamed(inner.report), [Symbol.asyncIterator]: () => inner[Symbol.asyncIterator]() };
    },
    readBatches(input, options) {
      const inner = tinyBatches.readBatches?.(input, options);
      if (inner === undefined) throw new Error("tinyBatches has readBatches");
      return {
        report: renamed(inner.report, change.report),
        async *[Symbol.asyncIterator]() {
          for await (const batch of inner) yield change.batch?.(batch) ?? batch;
        },
      };
    },
  };
}

describe("the conformance kit fails broken batch adapters", () => {
  const options = { fixtures: tinyFixtures, capabilities: { skipsBadRows: true } } as const;

  it("catches a readBatches() that drops events", async () => {
    const dropping = wrapBatches("drops-events", { batch: withoutFirstEvent });
    expect(await failure(conformanceChecks.batchesAgree.run({ adapter: dropping, ...options }))).toMatch(
      /readBatches\(\) compared with read\(\)/,
    );
    expect(await failure(conformanceChecks.validEvents.run({ adapter: dropping, ...options }))).toMatch(
      /^through readBatches\(\): fixture "three events, CRLF and non-ASCII": report.eventsEmitted counts the events/,
    );
    expect(await failure(conformanceChecks.readLog.run({ adapter: dropping, ...options }))).toMatch(
      /readLog\(\) from batches, compared with from events/,
    );
  });

  it("catches a readBatches() whose report differs from read()'s", async () => {
    const miscounting = wrapBatches("miscounts", {
      report: (report) => ({ ...report, rowsRead: report.rowsRead + 1 }),
    });
    await conformanceChecks.validEvents.run({ adapter: miscounting, ...options });
    expect(await failure(conformanceChecks.batchesAgree.run({ adapter: miscounting, ...options }))).toMatch(
      /fixture "three events, CRLF and non-ASCII" .*: readBatches\(\) compared with read\(\)/,
    );
  });

  it("catches a readBatches() that hands on a malformed batch", async () => {
    const malformed = wrapBatches("malformed", {
      batch: (batch) => ({ ...batch, customer: batch.customer.map(() => 99) }),
    });
    expect(await failure(conformanceChecks.batchesAgree.run({ adapter: malformed, ...options }))).toMatch(
      /readBatches\(\) gave a malformed batch \(#1\)/,
    );
  });

  it("fails an adapter that claims readsBatches without readBatches", async () => {
    expect(
      await failure(
        conformanceChecks.batchesAgree.run({
          adapter: tinyAdapter,
          ...options,
          capabilities: { readsBatches: true },
        }),
      ),
    ).toMatch(/claims readsBatches, but has no readBatches method/);
  });

  it("catches an adapter whose events depend on the order of the records", async () => {
    let reads = 0;
    const positional = defineAdapter({
      id: "positional",
      formats: ["tiny"],
      async *parse(lines, context) {
        reads += 1;
        let position = 0;
        // The bug: the session is numbered by where the line is, not by what it says.
        for await (const event of parseTinyLines()(lines, context)) {
          position += 1;
          yield { ...event, sessionId: `s-${position}` };
        }
      },
    });
    const message = await failure(
      conformanceChecks.orderIndependence.run({
        adapter: positional,
        ...options,
        reorderRecords: reorderTinyLines,
      }),
    );
    expect(message).toMatch(
      /with its records in order #1 \(of reorderRecords\): the events \(sorted\) and counts/,
    );
    expect(reads).toBeGreaterThan(1);
    expect(
      await failure(
        conformanceChecks.orderIndependence.run({
          adapter: tinyAdapter,
          ...options,
          capabilities: { orderIndependent: true },
        }),
      ),
    ).toMatch(/no reorderRecords hook/);
  });
});
