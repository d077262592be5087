import { directlyFollows, EventLog, InvalidOptionError, pathVariants } from "@journeykit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { journeyEventsArbitrary } from "../../../core/test/arbitraries/journey-events";
import { stepEvents } from "../../test/fixtures/funnels";
import { elements, svgTexts, textOf, xmlProblem } from "../../test/svg-xml";
import { renderPaths } from "./render-paths";

const names = ["view_item", "add_to_cart", "purchase", "a<b&c", '"quoted"'];
const logArbitrary = journeyEventsArbitrary({ names, customers: 10, maxEvents: 60 }).map((events) =>
  EventLog.from(events),
);

const nodeValues = (svg: string) =>
  new Map(
    elements(svg)
      .filter((element) => element.attributes.class === "sankey-node")
      .map((element) => [element.attributes["data-key"], Number(element.attributes["data-value"])]),
  );
const linkValues = (svg: string) =>
  elements(svg)
    .filter((element) => element.attributes.class === "sankey-link")
    .map((element) => ({
      source: element.attributes["data-source"],
      target: element.attributes["data-target"],
      value: Number(element.attributes["data-value"]),
    }));

describe("renderPaths", () => {
  it("draws path variants as a Sankey whose flows add up to the customers of every path", () => {
    fc.assert(
      fc.property(
        logArbitrary,
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 6 }),
        (log, maxSteps, top) => {
          const result = pathVariants(log, { maxSteps, top });
          const svg = renderPaths(result);
          expect(xmlProblem(svg)).toBe(true);
          const nodes = nodeValues(svg);
          for (let column = 0; column < maxSteps; column += 1) {
            const reaching = result.variants.filter((variant) => variant.steps.length > column);
            const total = [...nodes]
              .filter(([key]) => key?.startsWith(`${column}:`))
              .reduce((sum, [, value]) => sum + value, 0);
            expect(total).toBe(reaching.reduce((sum, variant) => sum + variant.customers, 0));
          }
          for (const [key, value] of nodes) {
            const inflow = linkValues(svg)
              .filter((link) => link.target === key)
              .reduce((sum, link) => sum + link.value, 0);
            if (!key?.startsWith("0:")) expect(inflow).toBe(value);
          }
          const ranked = elements(svg)
            .filter((element) => element.attributes.class === "ranked-path")
            .map((element) => textOf(element));
          result.variants.forEach((variant, index) => {
            expect(ranked[index]).toContain(`${index + 1}. ${variant.steps.join(" → ")}`);
            expect(ranked[index]).toContain(`${variant.customers.toLocaleString("en")} (`);
          });
        },
      ),
      { numRuns: 100 },
    );
  });

  it("draws a directly-follows graph as its top pairs, from events on the left to what follows on the right", () => {
    fc.assert(
      fc.property(
        logArbitrary,
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom("events", "customers" as const),
        (log, top, measure) => {
          const result = directlyFollows(log);
          const svg = renderPaths(result, { top, measure });
          expect(xmlProblem(svg)).toBe(true);
          const links = linkValues(svg);
          expect(links).toHaveLength(Math.min(top, result.transitions.length));
          const drawn = links.reduce((sum, link) => sum + link.value, 0);
          const best = [...result.transitions]
            .map((transition) => transition[measure])
            .sort((a, b) => b - a)
            .slice(0, top)
            .reduce((sum, value) => sum + value, 0);
          expect(drawn).toBe(best);
          for (const link of links) {
            expect(link.source?.startsWith("0:")).toBe(true);
            expect(link.target?.startsWith("1:")).toBe(true);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it("writes shares of everyone with a path and names the rest", () => {
    // 6 customers: 3 view -> cart -> purchase, 2 view -> cart, 1 view.
    const log = EventLog.from(stepEvents(["view_item", "add_to_cart", "purchase"], [3, 3, 3, 2, 2, 1]));
    const svg = renderPaths(pathVariants(log, { top: 2 }), { title: "Paths & <more>" });
    const text = svgTexts(svg).join("\n");
    expect(text).toContain("Paths & <more>");
    expect(text).toContain("N\u00A0=\u00A06 customers with a path");
    expect(text).toContain("1. view_item → add_to_cart → purchase");
    expect(text).toContain("3 (50%)");
    expect(text).toContain("Other paths: 1 paths, 1 customers (16.7%)");
    expect(nodeValues(svg).get("0:view_item")).toBe(5);
    expect(() => renderPaths(pathVariants(log), { top: 0 })).toThrow(InvalidOptionError);
  });
});
