import { describe, expect, it } from "vitest";
import { readGuideExamples } from "./guide-examples";

const guide = new URL("../../../../docs/guides/funnels.md", import.meta.url);
const examples = readGuideExamples(guide);

describe("docs/guides/funnels.md", () => {
  it("has worked examples", () => {
    expect(examples.length).toBeGreaterThanOrEqual(14);
  });

  it.each(examples.map((example) => [example.title, example] as const))("%s", async (_, example) => {
    expect(await example.run()).toEqual(example.expected);
  });
});
