import { defineJourney, InvalidOptionError } from "@journeykit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { journeyInputArbitrary } from "../../../core/test/arbitraries/journey-input";
import { bareJourney, trickyJourney, trickyText, webShopJourney } from "../../test/fixtures/journeys";
import { asRendered, elements, svgTexts, textOf, xmlProblem } from "../../test/svg-xml";
import { renderJourneyMap } from "./render-journey-map";

const withoutSpaces = (text: string) => text.replace(/\s+/g, "");

function optionOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (InvalidOptionError.isInstance(error)) return error.option;
    throw error;
  }
  return undefined;
}

describe("renderJourneyMap", () => {
  it("gives well-formed, accessible SVG whose user text is all real <text>, for any valid journey", () => {
    fc.assert(
      fc.property(journeyInputArbitrary(), (input) => {
        const journey = defineJourney(input);
        const svg = renderJourneyMap(journey);
        expect(xmlProblem(svg)).toBe(true);
        const all = elements(svg);
        const root = all[0];
        expect(root?.tag).toBe("svg");
        expect(root?.attributes.role).toBe("img");
        const labelledBy = root?.attributes["aria-labelledby"]?.split(" ") ?? [];
        const ids = new Map(all.map((element) => [element.attributes.id, element.tag]));
        expect(labelledBy.map((id) => ids.get(id))).toEqual(["title", "desc"]);
        expect(all.some((element) => element.tag === "foreignObject" || element.tag === "image")).toBe(false);
        // Long words may wrap inside the word, so compare without whitespace.
        const texts = svgTexts(svg).map(withoutSpaces);
        const expected = [
          ...journey.stages.map((stage) => `${stage.order}.${stage.name}`),
          ...journey.stages.flatMap((stage) => stage.painPoints.map((pain) => pain.description)),
          ...journey.touchpoints.map((touchpoint) => touchpoint.name),
        ];
        for (const text of expected.map(withoutSpaces).filter((text) => text !== ""))
          expect(texts).toContain(text);
        expect(renderJourneyMap(journey)).toBe(svg);
      }),
      { numRuns: 100 },
    );
  });

  it("escapes <, &, quotes and CDATA ends, and keeps emoji and Nordic letters, reading back exactly", () => {
    const svg = renderJourneyMap(trickyJourney(), { persona: "ase" });
    expect(xmlProblem(svg)).toBe(true);
    expect(svg).not.toContain("<script");
    const texts = svgTexts(svg);
    for (const text of Object.values(trickyText)) {
      expect(texts.some((candidate) => candidate.includes(asRendered(text)))).toBe(true);
    }
    expect(texts).toContain("1. Step: one; two # three");
    const title = elements(svg).find((element) => element.tag === "title");
    expect(title && textOf(title)).toBe(`Journey map: ${trickyText.journey}`);
  });

  it("draws the chosen persona's emotion curve, higher scores higher up", () => {
    const journey = trickyJourney();
    const points = (persona: string) =>
      elements(renderJourneyMap(journey, { persona }))
        .filter((element) => element.attributes.class === "emotion-point")
        .map((element) => ({
          stage: element.attributes["data-stage"],
          score: Number(element.attributes["data-score"]),
          y: Number(element.attributes.cy),
        }));
    expect(points("ase").map(({ stage, score }) => ({ stage, score }))).toEqual([
      { stage: "look", score: 1.5 },
      { stage: "buy", score: -2 },
    ]);
    const [look, buy] = points("ase");
    expect(look?.y).toBeLessThan(buy?.y ?? 0);
    // Ola has no emotion on "buy": one point, no line to a missing stage.
    expect(points("ola")).toEqual([expect.objectContaining({ stage: "look", score: -1 })]);
  });

  it("draws emotions for the first persona with emotions when none is chosen, and says so when there are none", () => {
    const svg = renderJourneyMap(webShopJourney());
    expect(svgTexts(svg)).toContain("Emotion: Kari");
    const bare = bareJourney();
    const texts = svgTexts(renderJourneyMap(bare));
    expect(texts).toContain("No emotion recorded");
    expect(texts).toContain("Persona: No persona · 1 · draft");
  });

  it("tells digital from physical touchpoints by dash as well as colour", () => {
    const touchpoints = elements(renderJourneyMap(trickyJourney())).filter(
      (element) => element.attributes.class === "touchpoint",
    );
    // "web" sits on both stages, "shop" on the second.
    expect(touchpoints.map((element) => element.attributes["data-kind"])).toEqual([
      "digital",
      "digital",
      "physical",
    ]);
    const dashed = touchpoints.map((touchpoint) => {
      const svg = renderJourneyMap(trickyJourney());
      const start = svg.indexOf(`data-touchpoint="${touchpoint.attributes["data-touchpoint"]}"`);
      return svg.slice(start, svg.indexOf("</g>", start)).includes("stroke-dasharray");
    });
    expect(dashed).toEqual([false, false, true]);
  });

  it("shows the service-blueprint lanes and the line of visibility only when a stage has a blueprint", () => {
    const lanes = (svg: string) =>
      elements(svg)
        .filter((element) => element.attributes.class === "lane")
        .map((element) => element.attributes["data-lane"]);
    const withBlueprint = renderJourneyMap(trickyJourney());
    expect(lanes(withBlueprint)).toEqual([
      "customer-actions",
      "touchpoints",
      "emotion",
      "pain-points",
      "opportunities",
      "kpis",
      "journey-kpis",
      "physicalEvidence",
      "frontstage",
      "backstage",
      "supportProcesses",
    ]);
    expect(svgTexts(withBlueprint)).toContain("Line of visibility");
    const webShop = webShopJourney();
    const withoutBlueprint = defineJourney({
      ...webShop,
      stages: webShop.stages.map(({ blueprint: _blueprint, ...stage }) => stage),
    });
    const svg = renderJourneyMap(withoutBlueprint);
    expect(lanes(svg)).not.toContain("backstage");
    expect(svgTexts(svg)).not.toContain("Line of visibility");
  });

  it("writes measured KPI values with interval, N, target and a status judged on the interval", () => {
    const svg = renderJourneyMap(webShopJourney(), {
      metrics: {
        "view-to-cart": { value: 0.105, interval: { lower: 0.093, upper: 0.118 }, n: 2400 },
        nps: { value: 42, interval: { lower: 35, upper: 49 }, n: 812 },
        "cart-abandonment": { value: 0.55, interval: { lower: 0.5, upper: 0.62 } },
      },
    });
    const texts = svgTexts(svg);
    expect(texts).toContain("10.5% [9.3% – 11.8%] · n\u00A0=\u00A02,400");
    expect(texts).toContain("target 12% · off target");
    const statuses = Object.fromEntries(
      elements(svg)
        .filter((element) => element.attributes.class === "kpi")
        .map((element) => [element.attributes["data-kpi"], element.attributes["data-status"]]),
    );
    expect(statuses).toEqual({
      reach: "no-data",
      "view-to-cart": "off-target",
      "cart-abandonment": "unclear",
      "csat-delivery": "no-data",
      nps: "unclear",
      "repeat-purchase": "no-data",
    });
  });

  it("speaks Norwegian and Danish, with local number formats", () => {
    const metrics = { "view-to-cart": { value: 0.105 } };
    const nb = svgTexts(renderJourneyMap(webShopJourney(), { locale: "nb-NO", metrics }));
    expect(nb).toEqual(
      expect.arrayContaining(["Kontaktpunkter", "Smertepunkter", "Synlighetslinje", "Følelse: Kari"]),
    );
    expect(nb).toContain("10,5\u00A0%");
    const da = svgTexts(renderJourneyMap(webShopJourney(), { locale: "da", metrics }));
    expect(da).toEqual(expect.arrayContaining(["Kontaktpunkter", "Muligheder", "Synlighedslinje"]));
  });

  it("keeps the shape of A4 landscape: at least 1188 by 840, widened rather than drawn as a tall strip", () => {
    const size = (svg: string) => elements(svg)[0]?.attributes.viewBox?.split(" ").slice(2).map(Number) ?? [];
    expect(size(renderJourneyMap(bareJourney()))).toEqual([1188, 840]);
    for (const journey of [webShopJourney(), trickyJourney()]) {
      const [width = 0, height = 0] = size(renderJourneyMap(journey));
      expect(width).toBeGreaterThanOrEqual(1188);
      expect(height).toBeGreaterThanOrEqual(Math.round(width / Math.SQRT2));
      expect(height).toBeLessThanOrEqual((width / Math.SQRT2) * 1.05);
    }
    const many = defineJourney({
      format: "journeykit/v1",
      id: "many",
      name: "Many",
      version: "1",
      stages: Array.from({ length: 12 }, (_, index) => ({
        id: `s${index}`,
        name: `Stage ${index}`,
        order: index + 1,
      })),
    });
    const [manyWidth = 0] = size(renderJourneyMap(many));
    expect((manyWidth - 2 * 24 - 112) / 12).toBeGreaterThanOrEqual(150);
  });

  it("rejects an unknown persona, metrics of unknown KPIs or with bad values, a bad locale or id prefix", () => {
    const journey = webShopJourney();
    expect(optionOf(() => renderJourneyMap(journey, { persona: "nobody" }))).toBe("persona");
    expect(optionOf(() => renderJourneyMap(journey, { metrics: { "vew-to-cart": { value: 1 } } }))).toBe(
      "measurements.vew-to-cart",
    );
    expect(optionOf(() => renderJourneyMap(journey, { metrics: { nps: { value: Number.NaN } } }))).toBe(
      "measurements.nps.value",
    );
    expect(optionOf(() => renderJourneyMap(journey, { locale: "not a locale" }))).toBe("locale");
    expect(optionOf(() => renderJourneyMap(journey, { idPrefix: '1"bad' }))).toBe("idPrefix");
  });
});
