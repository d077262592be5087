import { assert, expect } from "vitest";
import { AdapterAbortError } from "../../adapter/adapter-abort-error";
import type { AdapterInput } from "../../adapter/journey-adapter";
import type { AdapterConformanceOptions, ConformanceCheck, ConformanceFixture } from "../conformance-types";
import { onEveryPath } from "../on-every-path";
import {
  expectOk,
  expectTypedError,
  fixtureBytes,
  fixtureOptions,
  type ReadOutcome,
  readableFixtures,
  readOutcome,
} from "../read-outcome";

const DEFAULT_ABORT_DEADLINE_MS = 5000;

/** Fails unless `error` is an AdapterAbortError. */
function expectAbortError(error: unknown, where: string): void {
  expectTypedError(error, where);
  if (!AdapterAbortError.isInstance(error))
    assert.fail(`${where}: expected an AdapterAbortError, got ${String(error)}`);
}

/** Fails unless the read ended with an AdapterAbortError. */
function expectAborted(outcome: ReadOutcome | "timeout", where: string, deadline: number): void {
  if (outcome === "timeout")
    assert.fail(`${where}: the read did not stop within ${deadline} ms of the abort`);
  if (outcome.ok) assert.fail(`${where}: the read finished normally although the signal was aborted`);
  expectAbortError(outcome.error, where);
}

/** Waits for `promise`, or gives "timeout" after `ms` milliseconds (a liveness bound, not a speed test). */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | "timeout"> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Sources that deliver the fixture and then never answer again; the first time they are asked for
 * more, they abort the controller. `released` records whether the adapter let go of them.
 */
function stalledSources(bytes: Uint8Array, controller: AbortController) {
  const released = { iterable: false, stream: false };
  const iterable: AsyncIterable<Uint8Array> = {
    [Symbol.asyncIterator]() {
      let delivered = false;
      return {
        next() {
          if (!delivered) {
            delivered = true;
            return Promise.resolve({ done: false, value: bytes });
          }
          controller.abort(new Error("conformance kit: abort while waiting for input"));
          return new Promise<IteratorResult<Uint8Array>>(() => {});
        },
        return() {
          released.iterable = true;
          return Promise.resolve({ done: true, value: undefined });
        },
      };
    },
  };
  let delivered = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(streamController) {
      if (!delivered) {
        delivered = true;
        streamController.enqueue(bytes);
        return;
      }
      controller.abort(new Error("conformance kit: abort while waiting for input"));
      return new Promise<void>(() => {});
    },
    cancel() {
      released.stream = true;
    },
  });
  return { iterable, stream, released };
}

async function abortWhileWaiting(
  options: AdapterConformanceOptions,
  fixture: ConformanceFixture,
  form: "iterable" | "stream",
  deadline: number,
): Promise<void> {
  const controller = new AbortController();
  const sources = stalledSources(fixtureBytes(fixture), controller);
  const input: AdapterInput = form === "iterable" ? sources.iterable : sources.stream;
  const where = `fixture "${fixture.name}" from a stalled ${form === "iterable" ? "async iterable" : "ReadableStream"}, aborted while waiting`;
  const outcome = await within(
    readOutcome(options.adapter, input, { ...fixtureOptions(fixture, options), signal: controller.signal }),
    deadline,
  );
  expectAborted(outcome, where, deadline);
  if (!sources.released[form]) {
    assert.fail(
      `${where}: the adapter did not release its input (${form === "iterable" ? "return()" : "cancel()"} was never called)`,
    );
  }
}

/** A read stream of either kind: events from `read()`, batches from `readBatches()`. */
type AnyReadStream = AsyncIterable<unknown> & { readonly report: Promise<unknown> };

/**
 * Reads `fixture`, aborting as soon as the first item (an event, or a batch) arrives, and checks
 * that no further item comes and that the iteration and the report end with an AdapterAbortError.
 */
