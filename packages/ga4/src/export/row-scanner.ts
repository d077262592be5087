import type { PropertyValue } from "@journeykit/core";
import { coalesceParamValue, INVALID_PARAM_VALUE } from "./coalesce-param-value";
import {
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COMMA,
  DIGIT,
  LOWER_N,
  MINUS,
  NEWLINE,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE,
} from "./json-byte-codes";
import { JsonByteScanner } from "./json-byte-scanner";
import { EXPORT_COLUMNS, type ExportColumn, type Ga4RowFields, type RowDecoding } from "./row-decoding";
import { setProperty } from "./set-property";
import { ValidatedBytes } from "./validated-bytes";

const ascii = new TextEncoder();

/** Values shorter than this are scanned again rather than remembered. */
const REMEMBERED_LENGTH = 24;
/** The first memo slot of the event params (the columns take the slots before it). */
const PARAM_SLOTS = ValidatedBytes.SLOTS / 2;

/** Where a wanted top-level member goes: a field, or the params. */
type Target = keyof Ga4RowFields | typeof PARAMS;
const PARAMS = "event_params";

/** A wanted member name as bytes, where it goes, and its bit in the set of members seen. */
type WantedMember = readonly [name: Uint8Array, target: Target, bit: number];

// The fields of a param's value, in the scratch slots' order (and the export's).
const VALUE_FIELDS = ["string_value", "int_value", "float_value", "double_value"].map((name) =>
  ascii.encode(name),
);
const KEY = ascii.encode("key");
const VALUE = ascii.encode("value");

// A param as BigQuery writes it, between its values: `{"key":"...","value":{"string_value":...,
// "int_value":...,"float_value":...,"double_value":...}}`, no spaces, members in this order.
const PARAM_OPEN = ascii.encode('{"key":');
const STRING_VALUE_OPEN = ascii.encode(',"value":{"string_value":');
const INT_VALUE_OPEN = ascii.encode(',"int_value":');
const FLOAT_VALUE_OPEN = ascii.encode(',"float_value":');
const DOUBLE_VALUE_OPEN = ascii.encode(',"double_value":');
const PARAM_CLOSE = ascii.encode("}}");

/**
 * The fast path for BigQuery export rows: a scanner over a row's UTF-8 bytes that validates the
 * whole row as JSON (every string, escape, number, literal and bracket) but decodes only what an
 * event needs (the wanted columns and the event params). Unwanted columns (`device`, `geo`,
 * `privacy_info`, ...) are checked and skipped without making a string or an object of them.
 *
 * `scan` returns `undefined` whenever it is not sure: an escaped member name, a repeated wanted
 * member, nesting deeper than 64, a param or value of an unexpected shape, anything that is not
 * valid JSON. The caller then decodes the row with `decodeRowReference`, so an answer is always the
 * reference's.
 */
export class RowScanner extends JsonByteScanner {
  // The wanted member names as bytes, with where each goes, by the length of the name: most
  // members of a row are not wanted, and their length alone rules them out (a row has some 30
  // members, a read wants up to 12).
  readonly #namesByLength: (readonly WantedMember[] | undefined)[] = [];
  // The chunk scan() was last given, and a plain Uint8Array over the same memory.
  #input: Uint8Array = new Uint8Array(0);
  /** The index of the newline that ends the row last scanned. */
  newline = 0;
  // Scratch slots for one param value's four fields, reused to avoid an object per param.
  readonly #valueFields: unknown[] = [null, null, null, null];
  readonly #memo = new ValidatedBytes();
  #view: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(0));
  #limit = 0;
  // Where the member read last ends.
  #memberEnd = 0;
  // The bit of each wanted field in the set of members seen.
  readonly #bits: Record<string, number> = {};
  // The key and value of the param #param read last.
  #paramKey = "";
  #paramValue: PropertyValue = null;

  constructor(columns: readonly ExportColumn[]) {
    super();
    const targets: [string, Target][] = columns.map((column) => [column, EXPORT_COLUMNS[column]]);
    targets.push(["event_params", PARAMS]);
    const wanted = targets.map(
      ([name, target], index): WantedMember => [ascii.encode(name), target, 1 << index],
    );
    for (const member of wanted) {
      this.#bits[member[1]] = member[2];
      const length = member[0].length;
      this.#namesByLength[length] = [...(this.#namesByLength[length] ?? []), member];
    }
  }

