import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ADAPTER_FAILURE } from "../errors/adapter-read-error";
import { AdapterAbortError } from "./adapter-abort-error";
import type { ReadOptions } from "./read-options";
import { createReadState } from "./read-state";
import { TooManyBadRecordsError } from "./too-many-bad-records-error";

/** One record of an input: good, bad, or a duplicate; each on a line of its own. */
type RecordKind = "good" | "bad" | "duplicate";

/** Feeds records to a state as a one-part read does. */
function readRecords(
  records: readonly RecordKind[],
  options: ReadOptions,
  state = createReadState({ id: "t", details: { odd: 0 } }, options),
) {
  records.forEach((kind, index) => {
    state.countRow();
    if (index % 2 === 1) state.count("odd");
    if (kind === "bad") state.skip(index + 1, `record ${index + 1} is bad`, "T_BAD");
    else if (kind === "duplicate") state.duplicate();
    else state.countEvents();
  });
  state.warn("once per read");
  return state;
}

/** What a read gives: its report, or its error's name, message and report. */
function outcome(read: () => unknown) {
  try {
    return { report: read() };
  } catch (error) {
    return { error: String(error), report: (error as { report?: unknown }).report };
  }
}

const kinds = fc.array(fc.constantFrom<RecordKind>("good", "good", "bad", "duplicate"), { maxLength: 300 });
const optionsArbitrary = fc.oneof(
  fc.constant<ReadOptions>({}),
  fc.constant<ReadOptions>({ onError: "skip" }),
  fc.integer({ min: 0, max: 120 }).map((maxBadRecords): ReadOptions => ({ onError: "skip", maxBadRecords })),
);

describe("ReadState.addPart", () => {
  it("gives the report or error of one read, wherever the input is cut into parts", () => {
    fc.assert(
      fc.property(kinds, fc.array(fc.nat(), { maxLength: 4 }), optionsArbitrary, (records, cuts, options) => {
        const whole = outcome(() => readRecords(records, options).snapshot());
        const points = [...new Set(cuts.map((cut) => cut % (records.length + 1)))].sort((a, b) => a - b);
        const bounds = [0, ...points, records.length];
        const joined = outcome(() => {
          const state = createReadState({ id: "t", details: { odd: 0 } }, options);
          for (let part = 0; part + 1 < bounds.length; part += 1) {
            const start = bounds[part] as number;
            // A part's records, numbered from its own first line, with the odd count of the whole.
            const partState = createReadState({ id: "t", details: { odd: 0 } }, { onError: "skip" });
            records.slice(start, bounds[part + 1]).forEach((kind, index) => {
              partState.countRow();
              if ((start + index) % 2 === 1) partState.count("odd");
              if (kind === "bad") partState.skip(index + 1, `record ${start + index + 1} is bad`, "T_BAD");
              else if (kind === "duplicate") partState.duplicate();
              else partState.countEvents();
            });
            partState.warn("once per read");
            state.addPart(partState.snapshot(), { lineOffset: start });
          }
          return state.snapshot();
        });
        if (whole.error === undefined) expect(joined).toEqual(whole);
        else {
          // The error is the same; its report has the same bad records (the other counts are
          // those of every part up to the failing one's end).
          expect(joined.error).toBe(whole.error);
          const badRecords = (report: unknown) => {
            const { rowsSkipped, skipped } = (report ?? {}) as { rowsSkipped?: number; skipped?: unknown };
            return { rowsSkipped, skipped };
          };
          expect(badRecords(joined.report)).toEqual(badRecords(whole.report));
        }
      }),
    );
  });

  it("does not count a part's bytes and rows twice when they came through progress", () => {
    const heard: number[] = [];
    const state = createReadState({ id: "t" }, { onProgress: ({ bytes }) => heard.push(bytes) });
    state.addBytes(10);
    state.countRow(2);
    state.addPart(
      { ...createReadState({ id: "t" }, {}).snapshot(), bytesRead: 10, rowsRead: 2 },
      { progressed: true },
    );
    expect(state.snapshot()).toMatchObject({ bytesRead: 10, rowsRead: 2 });
    expect(heard).toEqual([10]);
  });
});

describe("ReadState", () => {
  it("hands the caller's own onProgress error through failure() unchanged, and wraps others", () => {
    const mine = new Error("mine");
    const state = createReadState(
      { id: "t" },
      {
        onProgress: () => {
          throw mine;
        },
      },
    );
    let thrown: unknown;
    try {
      state.addBytes(1);
    } catch (error) {
      thrown = error;
    }
    expect(state.failure(thrown)).toBe(mine);
    state.line = 7;
    expect(state.failure(new TypeError("bug"))).toMatchObject({ problemCode: ADAPTER_FAILURE, line: 7 });
  });

  it("throws the read's AdapterAbortError with the counts so far once aborted, and races promises", async () => {
    const controller = new AbortController();
    const state = createReadState({ id: "t" }, { signal: controller.signal });
    state.countRow(3);
    const waiting = state.race(new Promise(() => {}));
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(AdapterAbortError);
    expect(() => state.checkAbort()).toThrow(AdapterAbortError);
    state.dispose();
  });

  it("stops at maxBadRecords with the report of the records so far", () => {
    const state = createReadState({ id: "t" }, { onError: "skip", maxBadRecords: 1 });
    state.skip(1, "bad");
    expect(() => state.skip(2, "bad")).toThrow(TooManyBadRecordsError);
  });

  it("rejects a count that is not a whole number as a bug", () => {
    const state = createReadState({ id: "t" }, {});
    expect(() => state.countRow(-1)).toThrow(RangeError);
    state.countRow(0);
    expect(state.snapshot().rowsRead).toBe(0);
  });
});
