import { compareFunnels, EventLog, funnel } from "@journeykit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { journeyEventsArbitrary } from "../../../core/test/arbitraries/journey-events";
import { funnelOfCounts } from "../../test/fixtures/funnels";
import { elements, svgTexts, xmlProblem } from "../../test/svg-xml";
import { renderFunnelComparison } from "./render-funnel-comparison";

const steps = ["view_item", "add_to_cart", "purchase"];
const significance = (svg: string) =>
  elements(svg)
    .filter((element) => element.attributes.class === "comparison-step")
    .map((element) => element.attributes["data-significant"]);

describe("renderFunnelComparison", () => {
  it("marks exactly the steps whose change the test calls significant, for any two funnels", () => {
    const logs = journeyEventsArbitrary({ names: steps, customers: 30, maxEvents: 90 }).map((events) =>
      EventLog.from(events),
    );
    fc.assert(
      fc.property(logs, logs, fc.constantFrom("fromStart", "fromPrevious" as const), (a, b, rate) => {
        const comparison = compareFunnels(funnel(a, { steps }), funnel(b, { steps }));
        const svg = renderFunnelComparison(comparison, { rate });
        expect(xmlProblem(svg)).toBe(true);
        expect(significance(svg)).toEqual(comparison.steps.map((step) => String(step[rate].significant)));
      }),
      { numRuns: 60 },
    );
  });

  it("shows both periods' N and rates, the change in points with its p-value, and escapes period names", () => {
    // 120 of 1000 bought before, 160 of 1000 after: +4 points, p = 0.0099 (compareFunnels' worked example).
    const before = funnelOfCounts(steps, [1000, 400, 120]);
    const after = funnelOfCounts(steps, [1000, 400, 160]);
    const svg = renderFunnelComparison(compareFunnels(before, after), {
      periods: ["Uke <9>", "Uke 10 & 11"],
    });
    expect(xmlProblem(svg)).toBe(true);
    const text = svgTexts(svg).join("\n");
    expect(text).toContain("Uke <9>: N\u00A0=\u00A01,000 · Uke 10 & 11: N\u00A0=\u00A01,000");
    expect(text).toContain("overall conversion 12% → 16%: +4 pp (+33.3%), p = 0.01, significant");
    expect(text).toContain("120 / 1,000 → 160 / 1,000");
    expect(significance(svg)).toEqual(["false", "false", "true"]);
  });
});
