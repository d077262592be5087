import type { Journey, KpiReportLine } from "@journeykit/core";
import type { Formatter } from "../locale/formatter";
import type { Labels } from "../locale/labels";
import { NEUTRAL } from "../svg/palette";
import { element } from "../svg/svg";
import { type Cell, kpiCell, type ListItem, listCell, touchpointCell } from "./cells";
import { emotionLane } from "./emotion-lane";

/** A horizontal band of the map: a label at the left and something drawn across the stage columns. */
export interface Row {
  /** Names the lane in the output (`data-lane`), for styling and tests. */
  readonly key: string;
  readonly label: string;
  readonly height: number;
  draw(y: number): string;
  /** Draw the line of visibility under this row. */
  readonly visibilityLineBelow?: boolean;
}

/** Where the stage columns are, for one width of the map. */
export interface MapGeometry {
  readonly columnX: (stageIndex: number) => number;
  readonly cellWidth: number;
  /** Inside a cell, after its padding. */
  readonly innerWidth: number;
  readonly cellPadding: number;
  readonly columnGap: number;
}

/** What the lanes are drawn from. */
export interface MapContent {
  readonly journey: Journey;
  readonly persona: Journey["personas"][number] | undefined;
  readonly kpisOf: (stageId: string | null) => readonly KpiReportLine[];
  readonly labels: Labels;
  readonly formatter: Formatter;
}

const MIN_LANE_HEIGHT = 30;
const EMOTION_LANE_HEIGHT = 116;

/**
 * The lanes of the map below the stage headers, in order: customer actions, touchpoints,
 * emotion, pain points, opportunities, KPIs, journey-wide KPIs, and the service-blueprint lanes.
 * Optional lanes with nothing in any stage are left out.
 */
export function mapRows(geometry: MapGeometry, content: MapContent): Row[] {
  const { columnX, cellWidth, innerWidth, cellPadding, columnGap } = geometry;
  const { journey, persona, kpisOf, labels, formatter } = content;
  const { stages } = journey;
  const laneOfCells = (key: string, label: string, cells: readonly Cell[], extra: Partial<Row> = {}): Row => {
    const height = Math.max(MIN_LANE_HEIGHT, ...cells.map((cell) => cell.height + cellPadding * 2));
    return {
      key,
      label,
      height,
      ...extra,
      draw: (y) =>
        cells
          .map(
            (cell, index) =>
              element("rect", {
                x: columnX(index),
                y,
                width: cellWidth,
                height,
                fill: NEUTRAL.laneBackground,
              }) + cell.draw(columnX(index) + cellPadding, y + cellPadding),
          )
          .join(""),
    };
  };
  const listLane = (
    key: string,
    label: string,
    itemsOf: (index: number) => readonly ListItem[],
  ): Row | undefined => {
    const items = stages.map((_, index) => itemsOf(index));
    if (items.every((list) => list.length === 0)) return undefined;
    return laneOfCells(
      key,
      label,
      items.map((list) => listCell(list, innerWidth)),
    );
  };

  const touchpointsById = new Map(journey.touchpoints.map((touchpoint) => [touchpoint.id, touchpoint]));
  const rows: (Row | undefined)[] = [
    laneOfCells(
      "customer-actions",
      labels.customerActions,
      stages.map((stage) => {
        const actions = [...stage.steps];
        for (const action of stage.blueprint?.customerActions ?? [])
          if (!actions.includes(action)) actions.push(action);
        return listCell(
          actions.map((text) => ({ text, marker: "bullet" })),
          innerWidth,
        );
      }),
    ),
    laneOfCells(
      "touchpoints",
      labels.touchpoints,
      stages.map((stage) =>
        touchpointCell(
          stage.touchpoints.flatMap((id) => touchpointsById.get(id) ?? []),
          innerWidth,
          labels,
        ),
      ),
    ),
    {
      key: "emotion",
      label: `${labels.emotion}${persona === undefined ? "" : `: ${persona.name}`}`,
      height: EMOTION_LANE_HEIGHT,
      draw: (y) =>
        stages
          .map((_, index) =>
            element("rect", {
              x: columnX(index),
              y,
              width: cellWidth,
              height: EMOTION_LANE_HEIGHT,
              fill: NEUTRAL.laneBackground,
            }),
          )
          .join("") +
        emotionLane({
          scores: stages.map((stage) => (persona === undefined ? undefined : stage.emotions[persona.id])),
          stageIds: stages.map((stage) => stage.id),
          columnX,
          columnWidth: cellWidth,
          top: y,
          height: EMOTION_LANE_HEIGHT,
          axisX: columnX(0) - columnGap,
          emptyText: labels.noEmotion,
          formatter,
        }),
    },
    listLane("pain-points", labels.painPoints, (index) =>
      (stages[index]?.painPoints ?? []).map((pain) => ({
        text: pain.description,
        marker: "pain",
        ...(pain.severity === undefined ? {} : { note: `${labels.severity} ${pain.severity}/5` }),
      })),
    ),
    listLane("opportunities", labels.opportunities, (index) =>
      (stages[index]?.opportunities ?? []).map((text) => ({ text, marker: "opportunity" })),
    ),
  ];
  if (stages.some((stage) => kpisOf(stage.id).length > 0)) {
    rows.push(
      laneOfCells(
        "kpis",
        labels.kpis,
        stages.map((stage) => kpiCell(kpisOf(stage.id), innerWidth, formatter, labels)),
      ),
    );
  }
  const journeyWide = kpisOf(null);
  for (let start = 0; start < journeyWide.length; start += stages.length) {
    const chunk = journeyWide.slice(start, start + stages.length);
    rows.push(
      laneOfCells(
        "journey-kpis",
        labels.wholeJourney,
        stages.map((_, index) => kpiCell(chunk.slice(index, index + 1), innerWidth, formatter, labels)),
      ),
    );
  }
  if (stages.some((stage) => stage.blueprint !== undefined)) {
    const blueprintLane = (
      label: string,
      lane: "physicalEvidence" | "frontstage" | "backstage" | "supportProcesses",
    ) =>
      laneOfCells(
        lane,
        label,
        stages.map((stage) =>
          listCell(
            (stage.blueprint?.[lane] ?? []).map((text) => ({
              text,
              marker: lane === "physicalEvidence" ? "evidence" : "bullet",
            })),
            innerWidth,
          ),
        ),
        lane === "frontstage" ? { visibilityLineBelow: true } : {},
      );
    rows.push(
      blueprintLane(labels.physicalEvidence, "physicalEvidence"),
      blueprintLane(labels.frontstage, "frontstage"),
      blueprintLane(labels.backstage, "backstage"),
      blueprintLane(labels.supportProcesses, "supportProcesses"),
    );
  }

  return rows.filter((row): row is Row => row !== undefined);
}
