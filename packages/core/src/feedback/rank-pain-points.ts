import * as z from "zod";
import { InvalidOptionError } from "../errors/invalid-option-error";
import type { Journey } from "../model/journey";
import { parseOptions } from "../options/parse-options";
import { OnInvalidSchema } from "../options/score-options";
import { checkResponses, type FeedbackResponse } from "./feedback-response";

/**
 * A pain point of the journey with how much it hurts, as ranked by `rankPainPoints`.
 *
 * @example
 * ```ts
 * const top: RankedPainPoint = ranking.painPoints[0];
 * console.log(`${top.rank}. ${top.description}: ${top.customers} customers, ${(top.dropOffRate ?? 0) * 100}% drop-off`);
 * ```
 */
export interface RankedPainPoint {
  /** 1 for the pain point to fix first. */
  readonly rank: number;
  /** The pain point's id. */
  readonly id: string;
  /** The stage that holds it. */
  readonly stage: string;
  /** The pain point's description. */
  readonly description: string;
  /** Its severity (1-5) from the journey map, or `null`. */
  readonly severity: number | null;
  /** Distinct customers who mentioned it. */
  readonly customers: number;
  /** Responses that mentioned it. */
  readonly responses: number;
  /** `customers` over all respondents, from 0 to 1. */
  readonly mentionShare: number;
  /** The drop-off rate of its stage as given, or `null` when none was given for the stage. */
  readonly dropOffRate: number | null;
  /** customers × drop-off rate (× 1 where the rate is unknown): the ranking key. */
  readonly priority: number;
}

/**
 * How often a tag that is not a (unique) pain point id occurs.
 *
 * @example
 * ```ts
 * const tag: TagCount = { tag: "price", responses: 7, customers: 6 };
 * ```
 */
export interface TagCount {
  /** The tag. */
  readonly tag: string;
  /** Responses that carry it. */
  readonly responses: number;
  /** Distinct customers who used it. */
  readonly customers: number;
}

/**
 * The result of `rankPainPoints`. Plain data; it does not depend on the order of the feedback.
 *
 * @example
 * ```ts
 * const ranking: PainPointRanking = rankPainPoints(journey, feedback, { stageDropOff: { checkout: 0.4 } });
 * ranking.painPoints.map((painPoint) => painPoint.id);
 * ```
 */
export interface PainPointRanking {
  /** Every pain point of the journey, the biggest problem first (unmentioned ones last). */
  readonly painPoints: readonly RankedPainPoint[];
  /** Distinct customers in the feedback. */
  readonly respondents: number;
  /** Tags that name no pain point of the journey (free topics, or typos in pain point ids). */
  readonly unknownTags: readonly TagCount[];
  /** Tags naming a pain point id that several stages use, on responses whose stage does not decide. */
  readonly ambiguousTags: readonly TagCount[];
  /** Responses skipped because `onInvalid` was `"skip"`. */
  readonly skipped: number;
}

/**
 * The options of `rankPainPoints`: `stageDropOff` (stage id → drop-off rate from 0 to 1, none by
 * default) and `onInvalid` (`"throw"`, or `"skip"` a response of the wrong shape and count it).
 *
 * @example
 * ```ts
 * RankPainPointsOptionsSchema.parse({}); // { onInvalid: "throw" }
 * ```
 */
export const RankPainPointsOptionsSchema = z.strictObject({
  stageDropOff: z.record(z.string(), z.number().min(0).max(1)).optional(),
  onInvalid: OnInvalidSchema,
});

/**
 * Options for `rankPainPoints`, as written.
 *
 * @example
 * ```ts
 * const options: RankPainPointsOptions = { onInvalid: "skip" };
 * ```
 */
export type RankPainPointsOptions = z.input<typeof RankPainPointsOptionsSchema>;

interface Tally {
  responses: number;
  customers: Set<string>;
}

function checkDropOff(journey: Journey, stageDropOff: Readonly<Record<string, number>>): Map<string, number> {
  const stageIds = new Set(journey.stages.map((stage) => stage.id));
  const rates = new Map<string, number>();
  for (const [stageId, rate] of Object.entries(stageDropOff)) {
    if (!stageIds.has(stageId)) {
      throw new InvalidOptionError({
        option: `stageDropOff.${stageId}`,
        problem: `journey "${journey.id}" has no stage "${stageId}" (its stages: ${[...stageIds].join(", ")})`,
      });
    }
    rates.set(stageId, rate);
  }
  return rates;
}

function tagCounts(tallies: Map<string, Tally>): TagCount[] {
  return [...tallies]
    .map(([tag, tally]) => ({ tag, responses: tally.responses, customers: tally.customers.size }))
    .sort((a, b) => b.customers - a.customers || b.responses - a.responses || (a.tag < b.tag ? -1 : 1));
}

