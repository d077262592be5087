import { defineJourney, EventLog, InvalidOptionError, journeyReport } from "@journeykit/core";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conformingJourneyArbitrary } from "../../../core/test/arbitraries/conforming-journey";
import { chromiumAvailable, chromiumPath, launchChromium } from "../../test/chromium";
import { bareJourney, trickyJourney, trickyText, webShopJourney } from "../../test/fixtures/journeys";
import { webShopLog } from "../../test/fixtures/web-shop-events";
import { descendants, elements, type FoundElement, textOf, xmlProblem } from "../../test/svg-xml";
import { renderReport } from "./render-report";

const SECTIONS = ["summary", "journey-map", "stage-funnel", "paths", "conformance", "kpis", "pain-points"];

/** The report's sections by id, each with the elements inside it. */
function sections(html: string): Map<string, FoundElement[]> {
  return new Map(
    elements(html)
      .filter((element) => element.tag === "section")
      .map((element) => [element.attributes.id ?? "", descendants(element)]),
  );
}

const webShopReport = () => journeyReport(webShopJourney(), webShopLog());

describe("renderReport", () => {
  it("is one well-formed file with every section, the three charts inline, and nothing to load", () => {
    const html = renderReport(webShopReport());
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(xmlProblem(html)).toBe(true);
    const all = elements(html);
    expect(all.some((element) => element.tag === "script")).toBe(false);
    const links = all
      .flatMap((element) => [element.attributes.src, element.attributes.href])
      .filter((link) => link !== undefined);
    expect(links.every((link) => link.startsWith("#"))).toBe(true);
    expect(
      all.find((element) => element.attributes["http-equiv"] === "Content-Security-Policy")?.attributes
        .content,
    ).toContain("default-src 'none'");
    const found = sections(html);
    expect([...found.keys()]).toEqual(SECTIONS);
    const svgClass = (id: string) =>
      found.get(id)?.find((element) => element.tag === "svg")?.attributes.class;
    expect(svgClass("journey-map")).toBe("journeykit-journey-map");
    expect(svgClass("stage-funnel")).toBe("journeykit-funnel");
    expect(svgClass("paths")).toBe("journeykit-paths");
    const ids = all.map((element) => element.attributes.id).filter((id) => id !== undefined);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("sums up customers, events, conversion and fitness from the data", () => {
    const log = webShopLog();
    const found = sections(renderReport(journeyReport(webShopJourney(), log)));
    const figures = (found.get("summary") ?? [])
      .filter((element) => element.attributes.class === "card")
      .map(textOf);
    expect(figures[0]).toBe("50 Customers");
    expect(figures[1]).toBe(`${log.size} Events`);
    expect(figures[2]).toMatch(/^\d+(\.\d)?% Conversion through all stages$/);
    expect(figures[3]).toMatch(/^\d+(\.\d)?% Fitness$/);
  });

  it("ranks pain points by feedback and the drop-off after their stage", () => {
    const feedback = [
      ...Array.from({ length: 5 }, (_, index) => ({
        customerId: `c${index}`,
        stage: "purchase",
        tags: ["forced-account"],
      })),
      { customerId: "c9", stage: "purchase", tags: ["shipping-cost-surprise"] },
    ];
    const found = sections(renderReport(journeyReport(webShopJourney(), webShopLog(), { feedback })));
    const rows = (found.get("pain-points") ?? []).filter((element) => element.tag === "tr").map(textOf);
    expect(rows[1]).toMatch(/^1 Has to create an account to pay Purchase 4\/5 5 \(83\.3%\)/);
    expect(rows[2]).toMatch(/^2 Shipping cost appears only at the last step Purchase 5\/5 1 \(16\.7%\)/);
  });

  it("escapes every piece of user text and still reads it back exactly", () => {
    const log = EventLog.from([
      { customerId: "a", timestamp: 0, name: trickyText.script },
      { customerId: "a", timestamp: 1, name: trickyText.ampersand },
    ]);
    const html = renderReport(journeyReport(trickyJourney(), log), {
      title: trickyText.cdata,
      source: trickyText.quotes,
    });
    expect(xmlProblem(html)).toBe(true);
    expect(html).not.toContain("<script");
    const all = elements(html);
    expect(textOf(all.find((element) => element.tag === "h1") as FoundElement)).toBe(trickyText.cdata);
    expect(textOf(all.find((element) => element.tag === "title") as FoundElement)).toBe(
      `${trickyText.cdata} · Journey report`,
    );
  });

  it("stays well-formed for generated journeys and the events that follow them", () => {
    fc.assert(
      fc.property(conformingJourneyArbitrary(), ({ journey, events }) => {
        const html = renderReport(journeyReport(defineJourney(journey), EventLog.from(events)));
        expect(xmlProblem(html)).toBe(true);
        expect([...sections(html).keys()]).toEqual(SECTIONS);
      }),
      { numRuns: 25 },
    );
  });

  it("explains instead of failing when no stage can be seen in data, and rejects an unknown persona", () => {
    const html = renderReport(journeyReport(bareJourney(), webShopLog()));
    expect(xmlProblem(html)).toBe(true);
    const funnel = sections(html).get("stage-funnel") ?? [];
    expect(funnel.some((element) => element.tag === "svg")).toBe(false);
    expect(funnel.map(textOf).join(" ")).toContain("No stage has touchpoints with event matchers");
    expect(() => renderReport(webShopReport(), { persona: "nobody" })).toThrow(InvalidOptionError);
  });

  it("speaks Norwegian, is the same for the same input, and dates itself only when asked", () => {
    const nb = renderReport(webShopReport(), { locale: "nb" });
    expect(nb).toContain('<html lang="nb">');
    expect(nb).toContain(">Kundereisekart</h2>");
    expect(renderReport(webShopReport())).toBe(renderReport(webShopReport()));
    const dated = renderReport(webShopReport(), { generatedAt: new Date(Date.UTC(2024, 3, 2, 12)) });
    expect(dated).toContain("Generated: Apr 2, 2024");
    expect(renderReport(webShopReport())).not.toContain("Generated:");
  });
});

describe.skipIf(!chromiumAvailable())(`renderReport in Chromium (${chromiumPath})`, () => {
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(() => browser?.close());

  it("opens without console errors or network requests, and shows the map, the funnel and the Sankey", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    const requests: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("request", (request) => requests.push(request.url()));
    await page.setContent(renderReport(webShopReport()), { waitUntil: "load" });
    for (const selector of ["#journey-map svg", "#stage-funnel svg", "#paths svg"]) {
      const box = await page.locator(selector).boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(300);
      expect(box?.height ?? 0).toBeGreaterThan(150);
    }
    expect(problems).toEqual([]);
    expect(requests.filter((url) => !url.startsWith("about:") && !url.startsWith("data:"))).toEqual([]);
    await page.close();
  }, 60_000);
});
