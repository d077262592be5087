import { describe, expect, it } from "vitest";
import { fromTemplate, TEMPLATE_LOCALES, templates } from "../../../templates/src/index";
import { elements, svgTexts, xmlProblem } from "../../test/svg-xml";
import { toMermaidJourney } from "../mermaid/to-mermaid-journey";
import { renderJourneyMap } from "./render-journey-map";

// The templates are the richest real journeys in the repository: every lane, the service
// blueprint, several personas, long Norwegian and Danish words. New templates and locales are
// picked up from the registry without editing this test.
describe.each(
  Object.keys(templates).flatMap((id) => TEMPLATE_LOCALES.map((locale) => [id, locale] as const)),
)("the %s template in %s", (id, locale) => {
  const journey = fromTemplate(id as keyof typeof templates, { locale });

  it("draws as a well-formed map with every stage, touchpoint and pain point as text, A4-shaped", () => {
    const svg = renderJourneyMap(journey, { locale });
    expect(xmlProblem(svg)).toBe(true);
    const texts = svgTexts(svg).map((text) => text.replace(/\s+/g, ""));
    const expected = [
      ...journey.stages.map((stage) => `${stage.order}.${stage.name}`),
      ...journey.touchpoints.map((touchpoint) => touchpoint.name),
      ...journey.stages.flatMap((stage) => stage.painPoints.map((pain) => pain.description)),
    ];
    for (const text of expected) expect(texts).toContain(text.replace(/\s+/g, ""));
    const [width = 0, height = 0] =
      elements(svg)[0]?.attributes.viewBox?.split(" ").slice(2).map(Number) ?? [];
    expect(height / width).toBeLessThanOrEqual((1 / Math.SQRT2) * 1.1);
  });

  it("writes a Mermaid section per stage", () => {
    const sections = toMermaidJourney(journey)
      .split("\n")
      .filter((line) => line.startsWith("  section "));
    expect(sections).toHaveLength(journey.stages.length);
  });
});
