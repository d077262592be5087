import { InvalidFeedbackError } from "../errors/invalid-feedback-error";
import { InvalidOptionError } from "../errors/invalid-option-error";
import { JourneykitError } from "../errors/journeykit-error";

/**
 * One piece of customer feedback: an optional score, the stage it is about, the customer, and
 * tags (free topics, or pain point ids of the journey, which `rankPainPoints` counts).
 *
 * @example
 * ```ts
 * const response: FeedbackResponse = { customerId: "c-17", stage: "delivery", score: 4, tags: ["late-parcel"] };
 * ```
 */
export interface FeedbackResponse {
  /** Who answered; responses without one each count as a separate customer. */
  readonly customerId?: string | undefined;
  /** The stage id the feedback is about. */
  readonly stage?: string | undefined;
  /** The answer on the feedback scale; `null` or left out when the response has only text or tags. */
  readonly score?: number | null | undefined;
  /** Topics, such as pain point ids; a tag repeated within one response counts once. */
  readonly tags?: readonly string[] | undefined;
}

/** A response after its shape was checked: a customer key and distinct tags. */
export interface CheckedResponse {
  readonly customerKey: string;
  readonly stage: string | null;
  readonly score: unknown;
  readonly tags: readonly string[];
}

function optionalText(response: Record<string, unknown>, field: string, index: number): string | null {
  const value = response[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== "string" || value.length === 0) {
    throw new InvalidFeedbackError({
      index,
      field,
      problem: `expected a non-empty string, got ${JSON.stringify(value) ?? typeof value}`,
    });
  }
  return value;
}

/**
 * Checks the shape of one response. Customers without an id get a key of their own, so they
 * are counted once each rather than merged.
 */
export function checkResponse(response: unknown, index: number): CheckedResponse {
  if (response === null || typeof response !== "object" || Array.isArray(response)) {
    throw new InvalidFeedbackError({
      index,
      field: "(response)",
      problem: "expected an object such as { score, stage, tags }",
    });
  }
  const fields = response as Record<string, unknown>;
  const customerId = optionalText(fields, "customerId", index);
  const stage = optionalText(fields, "stage", index);
  const tags = fields.tags ?? [];
  if (!Array.isArray(tags) || tags.some((tag) => typeof tag !== "string" || tag.length === 0)) {
    throw new InvalidFeedbackError({
      index,
      field: "tags",
      problem: "expected an array of non-empty strings",
    });
  }
  return {
    customerKey: customerId === null ? `\u0000anonymous:${index}` : `id:${customerId}`,
    stage,
    score: fields.score,
    tags: [...new Set(tags as string[])],
  };
}

/** Checks every response; with `skip`, bad ones are counted instead of thrown. */
export function checkResponses(
  responses: readonly unknown[],
  onInvalid: "throw" | "skip",
  checkScore: (response: CheckedResponse, index: number) => void = () => undefined,
): { readonly checked: CheckedResponse[]; readonly skipped: number } {
  if (!Array.isArray(responses)) {
    throw new InvalidOptionError({
      option: "responses",
      problem: `expected an array of feedback responses, got ${typeof responses}`,
    });
  }
  const checked: CheckedResponse[] = [];
  let skipped = 0;
  responses.forEach((response, index) => {
    try {
      const result = checkResponse(response, index);
      checkScore(result, index);
      checked.push(result);
    } catch (error) {
      if (onInvalid === "throw" || !JourneykitError.isInstance(error)) throw error;
      skipped += 1;
    }
  });
  return { checked, skipped };
}
