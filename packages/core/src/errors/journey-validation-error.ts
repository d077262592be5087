import type { Issue } from "./issue";
import { issueListMessage } from "./issue-list-message";
import { JourneykitError } from "./journeykit-error";

// Re-exported here, where the public surface has always taken it from.
export { formatIssuePath } from "./format-issue-path";

const marker = "journeykit.error.journey-validation";
const symbol = Symbol.for(marker);

/**
 * Thrown by `defineJourney` when a journey map fails its schema or its references.
 * `issues` lists every problem found, each an {@link Issue} with a `code` and a `path`: zod's
 * codes for shapes, and for references `duplicate_id`, `unknown_stage`, `unknown_touchpoint`,
 * `unknown_persona`, `unknown_kpi`, `stage_order_gap`, `inconsistent_reference`,
 * `measure_kind_mismatch`, `measure_unit_mismatch`.
 *
 * @example
 * ```ts
 * import { JourneyValidationError, defineJourney } from "@journeykit/core";
 *
 * try {
 *   defineJourney(untrustedJson);
 * } catch (error) {
 *   if (JourneyValidationError.isInstance(error)) {
 *     for (const issue of error.issues) console.log(issue.code, issue.path.join("."));
 *   }
 * }
 * ```
 */
export class JourneyValidationError extends JourneykitError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: read through Symbol.for in isInstance, across copies of the library
  private readonly [symbol] = true;
  /** Every problem found, in document order. */
  readonly issues: readonly Issue[];

  constructor({ issues }: { issues: readonly Issue[] }) {
    super({
      code: "JOURNEY_VALIDATION",
      message: issueListMessage("journey map", "is", issues),
    });
    this.name = "JourneyValidationError";
    this.issues = issues;
  }

  /**
   * Whether `error` is a {@link JourneyValidationError}, from any copy of journeykit.
   *
   * @example
   * ```ts
   * JourneyValidationError.isInstance(new Error("x")); // false
   * ```
   */
  static override isInstance(error: unknown): error is JourneyValidationError {
    return JourneykitError.hasMarker(error, marker);
  }
}
