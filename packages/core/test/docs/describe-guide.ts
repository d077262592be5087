import { describe, expect, it } from "vitest";
import { readGuideExamples } from "./guide-examples";

/**
 * The test of a guide whose worked examples are read from its Markdown (see
 * {@link readGuideExamples}): it has at least `minimumExamples` of them, so that a broken fence
 * cannot quietly drop examples, and each example's code gives the JSON the guide shows.
 *
 * @param name - The guide's file in docs/guides, e.g. `"funnels.md"`.
 */
export function describeGuide(name: string, minimumExamples: number): void {
  const examples = readGuideExamples(new URL(`../../../../docs/guides/${name}`, import.meta.url));

  describe(`docs/guides/${name}`, () => {
    it("has worked examples", () => {
      expect(examples.length).toBeGreaterThanOrEqual(minimumExamples);
    });

    it.each(examples.map((example) => [example.title, example] as const))("%s", async (_, example) => {
      expect(await example.run()).toEqual(example.expected);
    });
  });
}
