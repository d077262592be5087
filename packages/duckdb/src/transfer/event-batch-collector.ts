import type { DuckDBDataChunk, DuckDBVector } from "@duckdb/node-api";
import type { Channel, EventProperties, PropertyValue } from "@journeykit/core";
import type { EventLogBatch } from "@journeykit/core/adapter";
import type { Ga4ChannelGroup } from "@journeykit/ga4";
import { channelOfTraffic, readParamRecord, setProperty } from "@journeykit/ga4/internal";
import { EVENT_COLUMNS } from "@journeykit/sql/internal";
import type { EventDictionaries } from "./event-dictionaries";

const NO_SESSION = 0xffff_ffff;
const column = (name: (typeof EVENT_COLUMNS)[number]) => EVENT_COLUMNS.indexOf(name);
const CUSTOMER = column("customer_id");
const NAME = column("event_name");
const TIME = column("event_time");
const HAS_SEQUENCE = column("has_sequence");
const SEQUENCE = [column("batch_page_id"), column("batch_ordering_id"), column("batch_event_index")] as const;
const SESSION = column("session_id");
const SOURCE = column("event_source");
const MEDIUM = column("event_medium");
const CAMPAIGN = column("event_campaign");
const GROUP = column("event_channel_group");
const VALUE = column("event_value");
const PARAMS = column("params_json");

/** Properties from the kept params' JSON, decoded as `readGa4Export` decodes each param. */
function propertiesOf(json: string): EventProperties | undefined {
  const params: unknown = JSON.parse(json);
  if (!Array.isArray(params)) return undefined;
  const properties: Record<string, PropertyValue> = {};
  let kept = 0;
  for (const param of params) {
    const entry = readParamRecord(param);
    if (entry === undefined) continue;
    setProperty(properties, entry[0], entry[1]);
    kept += 1;
  }
  return kept === 0 ? undefined : properties;
}

/**
 * Collects the rows of the transfer query (columns of `EVENT_COLUMNS`, text as codes into the
 * read's {@link EventDictionaries}), chunk by chunk, into {@link EventLogBatch}es: typed arrays
 * and the dictionaries as string tables, no event object on the way. The channel of each distinct
 * traffic is GA4's channel grouping, computed once per distinct source, medium, campaign and
 * group.
 */
export class EventBatchCollector {
  readonly #capacity: number;
  readonly #dictionaries: EventDictionaries;
  readonly #channels: Partial<Record<Ga4ChannelGroup, Channel>>;
  /** `strings` of every batch: "" (none), the sources, the mediums, then the channels found. */
  readonly #strings: string[];
  readonly #mediumStart: number;
  readonly #channelOf = new Map<string, number>();
  readonly #channelIndex = new Map<string, number>();
  readonly #propertiesOf = new Map<string, EventProperties | undefined>();
  #size = 0;
  #customer!: Uint32Array;
  #name!: Uint32Array;
  #timestamp!: Float64Array;
  #session!: Uint32Array;
  #channel!: Uint32Array;
  #source!: Uint32Array;
  #medium!: Uint32Array;
  #value!: Float64Array;
  #sequence!: [Float64Array, Float64Array, Float64Array];
  #properties: (EventProperties | undefined)[] = [];
  #anyProperties = false;

  constructor(
    dictionaries: EventDictionaries,
    channels: Partial<Record<Ga4ChannelGroup, Channel>>,
    capacity: number,
  ) {
    this.#dictionaries = dictionaries;
    this.#channels = channels;
    this.#capacity = Math.max(1, capacity);
    this.#strings = ["", ...dictionaries.event_source, ...dictionaries.event_medium];
    this.#mediumStart = 1 + dictionaries.event_source.length;
    this.#reset();
  }

  /** How many events are collected and not yet taken. */
  get size(): number {
    return this.#size;
  }

  /** Whether the batch is full: take it before adding more. */
  get full(): boolean {
    return this.#size >= this.#capacity;
  }

