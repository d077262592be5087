import { createSurrogateJoiner } from "../util/surrogate-joiner";
import { utf8ByteLength } from "../util/utf8-byte-length";
import { REPLACEMENT_CHARACTER, withoutByteOrderMark } from "./text-rules";

/** What decoding reports back to the read: bytes consumed, and text that had U+FFFD in it. */
export interface DecodeHooks {
  addBytes(count: number): void;
  replacementCharacter(): void;
}

/**
 * Turns raw chunks into text. Bytes are decoded as UTF-8 in stream mode, so a character split
 * across chunks survives; string chunks keep a trailing high surrogate back until the next chunk,
 * so a pair split across string chunks survives too. A leading byte order mark is dropped, whether
 * it came as bytes or as text, and invalid bytes become U+FFFD (as BigQuery load jobs do), which
 * is reported through `hooks` so the read can warn.
 */
export async function* decodeText(
  chunks: AsyncIterable<Uint8Array | string>,
  hooks: DecodeHooks,
): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  let atStart = true;
  const joiner = createSurrogateJoiner();
  let replacementSeen = false;

  function emit(text: string): string {
    let out = text;
    if (atStart && out.length > 0) {
      atStart = false;
      out = withoutByteOrderMark(out);
    }
    if (!replacementSeen && out.includes(REPLACEMENT_CHARACTER)) {
      replacementSeen = true;
      hooks.replacementCharacter();
    }
    return out;
  }

  for await (const chunk of chunks) {
    let text: string;
    if (typeof chunk === "string") {
      const whole = joiner.take(chunk);
      hooks.addBytes(utf8ByteLength(whole));
      text = decoder.decode() + whole;
    } else {
      const held = joiner.flush();
      hooks.addBytes(utf8ByteLength(held));
      hooks.addBytes(chunk.byteLength);
      text = held + decoder.decode(chunk, { stream: true });
    }
    text = emit(text);
    if (text.length > 0) yield text;
  }
  const held = joiner.flush();
  hooks.addBytes(utf8ByteLength(held));
  const rest = emit(decoder.decode() + held);
  if (rest.length > 0) yield rest;
}
