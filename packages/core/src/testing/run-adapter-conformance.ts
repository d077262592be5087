import { describe, it } from "vitest";
import { JourneykitError } from "../errors/journeykit-error";
import { capabilitiesOf } from "./capabilities-of";
import { conformanceChecks } from "./conformance-checks";
import type { AdapterConformanceOptions } from "./conformance-types";

function optionsProblem({
  adapter,
  fixtures,
  reorderRecords,
}: AdapterConformanceOptions): string | undefined {
  if (adapter === null || typeof adapter !== "object" || typeof adapter.read !== "function") {
    return "adapter must be a JourneyAdapterV1 (make one with defineAdapter)";
  }
  if (!Array.isArray(fixtures) || fixtures.length === 0) return "fixtures must list at least one fixture";
  if (reorderRecords !== undefined && typeof reorderRecords !== "function")
    return "reorderRecords, when given, must be a function (input, shuffle) => input";
  const names = new Set<string>();
  for (const fixture of fixtures) {
    if (typeof fixture.name !== "string" || fixture.name === "") return "every fixture needs a name";
    if (names.has(fixture.name)) return `two fixtures are named "${fixture.name}"; names must be unique`;
    names.add(fixture.name);
    if (typeof fixture.input !== "string" && !(fixture.input instanceof Uint8Array)) {
      return `fixture "${fixture.name}" needs an input that is a string or a Uint8Array`;
    }
  }
  return undefined;
}

/**
 * Registers the conformance kit for an adapter as vitest tests: one `describe` block named after
 * the adapter, with one test per check of {@link conformanceChecks}. Checks of capabilities the
 * adapter does not claim are registered as skipped, so the report shows what was not checked.
 *
 * The checks cover the whole `JourneyAdapterV1` contract: valid events and an honest report,
 * the same output for the same input, any input form and any chunk boundary, typed errors (never a
 * raw `TypeError`) on truncated and garbage input, `onError` / `maxBadRecords`, abort, progress,
 * and no prototype pollution from `__proto__`, `constructor` or `prototype` keys.
 *
 * Two capabilities are detected rather than claimed. An adapter with `readBatches` has every
 * check that reads run through it too, and two more checks: `batchesAgree` (the same events in
 * the same order, and the same report, as `read()`) and `readLog` (the same `EventLog` from
 * batches as from events). Options with `reorderRecords` turn on `orderIndependence` (the same
 * events and counts with the records in other orders).
 *
 * Call it at the top level of a test file; vitest must be installed (it is an optional peer
 * dependency of `@journeykit/core`).
 *
 * @param options - The adapter, its fixtures and its capabilities.
 * @throws `JourneykitError` with code `"CONFORMANCE_OPTIONS"` when the adapter or fixtures are malformed.
 *
 * @example
 * ```ts
 * // my-adapter.conformance.test.ts
 * import { runAdapterConformance } from "@journeykit/core/testing";
 * import { myAdapter } from "./my-adapter";
 *
 * runAdapterConformance({
 *   adapter: myAdapter,
 *   fixtures: [
 *     { name: "two events", input: "c-1,1700000000000,signup\nc-1,1700000001000,purchase\n", expectedEvents: [
 *       { customerId: "c-1", timestamp: 1700000000000, name: "signup" },
 *       { customerId: "c-1", timestamp: 1700000001000, name: "purchase" },
 *     ] },
 *     { name: "one bad line", input: "c-1,1700000000000,signup\noops\n", badRecords: 1, badLines: [2] },
 *   ],
 *   capabilities: { skipsBadRows: true },
 *   // No header and one record per line, so the records are the lines.
 *   reorderRecords: (input, shuffle) => shuffle(String(input).split("\n").filter(Boolean)).join("\n"),
 * });
 * ```
 */
export function runAdapterConformance(options: AdapterConformanceOptions): void {
  const problem = optionsProblem(options);
  if (problem !== undefined) {
    throw new JourneykitError({
      code: "CONFORMANCE_OPTIONS",
      message: `runAdapterConformance() cannot run: ${problem}.`,
    });
  }
  const capabilities = capabilitiesOf(options);
  describe(`${options.adapter.id} adapter: JourneyAdapterV1 conformance`, () => {
    for (const check of Object.values(conformanceChecks)) {
      const missing = check.requires.filter((capability) => capabilities[capability] !== true);
      if (missing.length > 0)
        it.skip(`${check.title} (capability not claimed: ${missing.join(", ")})`, () => {});
      else it(check.title, () => check.run(options));
    }
  });
}
