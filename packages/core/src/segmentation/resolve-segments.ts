import { type Issue, issuesFromZod } from "../errors/issue";
import { SegmentDefinitionError } from "../errors/segment-definition-error";
import { type SegmentDefinitionInput, SegmentDefinitionSchema, segmentReferences } from "./define-segment";
import type { ParsedCondition } from "./segment-condition";

/** A validated segment as the evaluator reads it. */
export interface ParsedSegment {
  readonly id: string;
  readonly where: ParsedCondition;
}

/**
 * Validates segments used together: each one's shape, unique ids, references to segments that
 * exist, and no cycles. Returns them in input order with an evaluation order in which every
 * segment comes after the segments it refers to.
 *
 * @throws SegmentDefinitionError listing every problem, paths starting at `[argument, index]`.
 */
export function resolveSegments(
  segments: readonly SegmentDefinitionInput[],
  argument = "segments",
): { segments: ParsedSegment[]; order: number[] } {
  const issues: Issue[] = [];
  const parsed: ParsedSegment[] = [];
  const indexOf = new Map<string, number>();
  segments.forEach((segment, index) => {
    const result = SegmentDefinitionSchema.safeParse(segment);
    if (!result.success) {
      issues.push(...issuesFromZod(result.error, [argument, index]));
      return;
    }
    const { id } = result.data;
    if (indexOf.has(id)) {
      issues.push({
        code: "duplicate_segment",
        path: [argument, index, "id"],
        message: `Segment id "${id}" is also used by ${argument}[${indexOf.get(id)}]; give each segment its own id.`,
      });
      return;
    }
    indexOf.set(id, index);
    parsed[index] = result.data;
  });
  if (issues.length > 0) throw new SegmentDefinitionError({ issues });

  const references = parsed.map((segment) => segmentReferences(segment.where, ["where"]));
  references.forEach((list, index) => {
    for (const reference of list) {
      if (!indexOf.has(reference.id)) {
        issues.push({
          code: "unknown_segment",
          path: [argument, index, ...reference.path],
          message: `Segment "${parsed[index]?.id}" refers to segment "${reference.id}", which is not among the ${argument} given (${[...indexOf.keys()].join(", ")}).`,
        });
      }
    }
  });
  if (issues.length > 0) throw new SegmentDefinitionError({ issues });

  // Depth-first search: a reference to a segment still on the stack closes a cycle.
  const state = new Uint8Array(parsed.length); // 0 unvisited, 1 on the stack, 2 done
  const order: number[] = [];
  const stack: number[] = [];
  const visit = (index: number) => {
    state[index] = 1;
    stack.push(index);
    for (const reference of references[index] ?? []) {
      const target = indexOf.get(reference.id) as number;
      if (state[target] === 1) {
        const cycle = [...stack.slice(stack.indexOf(target)), target].map((k) => `"${parsed[k]?.id}"`);
        issues.push({
          code: "segment_cycle",
          path: [argument, index, ...reference.path],
          message: `Segments refer to each other in a cycle (${cycle.join(" -> ")}); a segment cannot depend on its own members.`,
        });
      } else if (state[target] === 0) {
        visit(target);
      }
    }
    stack.pop();
    state[index] = 2;
    order.push(index);
  };
  for (let index = 0; index < parsed.length; index += 1) if (state[index] === 0) visit(index);
  if (issues.length > 0) throw new SegmentDefinitionError({ issues });
  return { segments: parsed, order };
}
