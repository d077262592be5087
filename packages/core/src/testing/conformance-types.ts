import type { JourneyAdapterV1 } from "../adapter/journey-adapter";
import type { JourneyEvent } from "../model/journey-event";

/**
 * One sample input for the conformance kit, with what reading it should give.
 *
 * Keep fixtures small (a few hundred bytes to a few KB): the kit splits every fixture of up to
 * `exhaustiveBytes` bytes at every byte offset, and truncates it at every offset. Give property
 * names distinctive enough (`plan_tier`, not `id`) that the kit can swap them for `__proto__`
 * without touching other parts of the input.
 *
 * @example
 * ```ts
 * const fixture: ConformanceFixture = {
 *   name: "two signups, one bad row",
 *   input: "customer,time,event\nc-1,2024-01-01T10:00:00Z,signup\nc-2,never,signup\n",
 *   expectedEvents: [{ customerId: "c-1", timestamp: Date.UTC(2024, 0, 1, 10), name: "signup" }],
 *   badRecords: 1,
 *   badLines: [3],
 * };
 * ```
 */
export interface ConformanceFixture {
  /** Names the fixture in test titles and failure messages. */
  readonly name: string;
  /** The input, as text or as bytes (bytes may be invalid UTF-8 on purpose). */
  readonly input: string | Uint8Array;
  /**
   * The events reading it must give, in order (read with `onError: "skip"` when the fixture has
   * bad records). Write them by hand from the input, not by copying the adapter's output.
   */
  readonly expectedEvents?: readonly JourneyEvent[];
  /** How many bad records the input has; such fixtures check `onError` and `maxBadRecords`. */
  readonly badRecords?: number;
  /** The 1-based lines where the bad records start, in order, when the adapter reports lines. */
  readonly badLines?: readonly number[];
  /** How many duplicate records the adapter must remove and count. */
  readonly duplicates?: number;
  /** The adapter's own read options for this fixture, if it needs any. */
  readonly options?: Readonly<Record<string, unknown>>;
}

/**
 * What an adapter claims beyond the contract's minimum. The checks of a capability not claimed are
 * skipped (and shown as skipped), so an adapter is never failed for a feature it does not offer.
 *
 * @example
 * ```ts
 * const capabilities: AdapterCapabilities = { skipsBadRows: true, dedupes: false };
 * ```
 */
export interface AdapterCapabilities {
  /**
   * Reports bad records through `onError: "skip"` (counted in the report) and honours
   * `maxBadRecords`. Needs a fixture with `badRecords`.
   */
  readonly skipsBadRows?: boolean;
  /** Removes duplicate records and counts them in `duplicatesRemoved`. Needs a fixture with `duplicates`. */
  readonly dedupes?: boolean;
  /**
   * Offers `readBatches`. Detected, so there is no need to claim it: whenever the adapter has
   * `readBatches`, every check that reads runs through it as well as through `read()`, and the
   * `batchesAgree` and `readLog` checks compare the two. Claiming it for an adapter without
   * `readBatches` fails those checks.
   */
  readonly readsBatches?: boolean;
  /**
   * Gives the same events (as a multiset) and the same counts whatever order its records come
   * in. Detected from {@link AdapterConformanceOptions.reorderRecords}, which the check needs;
   * claiming it without that hook fails the `orderIndependence` check.
   */
  readonly orderIndependent?: boolean;
}

/**
 * Rewrites a fixture's input with the same records in another order: what an adapter author gives
 * the kit (as {@link AdapterConformanceOptions.reorderRecords}) so that it can check the adapter
 * does not depend on the order of records. Only the author knows where a record of their format
 * begins and ends (a quoted CSV field may hold a line break), so the kit asks rather than guesses.
 *
 * Keep whatever must stay in place (a header row) in place, and every record whole and unchanged,
 * and put the records in the order `shuffle` gives: `shuffle(records)` returns a new array of the
 * same items, reversed the first time, in a seeded random order after that, so every run of the
 * kit tries the same orders.
 *
 * @example
 * ```ts
 * // A format with a header line and one record per line.
 * const reorderRecords: RecordReorderer = (input, shuffle) => {
 *   const [header = "", ...records] = String(input).split("\n").filter((line) => line !== "");
 *   return [header, ...shuffle(records)].map((line) => `${line}\n`).join("");
 * };
 * ```
 */
export type RecordReorderer = (
  input: string | Uint8Array,
  shuffle: <T>(items: readonly T[]) => T[],
) => string | Uint8Array | Promise<string | Uint8Array>;

/**
 * What {@link runAdapterConformance} and each of the {@link conformanceChecks} take.
 *
 * @example
 * ```ts
 * const options: AdapterConformanceOptions = {
 *   adapter: csvAdapter({ columns: { customerId: "customer", timestamp: "time", name: "event" } }),
 *   fixtures: [{ name: "one row", input: "customer,time,event\nc-1,0,signup\n" }],
 *   capabilities: { skipsBadRows: true },
 * };
 * ```
 */
export interface AdapterConformanceOptions {
  /** The adapter under test. */
  // biome-ignore lint/suspicious/noExplicitAny: any adapter, whatever its own options are
  readonly adapter: JourneyAdapterV1<any>;
  /** At least one fixture; see {@link ConformanceFixture}. */
  readonly fixtures: readonly ConformanceFixture[];
  /** What the adapter claims; unclaimed capabilities are not checked. */
  readonly capabilities?: AdapterCapabilities;
  /** Fixtures up to this many bytes are split and truncated at every offset; larger ones at 200 sampled offsets. Default 4096. */
  readonly exhaustiveBytes?: number;
  /** How long an aborted read may take to stop before the abort check fails. Default 5000 ms. */
  readonly abortDeadlineMs?: number;
  /**
   * How to put the records of an input in another order; see {@link RecordReorderer}. When given,
   * the `orderIndependence` check reads every fixture that reads without error with its records
   * in five other orders, and expects the same events as a multiset (compared as sorted by their
   * canonical JSON, since an `EventLog` orders events by its own rules anyway) and the same
   * `rowsRead`, `eventsEmitted`, `rowsSkipped`, `duplicatesRemoved` and `details`. What depends on
   * where a record is (line numbers, `bytesRead`, warnings) is not compared.
   */
  readonly reorderRecords?: RecordReorderer;
}

/**
 * One check of the conformance kit: a title, the capabilities it needs, and `run`, which resolves
 * when the adapter passes and rejects with an assertion error saying what failed and where.
 *
 * @example
 * ```ts
 * const check: ConformanceCheck = conformanceChecks.chunkBoundaries;
 * await check.run({ adapter, fixtures }); // rejects if a chunk boundary changes the events
 * ```
 */
export interface ConformanceCheck {
  /** What the check asserts, used as the test's title. */
  readonly title: string;
  /** The capabilities the adapter must claim for the check to apply. */
  readonly requires: readonly (keyof AdapterCapabilities)[];
  /** Runs the check. */
  run(options: AdapterConformanceOptions): Promise<void>;
}
