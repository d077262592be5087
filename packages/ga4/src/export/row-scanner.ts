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

const INVALID: unique symbol = Symbol("invalid");

/** Nesting deeper than this is left to `JSON.parse`, which handles any depth. */
const MAX_DEPTH = 64;

// The fields of a param's value, in the scratch slots' order (and the export's).
const VALUE_FIELDS = ["string_value", "int_value", "float_value", "double_value"] as const;

/** Where a wanted top-level member goes: a field, or the params. */
type Target = keyof Ga4RowFields | typeof PARAMS;
const PARAMS = "event_params";

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
  readonly #columns: ReadonlyMap<string, Target>;
  // The wanted column names by length, so that a key is matched in place, without a new string.
  readonly #columnsByLength: (readonly (readonly [string, Target])[] | undefined)[] = [];
  readonly #depthKinds = new Uint8Array(MAX_DEPTH);
  #text = "";
  // Whether the string #stringEnd last scanned had an escape in it.
  #escaped = false;
  // Scratch slots for one param value's four fields, reused to avoid an object per param.
  readonly #valueFields: unknown[] = [null, null, null, null];

  constructor(columns: readonly ExportColumn[]) {
    const targets: [string, Target][] = columns.map((column) => [column, EXPORT_COLUMNS[column]]);
    targets.push(["event_params", PARAMS]);
    this.#columns = new Map(targets);
    for (const entry of targets) {
      const length = entry[0].length;
      this.#columnsByLength[length] = [...(this.#columnsByLength[length] ?? []), entry];
    }
  }

  /** Decodes `text` exactly as the reference would, or returns `undefined` to ask for it. */
  scan(text: string): RowDecoding | undefined {
    this.#text = text;
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
      const target = this.#targetOf(index, keyEnd);
      if (target === INVALID) return undefined;
      index = this.#afterColon(keyEnd);
      if (index < 0) return undefined;
      if (target === PARAMS) {
        // A repeated key replaces the earlier value, as in JSON.parse.
        params = {};
        index = this.#params(index, params);
      } else {
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

  /** What the member name between `start` and `end` is wanted for, without making a string of it. */
  #targetOf(start: number, end: number): Target | undefined | typeof INVALID {
    if (this.#escaped) {
      const name = this.#stringAt(start, end);
      return name === undefined ? INVALID : this.#columns.get(name);
    }
    const candidates = this.#columnsByLength[end - start - 2];
    if (candidates === undefined) return undefined;
    for (const [name, target] of candidates) if (this.#text.startsWith(name, start + 1)) return target;
    return undefined;
  }

  /** Whether the string between `start` and `end` (just scanned by #stringEnd) is `name`. */
  #is(start: number, end: number, name: string): boolean {
    if (this.#escaped) return this.#stringAt(start, end) === name;
    return end - start - 2 === name.length && this.#text.startsWith(name, start + 1);
  }

  /**
   * `index` is at an opening quote; returns the index after the closing one, or -1 for a string
   * that is not valid JSON (a bad escape, a raw control character, no closing quote). Strings in
   * export rows are short, so a character loop beats a call to indexOf.
   */
  #stringEnd(index: number): number {
    const text = this.#text;
    if (text.charCodeAt(index) !== QUOTE) return -1;
    let escaped = false;
    let position = index + 1;
    for (;;) {
      const code = text.charCodeAt(position);
      if (code === QUOTE) {
        this.#escaped = escaped;
        return position + 1;
      }
      // Also true for NaN, past the end of the text.
      if (!(code >= SPACE)) return -1;
      if (code === BACKSLASH) {
        const next = text.charCodeAt(position + 1);
        if (next === LOWER_U) {
          for (let digit = position + 2; digit < position + 6; digit += 1) {
            if (!isHexDigit(text.charCodeAt(digit))) return -1;
          }
          position += 6;
        } else if (
          next === QUOTE ||
          next === BACKSLASH ||
          next === 47 || // "/"
          next === 98 || // "b"
          next === LOWER_F ||
          next === LOWER_N ||
          next === 114 || // "r"
          next === LOWER_T
        ) {
          position += 2;
        } else {
          return -1;
        }
        escaped = true;
      } else {
        position += 1;
      }
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
    if (first === LOWER_T) return true;
    if (first === LOWER_F) return false;
    // A JSON number token reads to the same double with Number() as with JSON.parse.
    if (first === MINUS || isDigit(first)) return Number(this.#text.slice(start, end));
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
      const canonical = this.#canonicalParam(index, params);
      index = canonical < 0 ? this.#param(index, params) : canonical;
      if (index < 0) return -1;
      index = this.#spaces(index);
      const next = text.charCodeAt(index);
      if (next === CLOSE_BRACKET) return index + 1;
      if (next !== COMMA) return -1;
      index = this.#spaces(index + 1);
    }
  }

  /** Whether `literal` is at `index`; returns the index after it, or -1. */
  #literal(index: number, literal: string): number {
    const text = this.#text;
    for (let offset = 0; offset < literal.length; offset += 1) {
      if (text.charCodeAt(index + offset) !== literal.charCodeAt(offset)) return -1;
    }
    return index + literal.length;
  }

  /** Reads a `null`, a string or a number into scratch slot `slot`; returns its end or -1. */
  #canonicalScalar(index: number, slot: number): number {
    const text = this.#text;
    const first = text.charCodeAt(index);
    const end =
      first === LOWER_N
        ? this.#literal(index, "null")
        : first === QUOTE
          ? this.#stringEnd(index)
          : this.#numberEnd(index);
    if (end < 0) return -1;
    const value =
      first === LOWER_N
        ? null
        : first === QUOTE
          ? this.#stringAt(index, end)
          : Number(text.slice(index, end));
    if (value === undefined) return -1;
    this.#valueFields[slot] = value;
    return end;
  }

  /**
   * Reads a param written exactly as BigQuery writes it, keys in its order and no spaces:
   * `{"key":"k","value":{"string_value":...,"int_value":...,"float_value":...,"double_value":...}}`.
   * Returns its end, or -1 to let #param read it the general way.
   */
  #canonicalParam(index: number, params: Record<string, PropertyValue>): number {
    let position = this.#literal(index, '{"key":');
    if (position < 0) return -1;
    const keyEnd = this.#stringEnd(position);
    if (keyEnd < 0) return -1;
    const key = this.#stringAt(position, keyEnd);
    position = this.#literal(keyEnd, ',"value":{"string_value":');
    if (position < 0) return -1;
    position = this.#canonicalScalar(position, 0);
    if (position >= 0) position = this.#literal(position, ',"int_value":');
    if (position >= 0) position = this.#canonicalScalar(position, 1);
    if (position >= 0) position = this.#literal(position, ',"float_value":');
    if (position >= 0) position = this.#canonicalScalar(position, 2);
    if (position >= 0) position = this.#literal(position, ',"double_value":');
    if (position >= 0) position = this.#canonicalScalar(position, 3);
    if (position >= 0) position = this.#literal(position, "}}");
    if (position < 0) return -1;
    const fields = this.#valueFields;
    return addParam(params, key, fields[0], fields[1], fields[2], fields[3]) ? position : -1;
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
        const isKey = this.#is(index, nameEnd, "key");
        const isValue = !isKey && this.#is(index, nameEnd, "value");
        index = this.#afterColon(nameEnd);
        if (index < 0) return -1;
        if (isKey) {
          const end = this.#scalarEnd(index);
          if (end < 0 || text.charCodeAt(index) !== QUOTE) return -1;
          key = this.#stringAt(index, end);
          index = end;
        } else if (isValue) {
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

  /** Which scratch slot the value field named between `start` and `end` goes to, if any. */
  #valueSlot(start: number, end: number): number | undefined {
    for (let slot = 0; slot < VALUE_FIELDS.length; slot += 1) {
      if (this.#is(start, end, VALUE_FIELDS[slot] as string)) return slot;
    }
    return undefined;
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
      const slot = this.#valueSlot(index, nameEnd);
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
