import type { PropertyValue } from "@journeykit/core";
import {
  addParam,
  EXPORT_COLUMNS,
  type ExportColumn,
  type Ga4RowFields,
  type RowDecoding,
} from "./row-decoding";

const QUOTE = 34;
const BACKSLASH = 92;
const SPACE = 32;
const COMMA = 44;
const COLON = 58;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const MINUS = 45;
const DOT = 46;
const ZERO = 48;
const NINE = 57;
const LOWER_E = 101;
const UPPER_E = 69;
const PLUS = 43;
const LOWER_N = 110;
const LOWER_T = 116;
const LOWER_F = 102;
const LOWER_U = 117;

/** Nesting deeper than this is left to `JSON.parse`, which handles any depth. */
const MAX_DEPTH = 64;

// Control characters (raw tabs and newlines included) make a row invalid inside a string and are
// rare outside one, so a row with any of them goes to the reference decoder; the scanner can
// then hop over string contents with indexOf instead of looking at every character.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u001f]/;

const VALUE_FIELDS: ReadonlyMap<string, number> = new Map([
  ["string_value", 0],
  ["int_value", 1],
  ["float_value", 2],
  ["double_value", 3],
]);

function isDigit(code: number): boolean {
  return code >= ZERO && code <= NINE;
}

function isHexDigit(code: number): boolean {
  return isDigit(code) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

/**
 * The fast path for BigQuery export rows: a scanner that validates the whole row as JSON but
 * builds only what an event needs (the wanted columns and the event params), hopping over string
 * contents and skipping unwanted columns without creating objects for them.
 *
 * `scan` returns `undefined` whenever it is not sure (any control character, nesting deeper than
 * 64, a param or value of an unexpected shape, anything that is not valid JSON); the caller then
 * decodes the row with `decodeRowReference`, so the result is always the reference's.
 */
export class RowScanner {
  readonly #columns: ReadonlyMap<string, keyof Ga4RowFields>;
  readonly #depthKinds = new Uint8Array(MAX_DEPTH);
  #text = "";
  #nextBackslash = -1;
  // Whether the string #stringEnd last scanned had an escape in it.
  #escaped = false;
  // Scratch slots for one param value's four fields, reused to avoid an object per param.
  readonly #valueFields: unknown[] = [null, null, null, null];

  constructor(columns: readonly ExportColumn[]) {
    this.#columns = new Map(columns.map((column) => [column, EXPORT_COLUMNS[column]]));
  }

  /** Decodes `text` exactly as the reference would, or returns `undefined` to ask for it. */
  scan(text: string): RowDecoding | undefined {
    if (CONTROL_CHARACTER.test(text)) return undefined;
    this.#text = text;
    this.#nextBackslash = text.indexOf("\\");
    const fields: Ga4RowFields = {};
    let params: Record<string, PropertyValue> = {};
    let index = this.#spaces(0);
    if (text.charCodeAt(index) !== OPEN_BRACE) return undefined;
    index = this.#spaces(index + 1);
    if (text.charCodeAt(index) === CLOSE_BRACE) {
      return this.#spaces(index + 1) === text.length ? { fields, params } : undefined;
    }
    for (;;) {
      const keyEnd = this.#stringEnd(index);
      if (keyEnd < 0) return undefined;
      const key = this.#stringAt(index, keyEnd);
      if (key === undefined) return undefined;
      index = this.#afterColon(keyEnd);
      if (index < 0) return undefined;
      if (key === "event_params") {
        // A repeated key replaces the earlier value, as in JSON.parse.
        params = {};
        index = this.#params(index, params);
      } else {
        const target = this.#columns.get(key);
        if (target === undefined) {
          index = this.#skipValue(index);
        } else {
          const end = this.#skipValue(index);
          if (end < 0) return undefined;
          const value = this.#valueAt(index, end);
          if (value === INVALID) return undefined;
          fields[target] = value;
          index = end;
        }
      }
      if (index < 0) return undefined;
      index = this.#spaces(index);
      const next = text.charCodeAt(index);
      if (next === COMMA) {
        index = this.#spaces(index + 1);
        continue;
      }
      if (next !== CLOSE_BRACE) return undefined;
      if (this.#spaces(index + 1) !== text.length) return undefined;
      return { fields, params };
    }
  }

  #spaces(index: number): number {
    const text = this.#text;
    while (text.charCodeAt(index) === SPACE) index += 1;
    return index;
  }

  /** `index` is at an opening quote; returns the index after the closing one, or -1. */
  #stringEnd(index: number): number {
    const text = this.#text;
    if (text.charCodeAt(index) !== QUOTE) return -1;
    this.#escaped = false;
    let from = index + 1;
    for (;;) {
      const quote = text.indexOf('"', from);
      if (quote < 0) return -1;
      const backslash = this.#nextBackslash;
      if (backslash < 0 || backslash > quote) return quote + 1;
      if (backslash < from) return -1; // a backslash outside a string: not JSON
      const escaped = text.charCodeAt(backslash + 1);
      let after = backslash + 2;
      if (escaped === LOWER_U) {
        for (let digit = backslash + 2; digit < backslash + 6; digit += 1) {
          if (!isHexDigit(text.charCodeAt(digit))) return -1;
        }
        after = backslash + 6;
      } else if (
        escaped !== QUOTE &&
        escaped !== BACKSLASH &&
        escaped !== 47 && // "/"
        escaped !== 98 && // "b"
        escaped !== LOWER_F &&
        escaped !== LOWER_N &&
        escaped !== 114 && // "r"
        escaped !== LOWER_T
      ) {
        return -1;
      }
      this.#escaped = true;
      this.#nextBackslash = text.indexOf("\\", after);
      from = after;
    }
  }

  /**
   * The string between `start` (its opening quote) and `end` (after its closing quote); call it
   * right after #stringEnd scanned that string.
   */
  #stringAt(start: number, end: number): string | undefined {
    if (!this.#escaped) return this.#text.slice(start + 1, end - 1);
    try {
      return JSON.parse(this.#text.slice(start, end)) as string;
    } catch {
      return undefined;
    }
  }

  /** The JSON value between `start` and `end`, or {@link INVALID}. */
  #valueAt(start: number, end: number): unknown {
    const first = this.#text.charCodeAt(start);
    if (first === QUOTE) return this.#stringAt(start, end) ?? INVALID;
    if (first === LOWER_N) return null;
    try {
      return JSON.parse(this.#text.slice(start, end));
    } catch {
      return INVALID;
    }
  }

  #numberEnd(index: number): number {
    const text = this.#text;
    let code = text.charCodeAt(index);
    if (code === MINUS) code = text.charCodeAt(++index);
    if (code === ZERO) {
      code = text.charCodeAt(++index);
    } else if (isDigit(code)) {
      do code = text.charCodeAt(++index);
      while (isDigit(code));
    } else {
      return -1;
    }
    if (code === DOT) {
      code = text.charCodeAt(++index);
      if (!isDigit(code)) return -1;
      do code = text.charCodeAt(++index);
      while (isDigit(code));
    }
    if (code === LOWER_E || code === UPPER_E) {
      code = text.charCodeAt(++index);
      if (code === PLUS || code === MINUS) code = text.charCodeAt(++index);
      if (!isDigit(code)) return -1;
      do code = text.charCodeAt(++index);
      while (isDigit(code));
    }
    return index;
  }

  /** Skips one scalar (string, number, literal) at `index`; returns its end or -1. */
  #scalarEnd(index: number): number {
    const text = this.#text;
    const code = text.charCodeAt(index);
    if (code === QUOTE) return this.#stringEnd(index);
    if (code === LOWER_N) return text.startsWith("null", index) ? index + 4 : -1;
    if (code === LOWER_T) return text.startsWith("true", index) ? index + 4 : -1;
    if (code === LOWER_F) return text.startsWith("false", index) ? index + 5 : -1;
    return this.#numberEnd(index);
  }

  /** Skips one JSON value at `index`, checking its syntax; returns its end or -1. */
  #skipValue(index: number): number {
    const text = this.#text;
    const kinds = this.#depthKinds;
    let depth = 0;
    for (;;) {
      // Expect a value.
      const code = text.charCodeAt(index);
      if (code === OPEN_BRACE || code === OPEN_BRACKET) {
        index = this.#spaces(index + 1);
        const closer = code === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET;
        if (text.charCodeAt(index) === closer) {
          index += 1;
        } else {
          if (depth === MAX_DEPTH) return -1;
          kinds[depth++] = code;
          if (code === OPEN_BRACE) {
            index = this.#memberName(index);
            if (index < 0) return -1;
          }
          continue;
        }
      } else {
        index = this.#scalarEnd(index);
        if (index < 0) return -1;
      }
      // After a value: close containers, or move to the next element or member.
      for (;;) {
        if (depth === 0) return index;
        index = this.#spaces(index);
        const next = text.charCodeAt(index);
        const container = kinds[depth - 1];
        if (next === COMMA) {
          index = this.#spaces(index + 1);
          if (container === OPEN_BRACE) {
            index = this.#memberName(index);
            if (index < 0) return -1;
          }
          break;
        }
        if (next !== (container === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET)) return -1;
        depth -= 1;
        index += 1;
      }
    }
  }

  /** Skips `"name" :` and the spaces after it; returns the index of the value or -1. */
  #memberName(index: number): number {
    const end = this.#stringEnd(index);
    return end < 0 ? -1 : this.#afterColon(end);
  }

  /** Skips spaces, a colon and spaces after a member name ending at `index`; returns the value's index or -1. */
  #afterColon(index: number): number {
    index = this.#spaces(index);
    return this.#text.charCodeAt(index) === COLON ? this.#spaces(index + 1) : -1;
  }

  /** Reads `event_params` at `index` into `params`; returns its end or -1. */
  #params(index: number, params: Record<string, PropertyValue>): number {
    const text = this.#text;
    const first = text.charCodeAt(index);
    if (first === LOWER_N) return text.startsWith("null", index) ? index + 4 : -1;
    if (first !== OPEN_BRACKET) return -1;
    index = this.#spaces(index + 1);
    if (text.charCodeAt(index) === CLOSE_BRACKET) return index + 1;
    for (;;) {
      index = this.#param(index, params);
      if (index < 0) return -1;
      index = this.#spaces(index);
      const next = text.charCodeAt(index);
      if (next === CLOSE_BRACKET) return index + 1;
      if (next !== COMMA) return -1;
      index = this.#spaces(index + 1);
    }
  }

  /** Reads one `{"key": ..., "value": {...}}` param; returns its end or -1. */
  #param(index: number, params: Record<string, PropertyValue>): number {
    const text = this.#text;
    if (text.charCodeAt(index) !== OPEN_BRACE) return -1;
    index = this.#spaces(index + 1);
    const fields = this.#valueFields;
    fields.fill(null);
    let key: unknown;
    if (text.charCodeAt(index) !== CLOSE_BRACE) {
      for (;;) {
        const nameEnd = this.#stringEnd(index);
        if (nameEnd < 0) return -1;
        const name = this.#stringAt(index, nameEnd);
        index = this.#afterColon(nameEnd);
        if (index < 0) return -1;
        if (name === "key") {
          const end = this.#scalarEnd(index);
          if (end < 0 || text.charCodeAt(index) !== QUOTE) return -1;
          key = this.#stringAt(index, end);
          index = end;
        } else if (name === "value") {
          fields.fill(null);
          index = this.#valueObject(index);
        } else {
          index = this.#skipValue(index);
        }
        if (index < 0) return -1;
        index = this.#spaces(index);
        const next = text.charCodeAt(index);
        if (next === CLOSE_BRACE) break;
        if (next !== COMMA) return -1;
        index = this.#spaces(index + 1);
      }
    }
    return addParam(params, key, fields[0], fields[1], fields[2], fields[3]) ? index + 1 : -1;
  }

  /** Reads a param's `value` object of scalar fields into the scratch slots; returns its end or -1. */
  #valueObject(index: number): number {
    const text = this.#text;
    if (text.charCodeAt(index) === LOWER_N) return text.startsWith("null", index) ? index + 4 : -1;
    if (text.charCodeAt(index) !== OPEN_BRACE) return -1;
    index = this.#spaces(index + 1);
    if (text.charCodeAt(index) === CLOSE_BRACE) return index + 1;
    const fields = this.#valueFields;
    for (;;) {
      const nameEnd = this.#stringEnd(index);
      if (nameEnd < 0) return -1;
      const slot = VALUE_FIELDS.get(this.#stringAt(index, nameEnd) ?? "");
      index = this.#afterColon(nameEnd);
      if (index < 0) return -1;
      if (slot === undefined) {
        index = this.#skipValue(index);
      } else {
        const end = this.#scalarEnd(index);
        if (end < 0) return -1;
        const value = this.#valueAt(index, end);
        if (value === INVALID) return -1;
        fields[slot] = value;
        index = end;
      }
      if (index < 0) return -1;
      index = this.#spaces(index);
      const next = text.charCodeAt(index);
      if (next === CLOSE_BRACE) return index + 1;
      if (next !== COMMA) return -1;
      index = this.#spaces(index + 1);
    }
  }
}

const INVALID: unique symbol = Symbol("invalid");
