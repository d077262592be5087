import { EMOTION_SCALE } from "@journeykit/core/schemas";
import type { Formatter } from "../locale/formatter";
import { NEUTRAL, OKABE_ITO } from "../svg/palette";
import { element, round, textLines } from "../svg/svg";

/** Where the emotion lane is drawn and what it shows. */
export interface EmotionLane {
  /** Per stage, the persona's score, or undefined where the stage records none. */
  readonly scores: readonly (number | undefined)[];
  /** Per stage, its id (written on each point, for styling and tests). */
  readonly stageIds: readonly string[];
  readonly columnX: (stageIndex: number) => number;
  readonly columnWidth: number;
  readonly top: number;
  readonly height: number;
  readonly axisX: number;
  readonly emptyText: string;
  readonly formatter: Formatter;
}

const PADDING = 18;

function pointColour(score: number): string {
  if (score > 0) return OKABE_ITO.bluishGreen;
  if (score < 0) return OKABE_ITO.vermillion;
  return NEUTRAL.mutedText;
}

/**
 * The emotion curve: one point per stage at its -2..+2 score, joined where neighbouring stages
 * both have a score, with the score written beside each point (colour is never the only cue).
 */
export function emotionLane(lane: EmotionLane): string {
  const { scores, columnX, columnWidth, top, height, formatter } = lane;
  const span = EMOTION_SCALE.max - EMOTION_SCALE.min;
  const yOf = (score: number) =>
    top + PADDING + ((EMOTION_SCALE.max - score) / span) * (height - PADDING * 2);
  const left = columnX(0);
  const right = columnX(scores.length - 1) + columnWidth;
  const parts: string[] = [];
  for (let score: number = EMOTION_SCALE.min; score <= EMOTION_SCALE.max; score += 1) {
    const y = yOf(score);
    parts.push(
      element("line", {
        x1: left,
        x2: right,
        y1: y,
        y2: y,
        stroke: score === 0 ? NEUTRAL.mutedText : NEUTRAL.grid,
        "stroke-width": score === 0 ? 1 : 0.6,
        "stroke-dasharray": score === 0 ? "4 3" : undefined,
      }),
      textLines(lane.axisX, y - 5.5, [formatter.signed(score)], {
        size: 9,
        fill: NEUTRAL.mutedText,
        anchor: "end",
      }),
    );
  }
  const points = scores.map((score, index) =>
    score === undefined
      ? undefined
      : { x: columnX(index) + columnWidth / 2, y: yOf(score), score, stageId: lane.stageIds[index] ?? "" },
  );
  if (points.every((point) => point === undefined)) {
    parts.push(
      textLines((left + right) / 2, top + height / 2 - 8, [lane.emptyText], {
        size: 11,
        fill: NEUTRAL.mutedText,
        anchor: "middle",
        italic: true,
      }),
    );
    return parts.join("");
  }
  let run: string[] = [];
  const flush = () => {
    if (run.length > 1) {
      parts.push(
        element("polyline", {
          points: run.join(" "),
          fill: "none",
          stroke: OKABE_ITO.blue,
          "stroke-width": 2.5,
          "stroke-linejoin": "round",
        }),
      );
    }
    run = [];
  };
  for (const point of points) {
    if (point === undefined) flush();
    else run.push(`${round(point.x)},${round(point.y)}`);
  }
  flush();
  for (const point of points) {
    if (point === undefined) continue;
    parts.push(
      element("circle", {
        class: "emotion-point",
        "data-stage": point.stageId,
        "data-score": point.score,
        cx: point.x,
        cy: point.y,
        r: 5.5,
        fill: pointColour(point.score),
        stroke: NEUTRAL.background,
        "stroke-width": 1.5,
      }),
      textLines(point.x + 9, point.score >= 0 ? point.y - 17 : point.y + 3, [formatter.signed(point.score)], {
        size: 10.5,
        weight: "bold",
        fill: NEUTRAL.text,
      }),
    );
  }
  return parts.join("");
}