  #reset(): void {
    const capacity = this.#capacity;
    this.#size = 0;
    this.#customer = new Uint32Array(capacity);
    this.#name = new Uint32Array(capacity);
    this.#timestamp = new Float64Array(capacity);
    this.#session = new Uint32Array(capacity);
    this.#channel = new Uint32Array(capacity);
    this.#source = new Uint32Array(capacity);
    this.#medium = new Uint32Array(capacity);
    this.#value = new Float64Array(capacity);
    this.#sequence = [new Float64Array(capacity), new Float64Array(capacity), new Float64Array(capacity)];
    this.#properties = [];
    this.#anyProperties = false;
  }

  /** The `strings` index of the channel of a traffic, given as codes (-1 for none). */
  #channelFor(source: number, medium: number, campaign: number, group: number): number {
    const { event_source, event_medium, event_campaign, event_channel_group } = this.#dictionaries;
    const key = `${source},${medium},${campaign},${group}`;
    let index = this.#channelOf.get(key);
    if (index === undefined) {
      const channel = channelOfTraffic(
        {
          source: event_source[source] ?? null,
          medium: event_medium[medium] ?? null,
          campaign: event_campaign[campaign] ?? null,
          group: event_channel_group[group],
        },
        this.#channels,
      );
      index = this.#channelIndex.get(channel);
      if (index === undefined) {
        index = this.#strings.length;
        this.#strings.push(channel);
        this.#channelIndex.set(channel, index);
      }
      this.#channelOf.set(key, index);
    }
    return index;
  }

  #propertiesFor(json: string | null): EventProperties | undefined {
    if (json === null) return undefined;
    if (this.#propertiesOf.has(json)) return this.#propertiesOf.get(json);
    const properties = propertiesOf(json);
    // Rows of a session often share their params; a bounded memo keeps memory flat otherwise.
    if (this.#propertiesOf.size < 4096) this.#propertiesOf.set(json, properties);
    return properties;
  }

  /**
   * Adds the rows of a chunk from row `from` on, until the batch is
   * {@link EventBatchCollector.full}; returns the row after the last one added.
   */
  addRows(chunk: DuckDBDataChunk, from: number): number {
    const vector = (index: number) => chunk.getColumnVector(index);
    const customer = vector(CUSTOMER);
    const name = vector(NAME);
    const time = vector(TIME);
    const hasSequence = vector(HAS_SEQUENCE);
    const [page, ordering, index] = SEQUENCE.map(vector) as [DuckDBVector, DuckDBVector, DuckDBVector];
    const session = vector(SESSION);
    const source = vector(SOURCE);
    const medium = vector(MEDIUM);
    const campaign = vector(CAMPAIGN);
    const group = vector(GROUP);
    const value = vector(VALUE);
    const params = vector(PARAMS);
    const rows = chunk.rowCount;
    const [pages, orderings, indexes] = this.#sequence;
    let row = from;
    for (; row < rows && this.#size < this.#capacity; row += 1) {
      const at = this.#size;
      this.#customer[at] = customer.getItem(row) as number;
      this.#name[at] = name.getItem(row) as number;
      this.#timestamp[at] = time.getItem(row) as number;
      const sessionCode = session.getItem(row) as number | null;
      this.#session[at] = sessionCode === null ? NO_SESSION : sessionCode;
      const sourceCode = source.getItem(row) as number | null;
      const mediumCode = medium.getItem(row) as number | null;
      if (sourceCode !== null || mediumCode !== null) {
        this.#channel[at] = this.#channelFor(
          sourceCode ?? -1,
          mediumCode ?? -1,
          (campaign.getItem(row) as number | null) ?? -1,
          (group.getItem(row) as number | null) ?? -1,
        );
        this.#source[at] = sourceCode === null ? 0 : 1 + sourceCode;
        this.#medium[at] = mediumCode === null ? 0 : this.#mediumStart + mediumCode;
      } else {
        this.#channel[at] = 0;
        this.#source[at] = 0;
        this.#medium[at] = 0;
      }
      const eventValue = value.getItem(row) as number | null;
      this.#value[at] = eventValue === null ? Number.NaN : eventValue;
      const sequenced = hasSequence.getItem(row) === 1;
      pages[at] = sequenced ? (page.getItem(row) as number) : Number.NaN;
      orderings[at] = sequenced ? (ordering.getItem(row) as number) : Number.NaN;
      indexes[at] = sequenced ? (index.getItem(row) as number) : Number.NaN;
      const properties = this.#propertiesFor(params.getItem(row) as string | null);
      if (properties !== undefined) this.#anyProperties = true;
      this.#properties.push(properties);
      this.#size += 1;
    }
    return row;
  }

  /** The events collected so far as one batch; the collector starts a new one. */
  take(): EventLogBatch {
    const size = this.#size;
    const dictionaries = this.#dictionaries;
    const batch: EventLogBatch = {
      size,
      customer: this.#customer.subarray(0, size),
      customerIds: dictionaries.customer_id,
      timestamp: this.#timestamp.subarray(0, size),
      name: this.#name.subarray(0, size),
      names: dictionaries.event_name,
      session: this.#session.subarray(0, size),
      sessionIds: dictionaries.session_id,
      channel: this.#channel.subarray(0, size),
      source: this.#source.subarray(0, size),
      medium: this.#medium.subarray(0, size),
      strings: [...this.#strings],
      value: this.#value.subarray(0, size),
      sequence: this.#sequence.map((entries) => entries.subarray(0, size)),
      ...(this.#anyProperties ? { properties: this.#properties } : {}),
    };
    this.#reset();
    return batch;
  }
}
