import { describe, expect, expectTypeOf, it } from "vitest";
import { SegmentDefinitionError } from "../errors/segment-definition-error";
import { defineSegment, type SegmentDefinition } from "./define-segment";

describe("defineSegment", () => {
  it("fills in defaults and freezes the segment", () => {
    const segment = defineSegment({
      id: "buyers",
      where: { or: [{ did: "purchase" }, { property: "vip", equals: true }] },
    });
    expect(segment.where).toEqual({
      or: [
        { did: "purchase", atLeast: 1 },
        { property: "vip", equals: true },
      ],
    });
    expect(Object.isFrozen(segment.where)).toBe(true);
    expectTypeOf(segment).toEqualTypeOf<SegmentDefinition>();
    expect(JSON.parse(JSON.stringify(segment))).toEqual(segment);
  });

  it("rejects a segment that refers to itself, and shapes outside the language, with paths", () => {
    const issues = (input: unknown) => {
      try {
        defineSegment(input as never);
      } catch (error) {
        if (SegmentDefinitionError.isInstance(error))
          return error.issues.map(({ code, path }) => ({ code, path }));
      }
      return [];
    };
    expect(issues({ id: "a", where: { not: { inSegment: "a" } } })).toEqual([
      { code: "segment_cycle", path: ["where", "not", "inSegment"] },
    ]);
    expect(issues({ id: "a", where: { property: "age", between: [1, 2] } })).toEqual([
      { code: "invalid_union", path: ["where"] },
    ]);
    expect(issues({ id: "has space", where: { did: "x" } })[0]?.path).toEqual(["id"]);
  });
});
