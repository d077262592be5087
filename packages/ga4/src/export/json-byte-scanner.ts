import {
  BACKSLASH,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  DIGIT,
  DOT,
  ESCAPE,
  HEX,
  LOWER_E,
  LOWER_F,
  LOWER_N,
  LOWER_T,
  LOWER_U,
  MINUS,
  OPEN_BRACE,
  OPEN_BRACKET,
  PLUS,
  QUOTE,
  SPACE,
  STRING_STOP,
  UPPER_E,
} from "./json-byte-codes";

/** Nesting deeper than this is left to `JSON.parse`, which handles any depth. */
const MAX_DEPTH = 64;

const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

/** How many recently made short strings a scanner remembers (a power of two). */
const INTERNED = 4096;
const INTERNED_LENGTH = 64;
/** Strings of digits longer than this are made without the cache (see `ascii`). */
const LONG_NUMBER = 12;

/**
 * Reads JSON from UTF-8 bytes in place, checking its syntax as strictly as `JSON.parse`: strings
 * (escapes, raw control characters), numbers, literals, nesting. The tools a scanner for one kind
 * of row builds on ({@link RowScanner}): each returns where what it read ends, or -1 when the
 * bytes are not valid JSON, and decodes a value only when asked.
 */
export class JsonByteScanner {
  /** The bytes being read. */
  protected bytes: Uint8Array = new Uint8Array(0);
  /** Whether the string {@link JsonByteScanner.stringEnd} scanned last had an escape in it. */
  protected escaped = false;
  /** Whether the string {@link JsonByteScanner.stringEnd} scanned last had a non-ASCII byte in it. */
  protected wide = false;
  /** Whether a string scanned since this was last cleared had a non-ASCII byte in it. */
  nonAscii = false;
  private readonly depthKinds = new Uint8Array(MAX_DEPTH);
  // Short ASCII strings made lately, by a hash of their bytes: export rows repeat the same names,
  // keys and values, and finding one again is cheaper than making a new string.
  private readonly interned: (string | undefined)[] = new Array<string | undefined>(INTERNED).fill(undefined);

  protected spaces(index: number): number {
    const bytes = this.bytes;
    while (SPACE[bytes[index] as number] === 1) index += 1;
    return index;
  }

  /** Whether the bytes from `start` to `end` spell `name`. */
  protected is(start: number, end: number, name: Uint8Array): boolean {
    if (end - start !== name.length) return false;
    const bytes = this.bytes;
    for (let offset = 0; offset < name.length; offset += 1) {
      if (bytes[start + offset] !== name[offset]) return false;
    }
    return true;
  }

  /**
   * `index` is at an opening quote; returns the index after the closing one, or -1 for a string
   * that is not valid JSON (a bad escape, a raw control character, no closing quote). Sets
   * #escaped and #wide for that string.
   */
  protected stringEnd(index: number): number {
    const bytes = this.bytes;
    if (bytes[index] !== QUOTE) return -1;
    let escaped = false;
    let wide = false;
    let position = index + 1;
    for (;;) {
      while (STRING_STOP[bytes[position] as number] === 0) position += 1;
      const code = bytes[position] as number;
      if (code === QUOTE) break;
      if (code >= 128) {
        wide = true;
        position += 1;
      } else if (code === BACKSLASH) {
        const next = bytes[position + 1] as number;
        if (ESCAPE[next] !== 1) return -1;
        if (next === LOWER_U) {
          for (let digit = position + 2; digit < position + 6; digit += 1) {
            if (HEX[bytes[digit] as number] !== 1) return -1;
          }
          position += 6;
        } else {
          position += 2;
        }
        escaped = true;
      } else {
        return -1;
      }
    }
    this.escaped = escaped;
    this.wide = wide;
    if (wide) this.nonAscii = true;
    return position + 1;
  }

  /** The string from `start` (its opening quote) to `end` (after its closing quote), just scanned. */
  protected stringAt(start: number, end: number): string {
    const bytes = this.bytes;
    if (this.escaped) return JSON.parse(utf8.decode(bytes.subarray(start, end))) as string;
    return this.wide ? utf8.decode(bytes.subarray(start + 1, end - 1)) : this.ascii(start + 1, end - 1);
  }

  /** The JSON value from `start` to `end`, already validated. */
  protected valueAt(start: number, end: number): unknown {
    const bytes = this.bytes;
    const first = bytes[start];
    // Strings were scanned last, by #skipValue or #scalarEnd, which set #escaped and #wide.
    if (first === QUOTE) return this.stringAt(start, end);
    if (first === LOWER_N) return null;
    if (first === LOWER_T) return true;
    if (first === LOWER_F) return false;
    if (first === OPEN_BRACE || first === OPEN_BRACKET) {
      // A record or an array the event needs (traffic source, ecommerce, items): small and rare.
      return JSON.parse(utf8.decode(bytes.subarray(start, end)));
    }
    // A JSON number token reads to the same double with Number() as with JSON.parse.
    return Number(this.ascii(start, end));
  }

  /**
   * An `int_value` from `start` to `end`: a string of at most 15 digits (an INT64 as the export
   * writes it) read straight to the number that `coalesceParamValue` would make of it, else the
   * value as JSON gives it.
   */
  protected intValueAt(start: number, end: number): unknown {
    const bytes = this.bytes;
    if (bytes[start] !== QUOTE || this.escaped || this.wide) return this.valueAt(start, end);
    let position = start + 1;
    const negative = bytes[position] === MINUS;
    if (negative) position += 1;
    const digits = end - 1 - position;
    if (digits < 1 || digits > 15) return this.valueAt(start, end);
    let number = 0;
    for (; position < end - 1; position += 1) {
      const code = bytes[position] as number;
      if (DIGIT[code] !== 1) return this.valueAt(start, end);
      number = number * 10 + (code - 48);
    }
    return negative ? -number : number;
  }

