// Every example of docs/guides/rendering.md, section by section: when the guide changes, this
// file changes with it.
import {
  compareFunnels,
  conversionRate,
  directlyFollows,
  journeyReport,
  pathVariants,
} from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { funnelOfCounts } from "../test/fixtures/funnels";
import { webShopJourney } from "../test/fixtures/journeys";
import { webShopLog } from "../test/fixtures/web-shop-events";
import { elements, svgTexts, xmlProblem } from "../test/svg-xml";
import { renderFunnel } from "./funnel/render-funnel";
import { renderFunnelComparison } from "./funnel/render-funnel-comparison";
import { renderJourneyMap } from "./journey-map/render-journey-map";
import { toMermaidJourney } from "./mermaid/to-mermaid-journey";
import { renderReport } from "./report/render-report";
import { renderPaths } from "./sankey/render-paths";

const highlighted = (svg: string) =>
  elements(svg).find((element) => element.attributes["data-biggest-drop-off"] === "true")?.attributes[
    "data-step"
  ];

describe("docs/guides/rendering.md", () => {
  it("The journey map", () => {
    const svg = renderJourneyMap(webShopJourney(), {
      persona: "kari",
      metrics: {
        "view-to-cart": conversionRate(252, 2400),
        nps: { value: 31, interval: { lower: 24, upper: 38 }, n: 812 },
      },
    });
    const texts = svgTexts(svg);
    expect(texts).toContain("10.5% [9.3% – 11.8%] · n\u00A0=\u00A02,400");
    expect(texts).toContain("31 [24 – 38] · n\u00A0=\u00A0812");
    const [width = 0, height = 0] =
      elements(svg)[0]?.attributes.viewBox?.split(" ").slice(2).map(Number) ?? [];
    expect(width).toBeGreaterThanOrEqual(1188);
    expect(height / width).toBeCloseTo(1 / Math.SQRT2, 1);
  });

  it("Funnels", () => {
    const result = funnelOfCounts(["view_item", "add_to_cart", "purchase"], [100, 50, 10]);
    expect(highlighted(renderFunnel(result))).toBe("1");
    expect(highlighted(renderFunnel(result, { highlight: "rate" }))).toBe("2");
    const february = funnelOfCounts(["view_item", "add_to_cart", "purchase"], [1000, 400, 120]);
    const march = funnelOfCounts(["view_item", "add_to_cart", "purchase"], [1000, 400, 160]);
    const comparison = renderFunnelComparison(compareFunnels(february, march), {
      periods: ["February", "March"],
    });
    expect(svgTexts(comparison).join("\n")).toContain(
      "overall conversion 12% → 16%: +4 pp (+33.3%), p = 0.01, significant",
    );
  });

  it("Paths as a Sankey", () => {
    const log = webShopLog();
    expect(xmlProblem(renderPaths(pathVariants(log, { maxSteps: 5, top: 10, collapseRepeats: true })))).toBe(
      true,
    );
    expect(xmlProblem(renderPaths(directlyFollows(log), { top: 12 }))).toBe(true);
  });

  it("Mermaid journey diagrams", () => {
    expect(toMermaidJourney(webShopJourney()).split("\n").slice(0, 7)).toEqual([
      "journey",
      "  title Web shop#58; from first visit to loyal customer",
      "  section Awareness",
      "    Sees an ad or a friend's post: 3.5: Kari",
      "    Searches for the product: 3.5: Kari",
      "  section Consideration",
      "    Compares products: 4: Kari",
    ]);
  });

  it("The HTML report", () => {
    const report = journeyReport(webShopJourney(), webShopLog(), {
      paths: { ignore: ["user_engagement", "scroll"] },
    });
    expect(report.stageFunnel?.steps.map((step) => step.label)).toEqual(
      webShopJourney().stages.map((stage) => stage.name),
    );
    const html = renderReport(report, { source: "events_202403*.ndjson" });
    expect(
      elements(html)
        .filter((element) => element.tag === "section")
        .map((element) => element.attributes.id),
    ).toEqual(["summary", "journey-map", "stage-funnel", "paths", "conformance", "kpis", "pain-points"]);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain("events_202403*.ndjson");
  });
});
