import { issueListMessage } from "./issue-list-message";
import { JourneykitError } from "./journeykit-error";

const marker = "journeykit.error.segment-definition";
const symbol = Symbol.for(marker);

/**
 * One problem found in segment definitions: data, so tools can point at the field.
 *
 * @example
 * ```ts
 * const issue: SegmentIssue = {
 *   code: "unknown_segment",
 *   path: ["segments", 1, "where", "and", 0, "inSegment"],
 *   message: 'Segment "loyal" refers to segment "vip", which is not among the segments given.',
 * };
 * ```
 */
export interface SegmentIssue {
  /**
   * zod's codes for shapes (`invalid_type`, `unrecognized_keys`, ...) and journeykit's for
   * references: `duplicate_segment`, `unknown_segment`, `segment_cycle`.
   */
  readonly code: string;
  /** Where, as property names and array indexes from the argument that was checked. */
  readonly path: readonly (string | number)[];
  /** What is wrong and how to fix it. */
  readonly message: string;
}

/**
 * Thrown (code `"SEGMENT_DEFINITION"`) when a segment does not fit the predicate language, two
 * segments share an id, or a segment refers to one that is not given or (through others) to
 * itself. `issues` lists every problem with its `code` and `path`.
 *
 * @example
 * ```ts
 * import { SegmentDefinitionError, segmentCustomers } from "@journeykit/core";
 *
 * try {
 *   segmentCustomers(log, customers, [{ id: "loyal", where: { inSegment: "vip" } }]);
 * } catch (error) {
 *   if (SegmentDefinitionError.isInstance(error)) console.log(error.issues[0]?.code); // "unknown_segment"
 * }
 * ```
 */
export class SegmentDefinitionError extends JourneykitError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: read through Symbol.for in isInstance, across copies of the library
  private readonly [symbol] = true;
  /** Every problem found, in the order of the input. */
  readonly issues: readonly SegmentIssue[];

  constructor(issues: readonly SegmentIssue[]) {
    super({
      code: "SEGMENT_DEFINITION",
      message: issueListMessage("segment definitions", "are", issues),
    });
    this.name = "SegmentDefinitionError";
    this.issues = issues;
  }

  /**
   * Whether `error` is a {@link SegmentDefinitionError}, from any copy of journeykit.
   *
   * @example
   * ```ts
   * SegmentDefinitionError.isInstance(new Error("x")); // false
   * ```
   */
  static override isInstance(error: unknown): error is SegmentDefinitionError {
    return JourneykitError.hasMarker(error, marker);
  }
}
