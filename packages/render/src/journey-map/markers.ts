import type { KpiDisplayStatus } from "../metrics/journey-metrics";
import { NEUTRAL, OKABE_ITO } from "../svg/palette";
import { round } from "../svg/svg";

/** The shapes that mark list items; each differs in shape as well as colour. */
export type Marker = "bullet" | "pain" | "opportunity" | "evidence";

/** A marker centred at (x, y), about 8 units across. */
export function marker(kind: Marker, x: number, y: number): string {
  const cx = round(x);
  const cy = round(y);
  switch (kind) {
    case "pain":
      // A warning triangle.
      return `<path d="M${cx} ${round(cy - 4.5)}l4.5 8h-9z" fill="${OKABE_ITO.vermillion}" aria-hidden="true"/>`;
    case "opportunity":
      // A diamond.
      return `<path d="M${cx} ${round(cy - 4.5)}l4.5 4.5-4.5 4.5-4.5-4.5z" fill="${OKABE_ITO.bluishGreen}" aria-hidden="true"/>`;
    case "evidence":
      return `<rect x="${round(cx - 3.5)}" y="${round(cy - 3.5)}" width="7" height="7" fill="none" stroke="${NEUTRAL.mutedText}" stroke-width="1.2" aria-hidden="true"/>`;
    default:
      return `<circle cx="${cx}" cy="${cy}" r="2.2" fill="${NEUTRAL.mutedText}" aria-hidden="true"/>`;
  }
}

/** The colour a KPI status is drawn in. */
export const STATUS_COLOUR: Readonly<Record<KpiDisplayStatus, string>> = {
  "on-target": OKABE_ITO.bluishGreen,
  "off-target": OKABE_ITO.vermillion,
  unclear: OKABE_ITO.orange,
  "no-target": NEUTRAL.mutedText,
  "no-data": NEUTRAL.grid,
};

/** A status badge centred at (x, y): a check, a cross, a question-like bar, or a hollow ring. */
export function statusSymbol(status: KpiDisplayStatus, x: number, y: number): string {
  const cx = round(x);
  const cy = round(y);
  const colour = STATUS_COLOUR[status];
  const ring = `<circle cx="${cx}" cy="${cy}" r="5.5" fill="${status === "no-data" || status === "no-target" ? "none" : colour}" stroke="${colour}" stroke-width="1.4"/>`;
  const stroke = `fill="none" stroke="#FFFFFF" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"`;
  let inner = "";
  if (status === "on-target") inner = `<path d="M${round(cx - 2.6)} ${cy}l1.8 2 3.4-3.8" ${stroke}/>`;
  if (status === "off-target")
    inner = `<path d="M${round(cx - 2.2)} ${round(cy - 2.2)}l4.4 4.4m0-4.4l-4.4 4.4" ${stroke}/>`;
  if (status === "unclear") inner = `<path d="M${round(cx - 2.6)} ${cy}h5.2" ${stroke}/>`;
  return `<g aria-hidden="true">${ring}${inner}</g>`;
}