function tally(tallies: Map<string, Tally>, key: string, customer: string): void {
  let entry = tallies.get(key);
  if (entry === undefined) {
    entry = { responses: 0, customers: new Set() };
    tallies.set(key, entry);
  }
  entry.responses += 1;
  entry.customers.add(customer);
}

/**
 * Ranks the pain points of a journey so a team fixes the biggest problem first: by how many
 * customers mention them in feedback, weighted by the drop-off of their stage.
 *
 * Feedback tags point at pain point ids. A tag counts for the pain point of that id in the
 * response's own stage; failing that, for the one pain point of that id in the journey; when
 * several stages share the id and the response's stage does not decide, it is reported in
 * `ambiguousTags`, and a tag that names no pain point in `unknownTags`.
 *
 * Ranking: priority = customers mentioning it × drop-off rate of its stage, read as "customers
 * who raised this problem at a stage that loses that share of its visitors". A stage without a
 * drop-off rate (or a call without `stageDropOff`) is weighted 1, the worst case, so a problem is
 * never ranked down for lack of funnel data; `dropOffRate` is then `null`. Ties go to more
 * customers, then higher severity, then earlier stage, then id.
 *
 * @param journey - A journey from `defineJourney`.
 * @param feedback - Responses `{ customerId?, stage?, tags? }` (scores are not needed).
 * @param options - `stageDropOff`: stage id → drop-off rate from 0 to 1, for example from a stage
 * funnel; `onInvalid` (`"throw"`).
 * @returns Every pain point ranked, with the respondents, unknown and ambiguous tags.
 * @throws {@link InvalidFeedbackError} for a response of the wrong shape, unless skipped.
 * @throws {@link InvalidOptionError} for a drop-off rate outside [0, 1] or of an unknown stage.
 *
 * @example
 * ```ts
 * import { rankPainPoints } from "@journeykit/core";
 *
 * // journey: stage "checkout" has pain point "surprise-shipping-cost", stage "delivery" has "late-parcel"
 * const ranking = rankPainPoints(journey, feedback, { stageDropOff: { checkout: 0.5, delivery: 0.05 } });
 * ranking.painPoints.map(({ id, customers, priority }) => [id, customers, priority]);
 * // [["surprise-shipping-cost", 12, 6], ["late-parcel", 40, 2]]: fewer mentions, but where half the customers leave
 * ```
 */
export function rankPainPoints(
  journey: Journey,
  feedback: readonly FeedbackResponse[],
  options?: RankPainPointsOptions,
): PainPointRanking {
  const parsed = parseOptions(RankPainPointsOptionsSchema, options);
  const rates = checkDropOff(journey, parsed.stageDropOff ?? {});
  const { checked, skipped } = checkResponses(feedback, parsed.onInvalid);
  const stagesOfId = new Map<string, string[]>();
  for (const stage of journey.stages) {
    for (const painPoint of stage.painPoints)
      stagesOfId.set(painPoint.id, [...(stagesOfId.get(painPoint.id) ?? []), stage.id]);
  }
  const mentions = new Map<string, Tally>();
  const unknown = new Map<string, Tally>();
  const ambiguous = new Map<string, Tally>();
  const respondents = new Set<string>();
  for (const response of checked) {
    respondents.add(response.customerKey);
    for (const tag of response.tags) {
      const stages = stagesOfId.get(tag) ?? [];
      const stage =
        response.stage !== null && stages.includes(response.stage)
          ? response.stage
          : stages.length === 1
            ? stages[0]
            : undefined;
      if (stage !== undefined) tally(mentions, `${stage}\u0000${tag}`, response.customerKey);
      else tally(stages.length === 0 ? unknown : ambiguous, tag, response.customerKey);
    }
  }
  const ranked = journey.stages.flatMap((stage) =>
    stage.painPoints.map((painPoint) => {
      const entry = mentions.get(`${stage.id}\u0000${painPoint.id}`);
      const customers = entry?.customers.size ?? 0;
      const dropOffRate = rates.get(stage.id) ?? null;
      return {
        id: painPoint.id,
        stage: stage.id,
        stageOrder: stage.order,
        description: painPoint.description,
        severity: painPoint.severity ?? null,
        customers,
        responses: entry?.responses ?? 0,
        mentionShare: respondents.size === 0 ? 0 : customers / respondents.size,
        dropOffRate,
        priority: customers * (dropOffRate ?? 1),
      };
    }),
  );
  ranked.sort(
    (a, b) =>
      b.priority - a.priority ||
      b.customers - a.customers ||
      (b.severity ?? 0) - (a.severity ?? 0) ||
      a.stageOrder - b.stageOrder ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return {
    painPoints: ranked.map(({ stageOrder: _order, ...painPoint }, index) => ({
      rank: index + 1,
      ...painPoint,
    })),
    respondents: respondents.size,
    unknownTags: tagCounts(unknown),
    ambiguousTags: tagCounts(ambiguous),
    skipped,
  };
}
