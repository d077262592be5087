// Types of bench/generator.mjs, for the TypeScript tests and the demo that reuse it.
import type { JourneyEvent } from "@journeykit/core";

export interface ShopEventsOptions {
  readonly customers?: number;
  readonly seed?: number;
  readonly start?: number;
  readonly days?: number;
}

/** Generated events as columns, in export order (opaque to callers: pass it to the functions below). */
export interface ShopEvents {
  readonly size: number;
}

export declare const SHOP_EVENT_NAMES: readonly string[];
export declare const BENCH_FUNNEL_STEPS: readonly string[];
export declare function generateShopEvents(options?: ShopEventsOptions): ShopEvents;
export declare function toJourneyEvent(events: ShopEvents, index: number): JourneyEvent;
export declare function journeyEvents(events: ShopEvents): IterableIterator<JourneyEvent>;
export declare function toGa4ExportRow(events: ShopEvents, index: number): Record<string, unknown>;
export declare function ga4ExportRows(events: ShopEvents): IterableIterator<Record<string, unknown>>;
export declare function writeNdjson(rows: Iterable<unknown>, path: string): Promise<void>;
