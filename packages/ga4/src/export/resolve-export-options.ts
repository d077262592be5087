import type { Channel } from "@journeykit/core";
import { parseOptions } from "@journeykit/core/adapter";
import type { Ga4ChannelGroup } from "../channels/ga4-channel-groups";
import { GA4_BATCH_COLUMNS, GA4_TRAFFIC_COLUMNS, type Ga4TrafficScope } from "../schema/ga4-export-schema";
import { type Ga4ExportOptions, Ga4ExportOptionsSchema } from "./ga4-export-options";
import type { ExportColumn } from "./row-decoding";

/** {@link Ga4ExportOptions} with defaults filled in, and the export columns a read needs. */
export interface ResolvedExportOptions {
  readonly identity: "pseudo" | "user-id" | "stitched";
  readonly trafficSource: Ga4TrafficScope;
  readonly ecommerce: boolean;
  readonly items: boolean;
  readonly params: ReadonlySet<string> | undefined;
  readonly order: "input" | "timestamp";
  readonly removeDuplicates: boolean;
  readonly fastPath: boolean;
  readonly channels: Partial<Record<Ga4ChannelGroup, Channel>>;
  readonly columns: readonly ExportColumn[];
}

/**
 * Checks the GA4 options (the common read options among them are left to `checkReadOptions`)
 * and fills in defaults.
 *
 * @throws {@link InvalidOptionError} naming the first invalid option.
 */
export function resolveExportOptions(options: unknown): ResolvedExportOptions {
  const { onError, maxBadRecords, signal, onProgress, ...ga4Options } = (options ?? {}) as Record<
    string,
    unknown
  >;
  const value: Ga4ExportOptions = parseOptions(Ga4ExportOptionsSchema, ga4Options);
  const trafficSource = value.trafficSource ?? "event";
  const order = value.order ?? "input";
  const ecommerce = value.include?.includes("ecommerce") ?? false;
  const items = value.include?.includes("items") ?? false;
  // The batch columns are always read: they become each event's sequence.
  const columns: ExportColumn[] = [
    "event_name",
    "event_timestamp",
    "user_pseudo_id",
    "user_id",
    GA4_TRAFFIC_COLUMNS[trafficSource],
    ...GA4_BATCH_COLUMNS,
  ];
  if (ecommerce) columns.push("ecommerce");
  if (items) columns.push("items");
  return {
    identity: value.identity ?? "pseudo",
    trafficSource,
    ecommerce,
    items,
    params: value.params === undefined ? undefined : new Set(value.params),
    order,
    removeDuplicates: (value.duplicates ?? "remove") === "remove",
    fastPath: value.fastPath ?? true,
    channels: value.channels ?? {},
    columns,
  };
}
