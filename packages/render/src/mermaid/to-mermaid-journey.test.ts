import { defineJourney, InvalidOptionError } from "@journeykit/core";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { journeyInputArbitrary } from "../../../core/test/arbitraries/journey-input";
import { chromiumAvailable, chromiumPath } from "../../test/chromium";
import { bareJourney, trickyJourney, trickyText, webShopJourney } from "../../test/fixtures/journeys";
import { MermaidInBrowser } from "../../test/mermaid-in-browser";
import { asRendered } from "../../test/svg-xml";
import { toMermaidJourney } from "./to-mermaid-journey";

describe("toMermaidJourney", () => {
  it("writes one section per stage and one task per step, scored emotion + 3, with the personas as actors", () => {
    const text = toMermaidJourney(webShopJourney());
    const lines = text.trimEnd().split("\n");
    expect(lines.slice(0, 5)).toEqual([
      "journey",
      "  title Web shop#58; from first visit to loyal customer",
      "  section Awareness",
      "    Sees an ad or a friend's post: 3.5: Kari",
      "    Searches for the product: 3.5: Kari",
    ]);
    expect(lines.filter((line) => line.startsWith("  section "))).toHaveLength(5);
    expect(lines).toContain("    Pays: 2: Kari");
    expect(lines).toContain("    Tells a friend: 4.5: Kari");
  });

  it("gives personas that feel differently their own task, and scores 3 with no actor where nobody has an emotion", () => {
    const lines = toMermaidJourney(trickyJourney()).split("\n");
    const buyStart = lines.indexOf(`  section ${"Blåbærsyltetøy på Ærø – æøå ÆØÅ"}`);
    expect(lines.slice(buyStart + 1, buyStart + 2)).toEqual([
      "    Fish #38; chips#59; 50% off #35;1: 1: Åse Ødegård #38; Kari 👩‍👩‍👧",
    ]);
    expect(lines).toContain("    Pays 💳 👍🏽 🇳🇴: 4.5: Åse Ødegård #38; Kari 👩‍👩‍👧");
    expect(lines).toContain("    Pays 💳 👍🏽 🇳🇴: 2: Ola");
    const bare = bareJourney();
    expect(toMermaidJourney(bare)).toBe("journey\n  title Bare\n  section Only stage\n    Only stage: 3\n");
  });

  it("adds measured KPIs as tasks scored by their status, and draws one persona when asked", () => {
    const text = toMermaidJourney(webShopJourney(), {
      metrics: {
        "view-to-cart": { value: 0.105, interval: { lower: 0.093, upper: 0.118 } },
        nps: { value: 45 },
      },
      persona: "kari",
    });
    expect(text).toContain("    View to cart 10.5% (target 12%): 1\n");
    expect(text).toContain("    Net Promoter Score 45 (target 40): 5\n");
    expect(() => toMermaidJourney(webShopJourney(), { persona: "ola" })).toThrow(InvalidOptionError);
    expect(() => toMermaidJourney(webShopJourney(), { metrics: { unknown: { value: 1 } } })).toThrow(
      /measurements\.unknown/,
    );
  });

  it("encodes keywords at the start of a task and a leading %, which the lexer would take as syntax", () => {
    const journey = defineJourney({
      format: "journeykit/v1",
      id: "keywords",
      name: "Keywords",
      version: "1",
      stages: [
        {
          id: "a",
          name: "section one",
          order: 1,
          steps: ["Title search", "journey planner", "%% not a comment", "accTitle"],
        },
      ],
    });
    expect(toMermaidJourney(journey).split("\n").slice(2, 7)).toEqual([
      "  section #115;ection one",
      "    #84;itle search: 3",
      "    #106;ourney planner: 3",
      "    #37;% not a comment: 3",
      "    #97;ccTitle: 3",
    ]);
  });
});

describe.skipIf(!chromiumAvailable())(
  `toMermaidJourney in the real Mermaid parser (Chromium at ${chromiumPath})`,
  () => {
    let mermaid: MermaidInBrowser;
    beforeAll(async () => {
      mermaid = await MermaidInBrowser.start();
    }, 60_000);
    afterAll(() => mermaid?.close());

    it("parses and draws the example journey and a journey full of syntax characters, text intact", async () => {
      const [webShop, tricky] = await mermaid.parse(
        [toMermaidJourney(webShopJourney()), toMermaidJourney(trickyJourney())],
        {
          render: true,
        },
      );
      expect(webShop?.error).toBeUndefined();
      expect(webShop?.rendered).toBe(true);
      expect(webShop?.title).toBe("Web shop: from first visit to loyal customer");
      expect(webShop?.tasks?.[0]).toEqual({
        section: "Awareness",
        task: "Sees an ad or a friend's post",
        score: 3.5,
        people: ["Kari"],
      });
      expect(tricky?.error).toBeUndefined();
      expect(tricky?.title).toBe(trickyText.journey);
      expect(tricky?.tasks?.map((task) => task.section)).toContain(trickyText.colon);
      expect(tricky?.tasks).toContainEqual({
        section: trickyText.nordic,
        task: trickyText.ampersand,
        score: 1,
        people: [trickyText.persona],
      });
      expect(mermaid.requests.filter((url) => !url.startsWith("about:") && !url.startsWith("data:"))).toEqual(
        [],
      );
    }, 60_000);

    it("parses every generated journey into the same sections, tasks, scores and actors", async () => {
      const journeys = fc
        .sample(journeyInputArbitrary(), { numRuns: 100, seed: 7 })
        .map((input) => defineJourney(input));
      const parsed = await mermaid.parse(journeys.map((journey) => toMermaidJourney(journey)));
      journeys.forEach((journey, index) => {
        const result = parsed[index];
        expect(result?.error).toBeUndefined();
        expect(result?.title).toBe(asRendered(journey.name) || journey.id);
        const expected = journey.stages.flatMap((stage) => {
          const section = asRendered(stage.name) || `Stage ${stage.order}`;
          const scores = new Map<number, string[]>();
          for (const persona of journey.personas) {
            const emotion = stage.emotions[persona.id];
            if (emotion !== undefined)
              scores.set(emotion + 3, [
                ...(scores.get(emotion + 3) ?? []),
                asRendered(persona.name) || persona.id,
              ]);
          }
          if (scores.size === 0) scores.set(3, []);
          const steps = stage.steps.length > 0 ? stage.steps : [stage.name];
          return steps.flatMap((step) =>
            [...scores].map(([score, people]) => ({ section, task: asRendered(step) || "…", score, people })),
          );
        });
        expect(result?.tasks).toEqual(expected);
      });
    }, 60_000);
  },
);
