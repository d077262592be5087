import { describe, expect, it } from "vitest";
import { readGuideExamples } from "../../test/docs/guide-examples";

const examples = readGuideExamples(new URL("../../../../docs/guides/attribution.md", import.meta.url));

describe("docs/guides/attribution.md", () => {
  it("has worked examples", () => {
    expect(examples.length).toBeGreaterThanOrEqual(7);
  });

  it.each(examples.map((example) => [example.title, example] as const))("%s", async (_, example) => {
    expect(await example.run()).toEqual(example.expected);
  });
});
