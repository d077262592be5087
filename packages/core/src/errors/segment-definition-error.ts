import type { Issue } from "./issue";
import { issueListMessage } from "./issue-list-message";
import { JourneykitError } from "./journeykit-error";

const marker = "journeykit.error.segment-definition";
const symbol = Symbol.for(marker);

/**
 * Thrown (code `"SEGMENT_DEFINITION"`) when a segment does not fit the predicate language, two
 * segments share an id, or a segment refers to one that is not given or (through others) to
 * itself. `issues` lists every problem, each an {@link Issue} with its `code` and `path`: zod's
 * codes for shapes, and `duplicate_segment`, `unknown_segment`, `unknown_persona`,
 * `segment_cycle` for references.
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
  readonly issues: readonly Issue[];

  constructor({ issues }: { issues: readonly Issue[] }) {
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