  /** The ASCII bytes from `start` to `end` as a string, the same string TextDecoder would give. */
  protected ascii(start: number, end: number): string {
    const bytes = this.bytes;
    const length = end - start;
    if (length > INTERNED_LENGTH) return utf8.decode(bytes.subarray(start, end));
    // Long runs of digits are timestamps and ids, new in almost every row: looking them up finds
    // nothing, and remembering them would push out the names and values that do repeat.
    if (length > LONG_NUMBER && DIGIT[bytes[start] as number] === 1)
      return String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
    let hash = length;
    for (let position = start; position < end; position += 1) {
      hash = Math.imul(hash ^ (bytes[position] as number), 0x01000193);
    }
    const slot = (hash ^ (hash >>> 15)) & (INTERNED - 1);
    const known = this.interned[slot];
    if (known !== undefined && known.length === length) {
      let offset = 0;
      while (offset < length && known.charCodeAt(offset) === bytes[start + offset]) offset += 1;
      if (offset === length) return known;
    }
    const made = String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
    this.interned[slot] = made;
    return made;
  }

  protected numberEnd(index: number): number {
    const bytes = this.bytes;
    let code = bytes[index] as number;
    if (code === MINUS) code = bytes[++index] as number;
    if (code === 48) {
      code = bytes[++index] as number;
    } else if (DIGIT[code] === 1) {
      do code = bytes[++index] as number;
      while (DIGIT[code] === 1);
    } else {
      return -1;
    }
    if (code === DOT) {
      code = bytes[++index] as number;
      if (DIGIT[code] !== 1) return -1;
      do code = bytes[++index] as number;
      while (DIGIT[code] === 1);
    }
    if (code === LOWER_E || code === UPPER_E) {
      code = bytes[++index] as number;
      if (code === PLUS || code === MINUS) code = bytes[++index] as number;
      if (DIGIT[code] !== 1) return -1;
      do code = bytes[++index] as number;
      while (DIGIT[code] === 1);
    }
    return index;
  }

  /** Whether the bytes of `literal` ("null", "true", "false") are at `index`; returns its end or -1. */
  protected literalEnd(index: number): number {
    const bytes = this.bytes;
    const code = bytes[index];
    if (code === LOWER_N) {
      return bytes[index + 1] === 117 && bytes[index + 2] === 108 && bytes[index + 3] === 108
        ? index + 4
        : -1;
    }
    if (code === LOWER_T) {
      return bytes[index + 1] === 114 && bytes[index + 2] === 117 && bytes[index + 3] === 101
        ? index + 4
        : -1;
    }
    return bytes[index + 1] === 97 &&
      bytes[index + 2] === 108 &&
      bytes[index + 3] === 115 &&
      bytes[index + 4] === 101
      ? index + 5
      : -1;
  }

  /** Skips one scalar (string, number, literal) at `index`; returns its end or -1. */
  protected scalarEnd(index: number): number {
    const code = this.bytes[index];
    if (code === QUOTE) return this.stringEnd(index);
    if (code === LOWER_N || code === LOWER_T || code === LOWER_F) return this.literalEnd(index);
    return this.numberEnd(index);
  }

  /** Skips one JSON value at `index`, checking its syntax; returns its end or -1. */
  protected skipValue(index: number): number {
    const bytes = this.bytes;
    const kinds = this.depthKinds;
    let depth = 0;
    for (;;) {
      // Expect a value.
      const code = bytes[index];
      if (code === OPEN_BRACE || code === OPEN_BRACKET) {
        index = this.spaces(index + 1);
        const closer = code === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET;
        if (bytes[index] === closer) {
          index += 1;
        } else {
          if (depth === MAX_DEPTH) return -1;
          kinds[depth++] = code;
          if (code === OPEN_BRACE) {
            index = this.memberName(index);
            if (index < 0) return -1;
          }
          continue;
        }
      } else {
        index = this.scalarEnd(index);
        if (index < 0) return -1;
      }
      // After a value: close containers, or move to the next element or member.
      for (;;) {
        if (depth === 0) return index;
        index = this.spaces(index);
        const next = bytes[index];
        const container = kinds[depth - 1];
        if (next === COMMA) {
          index = this.spaces(index + 1);
          if (container === OPEN_BRACE) {
            index = this.memberName(index);
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
  protected memberName(index: number): number {
    const end = this.stringEnd(index);
    return end < 0 ? -1 : this.afterColon(end);
  }

  /** Skips spaces, a colon and spaces after a member name ending at `index`; returns the value's index or -1. */
  protected afterColon(index: number): number {
    index = this.spaces(index);
    return this.bytes[index] === COLON ? this.spaces(index + 1) : -1;
  }

  /** The index after `literal` if its bytes are at `index` (-1 gives -1), else -1. */
  protected literal(index: number, literal: Uint8Array): number {
    if (index < 0) return -1;
    const bytes = this.bytes;
    for (let offset = 0; offset < literal.length; offset += 1) {
      if (bytes[index + offset] !== literal[offset]) return -1;
    }
    return index + literal.length;
  }
}
