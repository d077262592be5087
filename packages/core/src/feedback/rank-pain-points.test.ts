import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listAndShuffled } from "../../test/arbitraries/list-and-shuffled";
import { InvalidFeedbackError } from "../errors/invalid-feedback-error";
import { InvalidOptionError } from "../errors/invalid-option-error";
import { defineJourney } from "../model/define-journey";
import { rankPainPoints } from "./rank-pain-points";

const journey = defineJourney({
  format: "journeykit/v1",
  id: "shop",
  name: "Web shop",
  version: "1.0.0",
  stages: [
    {
      id: "checkout",
      name: "Checkout",
      order: 1,
      painPoints: [
        { id: "surprise-shipping-cost", description: "Shipping cost shown late", severity: 4 },
        { id: "slow-page", description: "Slow payment page", severity: 2 },
      ],
    },
    {
      id: "delivery",
      name: "Delivery",
      order: 2,
      painPoints: [
        { id: "late-parcel", description: "Parcels arrive late" },
        { id: "slow-page", description: "Tracking page is slow" },
      ],
    },
  ],
});

const mention = (customerId: string, tags: string[], stage?: string) => ({
  customerId,
  tags,
  ...(stage ? { stage } : {}),
});
const many = (count: number, tag: string, prefix: string) =>
  Array.from({ length: count }, (_, index) => mention(`${prefix}${index}`, [tag]));

describe("rankPainPoints", () => {
  const feedback = [...many(12, "surprise-shipping-cost", "a"), ...many(40, "late-parcel", "b")];

  it("ranks by customers mentioning a pain point when no drop-off is known", () => {
    const ranking = rankPainPoints(journey, feedback);
    expect(
      ranking.painPoints.map((painPoint) => [painPoint.rank, painPoint.id, painPoint.customers]),
    ).toEqual([
      [1, "late-parcel", 40],
      [2, "surprise-shipping-cost", 12],
      [3, "slow-page", 0], // checkout's (severity 2) before delivery's (no severity)
      [4, "slow-page", 0],
    ]);
    expect(ranking.painPoints[3]?.stage).toBe("delivery");
    expect(ranking.respondents).toBe(52);
    expect(ranking.painPoints[0]).toMatchObject({ dropOffRate: null, priority: 40, mentionShare: 40 / 52 });
  });

  it("weights mentions by the drop-off of the pain point's stage", () => {
    const ranking = rankPainPoints(journey, feedback, { stageDropOff: { checkout: 0.5, delivery: 0.05 } });
    expect(ranking.painPoints.slice(0, 2).map(({ id, priority }) => [id, priority])).toEqual([
      ["surprise-shipping-cost", 6],
      ["late-parcel", 2],
    ]);
  });

  it("treats a stage without a drop-off rate as the worst case", () => {
    const ranking = rankPainPoints(journey, feedback, { stageDropOff: { checkout: 0.5 } });
    expect(ranking.painPoints[0]).toMatchObject({ id: "late-parcel", dropOffRate: null, priority: 40 });
  });

  it("counts customers once, uses the response's stage for shared ids, and reports other tags", () => {
    const ranking = rankPainPoints(journey, [
      mention("ann", ["late-parcel"]),
      mention("ann", ["late-parcel"]),
      mention("bob", ["slow-page"], "delivery"),
      mention("cem", ["slow-page"]),
      mention("dan", ["price", "late-parcl"]),
    ]);
    const byKey = new Map(
      ranking.painPoints.map((painPoint) => [`${painPoint.stage}/${painPoint.id}`, painPoint]),
    );
    expect(byKey.get("delivery/late-parcel")).toMatchObject({ customers: 1, responses: 2 });
    expect(byKey.get("delivery/slow-page")?.customers).toBe(1);
    expect(byKey.get("checkout/slow-page")?.customers).toBe(0);
    expect(ranking.ambiguousTags).toEqual([{ tag: "slow-page", responses: 1, customers: 1 }]);
    expect(ranking.unknownTags.map((tag) => tag.tag)).toEqual(["late-parcl", "price"]);
  });

  it("rejects drop-off rates outside [0, 1] or of unknown stages, and bad responses", () => {
    expect(() => rankPainPoints(journey, [], { stageDropOff: { checkout: 1.5 } })).toThrow(
      InvalidOptionError,
    );
    expect(() => rankPainPoints(journey, [], { stageDropOff: { chekout: 0.5 } })).toThrow(
      /stageDropOff\.chekout/,
    );
    expect(() => rankPainPoints(journey, [{ tags: [3] }] as never)).toThrow(InvalidFeedbackError);
    expect(rankPainPoints(journey, [{ tags: [3] }] as never, { onInvalid: "skip" }).skipped).toBe(1);
  });

  it("lists every pain point once and does not depend on the order of the feedback", () => {
    const tag = fc.constantFrom("surprise-shipping-cost", "slow-page", "late-parcel", "other");
    const response = fc.record({
      customerId: fc.constantFrom("a", "b", "c", "d", "e"),
      stage: fc.constantFrom("checkout", "delivery"),
      tags: fc.array(tag, { maxLength: 3 }),
    });
    fc.assert(
      fc.property(listAndShuffled(fc.array(response, { maxLength: 30 })), ([items, shuffled]) => {
        const ranking = rankPainPoints(journey, items, { stageDropOff: { checkout: 0.3 } });
        expect(rankPainPoints(journey, shuffled, { stageDropOff: { checkout: 0.3 } })).toEqual(ranking);
        expect(ranking.painPoints).toHaveLength(4);
        for (let index = 1; index < ranking.painPoints.length; index += 1) {
          expect(ranking.painPoints[index - 1]?.priority).toBeGreaterThanOrEqual(
            ranking.painPoints[index]?.priority ?? 0,
          );
        }
      }),
      { numRuns: 100 },
    );
  });
});
