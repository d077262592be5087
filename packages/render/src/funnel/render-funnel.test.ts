import { EventLog, funnel } from "@journeykit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { funnelOfCounts, funnelResultArbitrary } from "../../test/fixtures/funnels";
import { elements, svgTexts, xmlProblem } from "../../test/svg-xml";
import { renderFunnel } from "./render-funnel";

const highlightedSteps = (svg: string) =>
  elements(svg)
    .filter((element) => element.attributes["data-biggest-drop-off"] === "true")
    .map((element) => Number(element.attributes["data-step"]));

describe("renderFunnel", () => {
  it("draws every step with its count, N and exactly one highlighted biggest drop-off, for any funnel result", () => {
    fc.assert(
      fc.property(funnelResultArbitrary(), fc.constantFrom("count", "rate" as const), (result, highlight) => {
        const svg = renderFunnel(result, { highlight });
        expect(xmlProblem(svg)).toBe(true);
        const biggest = highlight === "rate" ? result.biggestDropOff.byRate : result.biggestDropOff.byCount;
        expect(highlightedSteps(svg)).toEqual(biggest === null ? [] : [biggest.to]);
        const steps = elements(svg).filter((element) => element.attributes.class === "funnel-step");
        expect(steps.map((step) => Number(step.attributes["data-count"]))).toEqual(
          result.steps.map((step) => step.count),
        );
        const texts = svgTexts(svg);
        expect(
          texts.some((text) =>
            text.startsWith(`N\u00A0=\u00A0${result.steps[0]?.count ?? 0} customers entered`),
          ),
        ).toBe(true);
        for (const step of result.steps) {
          expect(texts).toContain(`${step.index + 1}. ${step.label}`);
          expect(texts).toContain(step.count.toLocaleString("en"));
        }
      }),
      { numRuns: 100 },
    );
  });

  it("highlights the pair that loses the most customers, or the highest rate when asked", () => {
    // 100 -> 50 -> 10: the first pair loses more customers (50), the second a higher share (80%).
    const result = funnelOfCounts(["view_item", "add_to_cart", "purchase"], [100, 50, 10]);
    const byCount = renderFunnel(result);
    expect(highlightedSteps(byCount)).toEqual([1]);
    const text = svgTexts(byCount).join("\n");
    for (const expected of [
      "Biggest drop-off",
      "−50 (50%) drop-off",
      "−40 (80%) drop-off",
      "10% from start 20% from previous",
    ]) {
      expect(text).toContain(expected);
    }
    expect(highlightedSteps(renderFunnel(result, { highlight: "rate" }))).toEqual([2]);
  });

  it("shows an empty funnel without a highlight, and writes numbers in the chosen locale", () => {
    const empty = funnelOfCounts(["view_item", "purchase"], [0, 0]);
    const svg = renderFunnel(empty);
    expect(xmlProblem(svg)).toBe(true);
    expect(highlightedSteps(svg)).toEqual([]);
    const nb = svgTexts(
      renderFunnel(funnelOfCounts(["a", "b"], [2000, 1500]), { locale: "nb", title: "Trakt & <mål>" }),
    );
    expect(nb).toContain("Trakt & <mål>");
    for (const expected of [
      "2\u00A0000",
      "75\u00A0% fra start",
      "Største frafall",
      "−500 (25\u00A0%) frafall",
    ]) {
      expect(nb.join("\n")).toContain(expected);
    }
  });

  it("shows no drop-off for an optional step: passing it by is not leaving the funnel", () => {
    const result = funnel(
      EventLog.from([
        { customerId: "ann", timestamp: 1, name: "view_item" },
        { customerId: "ann", timestamp: 2, name: "purchase" },
        { customerId: "bob", timestamp: 1, name: "view_item" },
        { customerId: "bob", timestamp: 2, name: "chat" },
        { customerId: "bob", timestamp: 3, name: "purchase" },
        { customerId: "cid", timestamp: 1, name: "view_item" },
      ]),
      { steps: ["view_item", { name: "chat", optional: true }, "purchase"] },
    );
    const lossLines = svgTexts(renderFunnel(result)).filter((text) => /\(.*%\) drop-off$/.test(text));
    // Three steps, the first has none by definition, the optional one none: only purchase's.
    expect(lossLines).toEqual(["−1 (33.3%) drop-off"]);
  });
});
