import { issueListMessage } from "./issue-list-message";
import { JourneykitError } from "./journeykit-error";

// Re-exported here, where the public surface has always taken it from.
export { formatIssuePath } from "./format-issue-path";

const marker = "journeykit.error.journey-validation";
const symbol = Symbol.for(marker);

/**
 * One problem found in a journey map: data, not prose, so tools can point at the field.
 *
 * @example
 * ```ts
 * const issue: JourneyIssue = {
 *   code: "unknown_stage",
 *   path: ["touchpoints", 0, "stages", 1],
 *   message: 'Touchpoint "web" names stage "checkout", which the journey does not define.',
 * };
 * ```
 */
export interface JourneyIssue {
  /**
   * A stable code: zod's own codes for schema problems (`invalid_type`, `too_big`, ...) and
   * journeykit's for references (`duplicate_id`, `unknown_stage`, `unknown_touchpoint`,
   * `unknown_persona`, `unknown_kpi`, `stage_order_gap`, `inconsistent_reference`,
   * `measure_kind_mismatch`, `measure_unit_mismatch`).
   */
  readonly code: string;
  /** Where in the journey document, as property names and array indexes. */
  readonly path: readonly (string | number)[];
  /** What is wrong and how to fix it. */
  readonly message: string;
}

/**
 * Thrown by `defineJourney` when a journey map fails its schema or its references.
 * `issues` lists every problem found, each with a `code` and a `path`.
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
  readonly issues: readonly JourneyIssue[];

  constructor(issues: readonly JourneyIssue[]) {
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