  /**
   * Decodes the row that starts at `start` in `input` and ends at the next newline, exactly as the
   * reference would decode its text, or returns `undefined` to ask for the reference. On success,
   * {@link RowScanner.newline} is the index of that newline. `input[limit - 1]` must be a newline
   * at or after the row's: the scanner stops at a newline, so it reads nothing past it.
   */
  scan(input: Uint8Array, start: number, limit: number): RowDecoding | undefined {
    if (input !== this.#input) this.#take(input);
    const bytes = this.bytes;
    this.#limit = limit;
    this.nonAscii = false;
    let ordinal = 0;
    const fields: Ga4RowFields = {};
    let params: Record<string, PropertyValue> = {};
    let seen = 0;
    let index = this.spaces(start);
    if (bytes[index] !== OPEN_BRACE) return undefined;
    index = this.spaces(index + 1);
    if (bytes[index] === CLOSE_BRACE) return this.#atNewline(index + 1) ? { fields, params } : undefined;
    for (;;) {
      const member = ordinal < PARAM_SLOTS ? this.#rememberedMember(index, ordinal, fields, seen) : -1;
      if (member >= 0) {
        seen = member;
      } else {
        const memberStart = index;
        const before: boolean = this.nonAscii;
        this.nonAscii = false;
        const keyEnd = this.stringEnd(index);
        if (keyEnd < 0 || this.escaped) return undefined;
        const wanted = this.#wantedAt(index + 1, keyEnd - 1);
        index = this.afterColon(keyEnd);
        if (index < 0) return undefined;
        const valueStart = index;
        let target = "";
        let value: unknown = null;
        if (wanted === undefined) {
          index = this.skipValue(index);
        } else {
          // A repeated member replaces the earlier one in JSON.parse; rare enough to leave to it.
          if ((seen & wanted[2]) !== 0) return undefined;
          seen |= wanted[2];
          if (wanted[1] === PARAMS) {
            params = {};
            index = this.#params(index, params);
          } else {
            target = wanted[1];
            const valueEnd = this.skipValue(index);
            if (valueEnd < 0) return undefined;
            value = this.valueAt(index, valueEnd);
            fields[wanted[1]] = value;
            index = valueEnd;
          }
        }
        if (index < 0) return undefined;
        const wide = this.nonAscii;
        this.nonAscii = before || wide;
        this.#rememberMember(memberStart, valueStart, index, ordinal, wanted, target, value, wide);
      }
      index = this.spaces(this.#memberEnd);
      const next = bytes[index];
      if (next === COMMA) {
        index = this.spaces(index + 1);
        ordinal += 1;
        continue;
      }
      if (next !== CLOSE_BRACE || !this.#atNewline(index + 1)) return undefined;
      return { fields, params };
    }
  }

  /**
   * Reads rows from `input` from now on. A Node Buffer (what fs gives) is read through a plain
   * Uint8Array over its memory: the same indices, but its `subarray` makes no Buffer object and
   * the scanner's byte reads see one kind of array.
   */
  #take(input: Uint8Array): void {
    this.#input = input;
    this.bytes =
      input.constructor === Uint8Array
        ? input
        : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    if (this.#view.buffer !== input.buffer) this.#view = new DataView(input.buffer);
  }

  /**
   * Reads the member at `index`, the `slot`-th of its row, when its bytes are those of a member
   * validated before in that position: sets the field it holds, if wanted, and #memberEnd.
   * Returns the new set of wanted members seen, or -1 when it is not a remembered member (or
   * repeats a wanted one).
   */
  #rememberedMember(index: number, slot: number, fields: Ga4RowFields, seen: number): number {
    const memo = this.#memo;
    const length = memo.match(this.bytes, this.#view, index, this.#limit, slot);
    if (length === 0) return -1;
    const target = memo.key;
    if (target !== "") {
      const bit = this.#bits[target] as number;
      if ((seen & bit) !== 0) return -1;
      seen |= bit;
      fields[target as keyof Ga4RowFields] = memo.value;
    }
    if (memo.nonAscii) this.nonAscii = true;
    this.#memberEnd = index + length;
    return seen;
  }

  /**
   * Remembers the member from `start` to `end` (its value starts at `valueStart`), the `slot`-th
   * of its row, and sets #memberEnd. Not remembered: the params (read by their own memo), values
   * that are numbers (one can be the start of another) or records (their decoded value is an
   * object, which must not be shared), and short members (as cheap to scan again).
   */
  #rememberMember(
    start: number,
    valueStart: number,
    end: number,
    slot: number,
    wanted: WantedMember | undefined,
    target: string,
    value: unknown,
    wide: boolean,
  ): void {
    this.#memberEnd = end;
    if (slot >= PARAM_SLOTS || end - start < REMEMBERED_LENGTH || wanted?.[1] === PARAMS) return;
    const first = this.bytes[valueStart] as number;
    if (first === MINUS || DIGIT[first] === 1) return;
    if ((value !== null && typeof value === "object") || !this.#memo.worthRemembering(slot)) return;
    this.#memo.remember(this.bytes, start, end, slot, target, value as PropertyValue, wide);
  }

  /** Whether only white space is left of the row after `index`; sets {@link RowScanner.newline}. */
  #atNewline(index: number): boolean {
    this.newline = this.spaces(index);
    return this.bytes[this.newline] === NEWLINE;
  }

  /** The wanted member whose name is the bytes from `start` to `end`, if any. */
  #wantedAt(start: number, end: number): WantedMember | undefined {
    const bytes = this.bytes;
    const length = end - start;
    const candidates = this.#namesByLength[length];
    if (candidates === undefined) return undefined;
    for (const entry of candidates) {
      const name = entry[0];
      if (name[0] !== bytes[start]) continue;
      let offset = 1;
      while (offset < length && name[offset] === bytes[start + offset]) offset += 1;
      if (offset === length) return entry;
    }
    return undefined;
  }

  /** Reads `event_params` at `index` into `params`; returns its end or -1. */
  #params(index: number, params: Record<string, PropertyValue>): number {
    const bytes = this.bytes;
    const first = bytes[index];
    if (first === LOWER_N) return this.literalEnd(index);
    if (first !== OPEN_BRACKET) return -1;
    index = this.spaces(index + 1);
    if (bytes[index] === CLOSE_BRACKET) return index + 1;
    const memo = this.#memo;
    for (let slot = PARAM_SLOTS; ; slot += 1) {
      const known = slot < ValidatedBytes.SLOTS ? memo.match(bytes, this.#view, index, this.#limit, slot) : 0;
      if (known === 0) {
        const before = this.nonAscii;
        this.nonAscii = false;
        let end = this.#exportParam(index, params);
        if (end < 0) end = this.#param(index, params);
        if (end < 0) return -1;
        const wide = this.nonAscii;
        this.nonAscii = before || wide;
        if (slot < ValidatedBytes.SLOTS && memo.worthRemembering(slot))
          memo.remember(bytes, index, end, slot, this.#paramKey, this.#paramValue, wide);
        index = end;
      } else {
        if (memo.nonAscii) this.nonAscii = true;
        setProperty(params, memo.key, memo.value);
        index += known;
      }
      index = this.spaces(index);
      const next = bytes[index];
      if (next === CLOSE_BRACKET) return index + 1;
      if (next !== COMMA) return -1;
      index = this.spaces(index + 1);
    }
  }

  /**
   * Reads a param laid out exactly as BigQuery writes it (see PARAM_OPEN), comparing the bytes
   * between its values instead of scanning member names; returns its end, or -1 for any other
   * layout or a value it does not read (then {@link RowScanner.#param} reads the param, and judges
   * whether it is valid).
   */
  #exportParam(index: number, params: Record<string, PropertyValue>): number {
    let at = this.literal(index, PARAM_OPEN);
    if (at < 0) return -1;
    const keyEnd = this.stringEnd(at);
    if (keyEnd < 0 || this.escaped || keyEnd === at + 2) return -1;
    const key = this.stringAt(at, keyEnd);
    const fields = this.#valueFields;
    at = this.#exportValue(this.literal(keyEnd, STRING_VALUE_OPEN), 0);
    at = this.#exportValue(this.literal(at, INT_VALUE_OPEN), 1);
    at = this.#exportValue(this.literal(at, FLOAT_VALUE_OPEN), 2);
    at = this.#exportValue(this.literal(at, DOUBLE_VALUE_OPEN), 3);
    at = this.literal(at, PARAM_CLOSE);
    if (at < 0) return -1;
    const value = coalesceParamValue(fields[0], fields[1], fields[2], fields[3]);
    if (value === INVALID_PARAM_VALUE) return -1;
    setProperty(params, key, value);
    this.#paramKey = key;
    this.#paramValue = value;
    return at;
  }

  /**
   * Reads the typed field `slot` of a param value (string, int, float, double) at `index` into
   * the scratch slots: `null`, a string in the string or int field, or a number in a numeric one.
   * Returns its end, or -1 for anything else (or when `index` is -1).
   */
  #exportValue(index: number, slot: number): number {
    if (index < 0) return -1;
    const first = this.bytes[index] as number;
    let end = -1;
    if (first === LOWER_N) {
      end = this.literalEnd(index);
      this.#valueFields[slot] = null;
    } else if (first === QUOTE && slot < 2) {
      end = this.stringEnd(index);
      if (end >= 0)
        this.#valueFields[slot] = slot === 0 ? this.stringAt(index, end) : this.intValueAt(index, end);
    } else if (slot > 0 && (first === MINUS || DIGIT[first] === 1)) {
      end = this.numberEnd(index);
      if (end >= 0) this.#valueFields[slot] = this.valueAt(index, end);
    }
    return end;
  }

