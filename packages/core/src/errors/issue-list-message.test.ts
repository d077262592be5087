import { describe, expect, it } from "vitest";
import { JourneyValidationError } from "./journey-validation-error";
import { SegmentDefinitionError } from "./segment-definition-error";

const issue = (index: number) => ({
  code: "unknown_stage",
  path: ["touchpoints", index, "stages"],
  message: `problem ${index}`,
});

describe("the issue list in JourneyValidationError and SegmentDefinitionError messages", () => {
  it("names one problem in the singular, with its path, message and code", () => {
    expect(new JourneyValidationError({ issues: [issue(0)] }).message).toBe(
      "The journey map is not valid (1 problem):\n  - touchpoints[0].stages: problem 0 (unknown_stage)",
    );
  });

  it("lists the first ten and counts the rest, while issues keeps all of them", () => {
    const issues = Array.from({ length: 12 }, (_, index) => issue(index));
    const error = new SegmentDefinitionError({ issues });
    const lines = error.message.split("\n");
    expect(lines[0]).toBe("The segment definitions are not valid (12 problems):");
    expect(lines).toHaveLength(12);
    expect(lines[10]).toBe("  - touchpoints[9].stages: problem 9 (unknown_stage)");
    expect(lines[11]).toBe("  ... and 2 more");
    expect(error.issues).toHaveLength(12);
  });
});
