import { abortCheck } from "./checks/abort-check";
import { badInputCheck } from "./checks/bad-input-check";
import { batchesAgreeCheck } from "./checks/batches-agree-check";
import { chunkBoundariesCheck } from "./checks/chunk-boundaries-check";
import { contractCheck } from "./checks/contract-check";
import { dedupesCheck } from "./checks/dedupes-check";
import { deterministicCheck } from "./checks/deterministic-check";
import { inputFormsCheck } from "./checks/input-forms-check";
import { orderIndependenceCheck } from "./checks/order-independence-check";
import { progressCheck } from "./checks/progress-check";
import { prototypeSafetyCheck } from "./checks/prototype-safety-check";
import { readLogCheck } from "./checks/read-log-check";
import { skipsBadRecordsCheck } from "./checks/skips-bad-records-check";
import { throwsOnBadRecordsCheck } from "./checks/throws-on-bad-records-check";
import { validEventsCheck } from "./checks/valid-events-check";
import type { ConformanceCheck } from "./conformance-types";

/**
 * Every check of the conformance kit, by name, in the order {@link runAdapterConformance} runs them.
 * Each is a plain async function of {@link AdapterConformanceOptions}, so a single check can be run
 * on its own, or used to show that a broken adapter fails it.
 *
 * Every check that reads runs through `read()`, and again through `readBatches()` when the
 * adapter offers it (a failure there starts "through readBatches():"); `batchesAgree` and
 * `readLog` compare the two paths, and `orderIndependence` runs when the options have
 * `reorderRecords`.
 *
 * @example
 * ```ts
 * import { conformanceChecks } from "@journeykit/core/testing";
 *
 * await conformanceChecks.chunkBoundaries.run({ adapter: myAdapter, fixtures: [{ name: "one", input: "..." }] });
 * Object.keys(conformanceChecks); // ["contract", "validEvents", "batchesAgree", "readLog", "deterministic", ...]
 * ```
 */
export const conformanceChecks = Object.freeze({
  contract: contractCheck,
  validEvents: validEventsCheck,
  batchesAgree: batchesAgreeCheck,
  readLog: readLogCheck,
  deterministic: deterministicCheck,
  orderIndependence: orderIndependenceCheck,
  inputForms: inputFormsCheck,
  chunkBoundaries: chunkBoundariesCheck,
  progress: progressCheck,
  badInput: badInputCheck,
  throwsOnBadRecords: throwsOnBadRecordsCheck,
  skipsBadRecords: skipsBadRecordsCheck,
  dedupes: dedupesCheck,
  abort: abortCheck,
  prototypeSafety: prototypeSafetyCheck,
} satisfies Record<string, ConformanceCheck>);