  /** Reads one `{"key": ..., "value": {...}}` param, members in any order; returns its end or -1. */
  #param(index: number, params: Record<string, PropertyValue>): number {
    const bytes = this.bytes;
    if (bytes[index] !== OPEN_BRACE) return -1;
    index = this.spaces(index + 1);
    const fields = this.#valueFields;
    fields.fill(null);
    let key: unknown;
    let seen = 0;
    if (bytes[index] !== CLOSE_BRACE) {
      for (;;) {
        const nameEnd = this.stringEnd(index);
        if (nameEnd < 0 || this.escaped) return -1;
        const member = this.is(index + 1, nameEnd - 1, KEY)
          ? 1
          : this.is(index + 1, nameEnd - 1, VALUE)
            ? 2
            : 0;
        index = this.afterColon(nameEnd);
        if (index < 0 || (seen & member) !== 0) return -1;
        seen |= member;
        if (member === 1) {
          const end = this.stringEnd(index);
          if (end < 0) return -1;
          key = this.stringAt(index, end);
          index = end;
        } else if (member === 2) {
          index = this.#valueObject(index);
        } else {
          index = this.skipValue(index);
        }
        if (index < 0) return -1;
        index = this.spaces(index);
        const next = bytes[index];
        if (next === CLOSE_BRACE) break;
        if (next !== COMMA) return -1;
        index = this.spaces(index + 1);
      }
    }
    if (typeof key !== "string" || key === "") return -1;
    const value = coalesceParamValue(fields[0], fields[1], fields[2], fields[3]);
    if (value === INVALID_PARAM_VALUE) return -1;
    setProperty(params, key, value);
    this.#paramKey = key;
    this.#paramValue = value;
    return index + 1;
  }

  /** Reads a param's `value` object of scalar fields into the scratch slots; returns its end or -1. */
  #valueObject(index: number): number {
    const bytes = this.bytes;
    if (bytes[index] === LOWER_N) return this.literalEnd(index);
    if (bytes[index] !== OPEN_BRACE) return -1;
    index = this.spaces(index + 1);
    if (bytes[index] === CLOSE_BRACE) return index + 1;
    const fields = this.#valueFields;
    let seen = 0;
    for (;;) {
      const nameEnd = this.stringEnd(index);
      if (nameEnd < 0 || this.escaped) return -1;
      let slot = -1;
      for (let candidate = 0; candidate < VALUE_FIELDS.length; candidate += 1) {
        if (this.is(index + 1, nameEnd - 1, VALUE_FIELDS[candidate] as Uint8Array)) slot = candidate;
      }
      index = this.afterColon(nameEnd);
      if (index < 0) return -1;
      if (slot < 0) {
        index = this.skipValue(index);
      } else {
        if ((seen & (1 << slot)) !== 0) return -1;
        seen |= 1 << slot;
        const end = this.scalarEnd(index);
        if (end < 0) return -1;
        fields[slot] = slot === 1 ? this.intValueAt(index, end) : this.valueAt(index, end);
        index = end;
      }
      if (index < 0) return -1;
      index = this.spaces(index);
      const next = bytes[index];
      if (next === CLOSE_BRACE) return index + 1;
      if (next !== COMMA) return -1;
      index = this.spaces(index + 1);
    }
  }
}
