import type { JourneyEvent, PropertyValue } from "@journeykit/core";
import { channelOfTraffic } from "../channels/channel-of-traffic";
import { GA4_SESSION_ID_PARAM } from "../schema/ga4-export-schema";
import { flattenEcommerce } from "./flatten-ecommerce";
import { flattenItems } from "./flatten-items";
import { wrongType } from "./read-field";
import type { ResolvedExportOptions } from "./resolve-export-options";
import { type Ga4RowFields, isProblem, type RowProblem, rowProblem } from "./row-decoding";
import type { SessionIdMemo } from "./session-id-memo";
import { setProperty } from "./set-property";
import { trafficOfRow } from "./traffic-of-row";

/** What one decoded row becomes. */
export type RowOutcome =
  | {
      readonly kind: "event";
      readonly event: JourneyEvent;
      readonly pseudoId: string | undefined;
      readonly userId: string | undefined;
    }
  | { readonly kind: "consent" }
  | { readonly kind: "problem"; readonly problem: RowProblem };

const MICROSECONDS = /^-?\d{1,19}$/;
const INT64 = /^-?\d+$/;

function problem(found: RowProblem): RowOutcome {
  return { kind: "problem", problem: found };
}

function identifier(value: unknown, column: string): string | undefined | RowProblem {
  if (value === undefined || value === null || value === "") return undefined;
  return typeof value === "string" ? value : wrongType(column, "a string", value);
}

// INT64s arrive as JSON strings (BigQuery's export) or numbers; either gives the same number.
function int64(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isInteger(value) ? value : undefined;
  return typeof value === "string" && INT64.test(value) ? Number(value) : undefined;
}

/** `[batch_page_id, batch_ordering_id, batch_event_index]` when all three are integers. */
function sequenceOf(fields: Ga4RowFields): [number, number, number] | undefined {
  const page = int64(fields.batchPageId);
  const ordering = int64(fields.batchOrderingId);
  const index = int64(fields.batchEventIndex);
  return page === undefined || ordering === undefined || index === undefined
    ? undefined
    : [page, ordering, index];
}

function keptParams(params: Record<string, PropertyValue>, wanted: ReadonlySet<string> | undefined) {
  if (wanted === undefined) return params;
  const kept: Record<string, PropertyValue> = {};
  for (const key of Object.keys(params)) {
    if (wanted.has(key)) setProperty(kept, key, params[key] ?? null);
  }
  return kept;
}

/**
 * Turns one decoded row into a {@link JourneyEvent} (see the mapping in the `readGa4Export`
 * documentation), a consent-mode row (no identity to key it by), or a problem naming the field.
 * `sessionIds` makes the session ids, one memo per read.
 */
export function buildEvent(
  fields: Ga4RowFields,
  params: Record<string, PropertyValue>,
  options: ResolvedExportOptions,
  sessionIds: SessionIdMemo,
): RowOutcome {
  const name = fields.eventName;
  if (typeof name !== "string" || name === "") {
    return problem(
      name === undefined
        ? rowProblem("GA4_MISSING_FIELD", "event_name is missing")
        : wrongType("event_name", "a non-empty string", name),
    );
  }
  const raw = fields.eventTimestamp;
  const micros =
    typeof raw === "string" && MICROSECONDS.test(raw)
      ? Number(raw)
      : typeof raw === "number" && Number.isInteger(raw)
        ? raw
        : undefined;
  if (micros === undefined) {
    return problem(
      raw === undefined
        ? rowProblem("GA4_MISSING_FIELD", "event_timestamp is missing")
        : rowProblem(
            "GA4_BAD_TIMESTAMP",
            "event_timestamp should be an INT64 of microseconds since the epoch (digits, as a string or an integer)",
          ),
    );
  }
  const pseudoId = identifier(fields.userPseudoId, "user_pseudo_id");
  if (isProblem(pseudoId)) return problem(pseudoId);
  const userId = identifier(fields.userId, "user_id");
  if (isProblem(userId)) return problem(userId);
  const customerId = options.identity === "pseudo" ? pseudoId : (userId ?? pseudoId);
  if (customerId === undefined) return { kind: "consent" };

  const traffic = trafficOfRow(options.trafficSource, fields, params);
  if (isProblem(traffic)) return problem(traffic);
  const properties = keptParams(params, options.params);
  const flattened =
    (options.ecommerce ? flattenEcommerce(properties, fields.ecommerce) : undefined) ??
    (options.items ? flattenItems(properties, fields.items) : undefined);
  if (flattened !== undefined) return problem(flattened);

  const event: { -readonly [Key in keyof JourneyEvent]: JourneyEvent[Key] } = {
    customerId,
    timestamp: micros / 1000,
    name,
  };
  const session = params[GA4_SESSION_ID_PARAM];
  if (
    pseudoId !== undefined &&
    (typeof session === "number" || (typeof session === "string" && session !== ""))
  ) {
    event.sessionId = sessionIds.of(pseudoId, session);
  }
  if (traffic.source !== undefined || traffic.medium !== undefined) {
    event.channel = channelOfTraffic(traffic, options.channels);
    if (traffic.source !== undefined) event.source = traffic.source;
    if (traffic.medium !== undefined) event.medium = traffic.medium;
  }
  const value = params.value;
  if (typeof value === "number" && Number.isFinite(value)) event.value = value;
  const sequence = sequenceOf(fields);
  if (sequence !== undefined) event.sequence = sequence;
  if (Object.keys(properties).length > 0) event.properties = properties;
  return { kind: "event", event, pseudoId, userId };
}
