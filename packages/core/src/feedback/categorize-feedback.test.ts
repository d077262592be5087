import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listAndShuffled } from "../../test/arbitraries/list-and-shuffled";
import { InvalidFeedbackError } from "../errors/invalid-feedback-error";
import { InvalidOptionError } from "../errors/invalid-option-error";
import { InvalidScoreError } from "../errors/invalid-score-error";
import { categorizeFeedback } from "./categorize-feedback";
import { feedbackSentiment } from "./feedback-scale";

describe("feedbackSentiment", () => {
  it("cuts each preset scale as documented", () => {
    const cut = (scale: Parameters<typeof feedbackSentiment>[1], scores: number[]) =>
      scores.map((score) => feedbackSentiment(score, scale));
    const [neg, mid, pos] = ["negative", "neutral", "positive"];
    expect(cut("nps", [0, 6, 7, 8, 9, 10])).toEqual([neg, neg, mid, mid, pos, pos]);
    expect(cut(5, [1, 2, 3, 4, 5])).toEqual([neg, neg, mid, pos, pos]);
    expect(cut(3, [1, 2, 3])).toEqual([neg, mid, pos]);
    expect(cut(7, [3, 4, 5])).toEqual([neg, mid, pos]);
    expect(cut(10, [4, 5, 6, 7])).toEqual([neg, mid, mid, pos]);
    expect(feedbackSentiment(0, 5)).toBeNull();
    expect(feedbackSentiment(2.5, 5)).toBeNull();
  });
});

describe("categorizeFeedback", () => {
  const responses = [
    { customerId: "ann", stage: "delivery", score: 3, tags: ["late-parcel"] },
    { customerId: "bob", stage: "delivery", score: 9, tags: ["friendly-driver"] },
    { customerId: "cem", stage: "delivery", score: 5, tags: ["late-parcel", "damaged", "late-parcel"] },
    { customerId: "ann", stage: "delivery", score: null, tags: ["late-parcel"] },
    { customerId: "dan", stage: "checkout", score: 8 },
    { score: 10, tags: ["fast"] },
  ];

  it("counts sentiment overall and per stage, with stages sorted and stage-less responses last", () => {
    const summary = categorizeFeedback(responses);
    expect(summary.responses).toBe(6);
    expect(summary.customers).toBe(5); // ann twice; the anonymous response is its own customer
    expect(summary.sentiment).toEqual({ positive: 2, neutral: 1, negative: 2, unscored: 1 });
    expect(summary.stages.map((group) => [group.stage, group.responses])).toEqual([
      ["checkout", 1],
      ["delivery", 4],
      [null, 1],
    ]);
  });

  it("counts each tag once per response, with customers, share and sentiment", () => {
    const delivery = categorizeFeedback(responses).stages[1];
    expect(delivery?.tags[0]).toEqual({
      tag: "late-parcel",
      responses: 3,
      customers: 2,
      share: 3 / 4,
      sentiment: { positive: 0, neutral: 0, negative: 2, unscored: 1 },
    });
    expect(delivery?.tags.map((tag) => tag.tag)).toEqual(["late-parcel", "damaged", "friendly-driver"]);
  });

  it("uses the chosen scale", () => {
    const summary = categorizeFeedback([{ score: 4 }, { score: 3 }, { score: 1 }], { scale: 5 });
    expect(summary.sentiment).toEqual({ positive: 1, neutral: 1, negative: 1, unscored: 0 });
    const custom = categorizeFeedback([{ score: 2 }, { score: 3 }], {
      scale: { min: 1, max: 4, negativeMax: 2, positiveMin: 3 },
    });
    expect(custom.sentiment).toMatchObject({ positive: 1, negative: 1, neutral: 0 });
    expect(() =>
      categorizeFeedback([], { scale: { min: 1, max: 4, negativeMax: 3, positiveMin: 3 } }),
    ).toThrow(InvalidOptionError);
  });

  it("rejects bad scores and shapes with the response's index, or skips and counts them", () => {
    expect(() => categorizeFeedback([{ score: 9 }, { score: 11 }])).toThrow(InvalidScoreError);
    expect(() => categorizeFeedback([{ score: 9 }, { score: 11 }])).toThrow(/index 1/);
    expect(() => categorizeFeedback([{ score: Number.NaN }])).toThrow(InvalidScoreError);
    expect(categorizeFeedback([{ score: Number.NaN }], { nan: "non-response" }).sentiment.unscored).toBe(1);
    const badTags = [{ score: 9, tags: "late" }] as never;
    expect(() => categorizeFeedback(badTags)).toThrow(InvalidFeedbackError);
    expect(() => categorizeFeedback([null] as never)).toThrow(InvalidFeedbackError);
    expect(() => categorizeFeedback("oops" as never)).toThrow(InvalidOptionError);
    const skipped = categorizeFeedback([{ score: 9 }, { score: 11 }, null] as never, { onInvalid: "skip" });
    expect(skipped).toMatchObject({ responses: 1, skipped: 2 });
  });

  it("does not depend on the order of the responses", () => {
    const response = fc.record(
      {
        customerId: fc.constantFrom("a", "b", "c", "d"),
        stage: fc.constantFrom("s1", "s2", "s3"),
        score: fc.option(fc.integer({ min: 0, max: 10 })),
        tags: fc.array(fc.constantFrom("t1", "t2", "t3", "t4"), { maxLength: 3 }),
      },
      { requiredKeys: ["score"] },
    );
    fc.assert(
      fc.property(listAndShuffled(fc.array(response, { maxLength: 40 })), ([items, shuffled]) => {
        expect(categorizeFeedback(shuffled)).toEqual(categorizeFeedback(items));
      }),
      { numRuns: 100 },
    );
  });
});
