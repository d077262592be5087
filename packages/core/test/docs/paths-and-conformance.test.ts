import { describe, expect, it } from "vitest";
import { readGuideExamples } from "./guide-examples";

const guide = new URL("../../../../docs/guides/paths-and-conformance.md", import.meta.url);
const examples = readGuideExamples(guide);

describe("docs/guides/paths-and-conformance.md", () => {
  it("has worked examples", () => {
    expect(examples.length).toBeGreaterThanOrEqual(7);
  });

  it.each(examples.map((example) => [example.title, example] as const))("%s", async (_, example) => {
    expect(await example.run()).toEqual(example.expected);
  });
});
