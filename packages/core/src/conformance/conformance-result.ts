import type { DeviationKind } from "./conformance-options";

/**
 * One stage of the journey as the data saw it.
 *
 * @example
 * ```ts
 * const stage: StageConformance = {
 *   id: "purchase", order: 3, observable: true, optional: false, customers: 120, entered: 4, skipped: 9,
 * };
 * ```
 */
export interface StageConformance {
  /** The stage id. */
  readonly id: string;
  /** The stage's `order` in the journey. */
  readonly order: number;
  /**
   * Whether any touchpoint of the stage has event matchers. A stage that is not observable
   * cannot be seen in data and is left out of every order check (never skipped).
   */
  readonly observable: boolean;
  /** Whether the stage may be skipped: marked `optional` in the journey, or in the `optional` option. */
  readonly optional: boolean;
  /** Customers with at least one event in the stage. */
  readonly customers: number;
  /** Customers whose first stage it is. */
  readonly entered: number;
  /** Customers who skipped it (see {@link DeviationKind}). */
  readonly skipped: number;
}

/**
 * A move to an earlier stage: from `from` (later) to `to` (earlier).
 *
 * @example
 * ```ts
 * const backtrack: Backtrack = { from: "purchase", to: "consideration", times: 14, customers: 11 };
 * ```
 */
export interface Backtrack {
  /** The stage left. */
  readonly from: string;
  /** The earlier stage entered. */
  readonly to: string;
  /** How many times the move happened. */
  readonly times: number;
  /** How many distinct customers made it. */
  readonly customers: number;
}

/**
 * Events of one name that no touchpoint recognises: behaviour the map does not document.
 *
 * @example
 * ```ts
 * const unknown: UnrecognisedEvent = { name: "scroll", events: 5_210, customers: 830 };
 * ```
 */
export interface UnrecognisedEvent {
  /** The event name. */
  readonly name: string;
  /** How many events. */
  readonly events: number;
  /** How many distinct customers had them. */
  readonly customers: number;
}

/**
 * How often the data met one touchpoint (one with event matchers).
 *
 * @example
 * ```ts
 * const usage: TouchpointUsage = { id: "checkout", events: 310, customers: 120 };
 * ```
 */
export interface TouchpointUsage {
  /** The touchpoint id. */
  readonly id: string;
  /** Events that matched one of its matchers. */
  readonly events: number;
  /** Distinct customers with such events. */
  readonly customers: number;
}

/**
 * A sequence of stages taken by customers who deviate from the map.
 *
 * @example
 * ```ts
 * const variant: DeviatingVariant = {
 *   stages: ["awareness", "purchase"], customers: 31, share: 0.05, deviations: ["skip"],
 * };
 * ```
 */
export interface DeviatingVariant {
  /** Stage ids in the order visited, repeats collapsed. */
  readonly stages: readonly string[];
  /** Deviating customers with this sequence. */
  readonly customers: number;
  /** `customers` divided by `observedCustomers`. */
  readonly share: number;
  /** The kinds of deviation these customers show, in a fixed order. */
  readonly deviations: readonly DeviationKind[];
}

/**
 * The result of `conformance`: how well behaviour data follows a journey map. Plain data.
 *
 * @example
 * ```ts
 * const report: ConformanceResult = conformance(journey, log);
 * report.fitness; // 0.82
 * report.unseenTouchpoints; // ["store-visit"]
 * ```
 */
export interface ConformanceResult {
  /** Customers with at least one event. */
  readonly customers: number;
  /** Customers with at least one event mapped to a stage: the denominator of `fitness`. */
  readonly observedCustomers: number;
  /** Observed customers whose journey follows the map (no deviation of any kind). */
  readonly conformingCustomers: number;
  /** `conformingCustomers / observedCustomers`, in 0..1; 0 when no customer was observed. */
  readonly fitness: number;
  /** Observed customers per kind of deviation (a customer may show several). */
  readonly deviations: Readonly<Record<DeviationKind, number>>;
  /** Every stage in journey order, with what the data showed. */
  readonly stages: readonly StageConformance[];
  /** Moves to earlier stages, most customers first (then by `from`, then `to`). */
  readonly backtracks: readonly Backtrack[];
  /** Events: `total`, `recognised` (matched a touchpoint), `unrecognised`, `ignored`, and `ambiguous` (matched touchpoints of several stages). */
  readonly events: {
    readonly total: number;
    readonly recognised: number;
    readonly unrecognised: number;
    readonly ignored: number;
    readonly ambiguous: number;
  };
  /** The `top` most frequent unrecognised event names: most events first, then by name. */
  readonly unrecognisedEvents: readonly UnrecognisedEvent[];
  /** Every touchpoint with event matchers, most events first, then by id. */
  readonly touchpoints: readonly TouchpointUsage[];
  /** Ids of touchpoints with event matchers that no event matched, sorted. */
  readonly unseenTouchpoints: readonly string[];
  /** Ids of touchpoints without event matchers (they cannot be seen in data), sorted. */
  readonly unobservableTouchpoints: readonly string[];
  /** The `top` stage sequences of deviating customers, most customers first, then by stages. */
  readonly deviatingVariants: readonly DeviatingVariant[];
  /** Deviating sequences beyond `top`, summed. */
  readonly otherDeviating: { readonly variants: number; readonly customers: number; readonly share: number };
}