async function abortAfterFirstItem(
  options: AdapterConformanceOptions,
  fixture: ConformanceFixture,
  method: "read" | "readBatches",
): Promise<void> {
  const controller = new AbortController();
  const readOptions = { ...fixtureOptions(fixture, options), signal: controller.signal };
  const stream: AnyReadStream =
    method === "read"
      ? options.adapter.read(fixture.input, readOptions)
      : (options.adapter.readBatches?.(fixture.input, readOptions) as AnyReadStream);
  let items = 0;
  let failure: { error: unknown } | undefined;
  try {
    for await (const _ of stream) {
      items += 1;
      controller.abort();
    }
  } catch (error) {
    failure = { error };
  }
  const unit = method === "read" ? "event" : "batch";
  const where = `fixture "${fixture.name}", aborted after the first ${unit} of ${method}()`;
  expect(items, `${where}: ${unit === "event" ? "events" : "batches"} received`).toBe(1);
  if (failure === undefined)
    assert.fail(`${where}: the read finished normally although the signal was aborted`);
  expectAbortError(failure.error, where);
  const reportError = await stream.report.then(
    () => undefined,
    (error: unknown) => error,
  );
  expectAbortError(reportError, `${where}: the report promise`);
}

/** How many batches `readBatches()` gives for the fixture, or 0 when the read fails. */
async function batchCount(options: AdapterConformanceOptions, fixture: ConformanceFixture): Promise<number> {
  let count = 0;
  try {
    for await (const _ of options.adapter.readBatches?.(fixture.input, fixtureOptions(fixture, options)) ??
      [])
      count += 1;
  } catch {
    return 0;
  }
  return count;
}

/** An already aborted signal, and an abort while the adapter waits for input. */
const abortBeforeAndWhileWaiting = onEveryPath(async (options) => {
  const deadline = options.abortDeadlineMs ?? DEFAULT_ABORT_DEADLINE_MS;
  const [fixture] = readableFixtures(options);
  if (fixture === undefined)
    assert.fail("no fixture can be read without errors: add one without bad records");

  const aborted = new AbortController();
  aborted.abort(new Error("conformance kit: aborted before reading"));
  const early = await readOutcome(options.adapter, fixture.input, {
    ...fixtureOptions(fixture, options),
    signal: aborted.signal,
  });
  expectAborted(early, `fixture "${fixture.name}" with an already aborted signal`, deadline);
  expect(early.events, "events read with an already aborted signal").toEqual([]);

  await abortWhileWaiting(options, fixture, "iterable", deadline);
  await abortWhileWaiting(options, fixture, "stream", deadline);
});

/**
 * Checks that aborting the `signal` stops a read: an already-aborted signal gives no event and an
 * `AdapterAbortError`; aborting while the adapter waits for more input (from an async iterable or
 * a `ReadableStream` that never answers) ends the read with an `AdapterAbortError` within
 * `abortDeadlineMs` and releases the input (`return()` / `cancel()`); aborting after the first
 * event yields no further event, and `report` rejects too. With `readBatches`, the first two run
 * through it as well, and aborting after the first batch yields no further batch.
 *
 * @example
 * ```ts
 * await conformanceChecks.abort.run({ adapter, fixtures }); // rejects if the adapter keeps reading after abort
 * ```
 */
export const abortCheck: ConformanceCheck = {
  title: "stops reading promptly when the signal aborts, with an AdapterAbortError",
  requires: [],
  async run(options) {
    await abortBeforeAndWhileWaiting(options);
    const fixtures = readableFixtures(options);
    for (const candidate of fixtures) {
      const outcome = await readOutcome(options.adapter, candidate.input, fixtureOptions(candidate, options));
      expectOk(outcome, `fixture "${candidate.name}"`);
      if (outcome.events.length >= 2) {
        await abortAfterFirstItem(options, candidate, "read");
        break;
      }
    }
    if (typeof options.adapter.readBatches !== "function") return;
    // Batches are the unit of readBatches(): an abort between them is checked on a fixture that
    // gives at least two (an adapter that puts a small fixture in one batch is not failed for it).
    for (const candidate of fixtures) {
      if ((await batchCount(options, candidate)) >= 2) {
        await abortAfterFirstItem(options, candidate, "readBatches");
        return;
      }
    }
  },
};
