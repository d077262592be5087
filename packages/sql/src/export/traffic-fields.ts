import { GA4_TRAFFIC_COLUMNS, type Ga4TrafficScope } from "@journeykit/ga4/schema";
import { UnsupportedQueryError } from "../errors/unsupported-query-error";

/**
 * The event fields `source` and `medium`, as an analysis asks for them: columns of CTE `events`
 * (`event_source`, `event_medium`), made only when some part of the query reads them.
 */
export class TrafficFields {
  readonly scope: Ga4TrafficScope;
  #used = false;

  constructor(scope: Ga4TrafficScope) {
    this.scope = scope;
  }

  /** Whether any part of the query reads `source` or `medium`. */
  get used(): boolean {
    return this.#used;
  }

  /** The column of `field`, marking it used; `option` names the option that reads it, for errors. */
  column(field: "source" | "medium", option: string): string {
    if (this.scope === "session") {
      throw new UnsupportedQueryError({
        option,
        problem: `trafficSource "session" reads ${GA4_TRAFFIC_COLUMNS.session}, whose rules are not compiled to SQL; use trafficSource "event" or "user"`,
      });
    }
    this.#used = true;
    return `event_${field}`;
  }
}
