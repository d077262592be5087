/** A small seeded generator (mulberry32), so every run of the kit tries the same inputs. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Offsets in 1..length-1 to split or truncate at: all of them up to `exhaustiveBytes`, otherwise
 * `samples` spread at random (plus the first and last few, where headers and endings are).
 */
export function offsetsToTry(length: number, exhaustiveBytes: number, samples = 200): number[] {
  if (length <= exhaustiveBytes)
    return Array.from({ length: Math.max(0, length - 1) }, (_, index) => index + 1);
  const random = seededRandom(length);
  const offsets = new Set<number>();
  for (let index = 1; index <= 8; index++) offsets.add(index).add(length - index);
  while (offsets.size < samples) offsets.add(1 + Math.floor(random() * (length - 1)));
  return [...offsets].sort((a, b) => a - b);
}

const encoder = new TextEncoder();

/** Inputs no adapter should accept as they are, each with a name for failure messages. */
export function garbageInputs(): { name: string; input: Uint8Array }[] {
  const texts: [string, string][] = [
    ["a lone quote", '"'],
    ["an unterminated quoted field", 'a,"b\nc,d\n'],
    ["quotes and commas", '"""",,"",\n,,,\n'],
    ["only newlines", "\n\r\n\r\r\n\n"],
    ["control characters", "\u0000\u0001\u0002\u001b\u007f\n"],
    ["a replacement character and lone surrogates", "\uFFFD\uD800\uDC00x\uDBFF\n"],
    ["an unclosed JSON object", '{"a":'],
    ["JSON of the wrong shape", '[1,"x",null,true,{}]\n{"a":[{"b":{}}]}\nnull\n42\n'],
    ["numbers out of range", "1e309,-1e309,NaN,Infinity,-0\n"],
    [
      "deep nesting",
      `${"[".repeat(10_000)}${"]".repeat(10_000)}\n${'{"a":'.repeat(5_000)}1${"}".repeat(5_000)}\n`,
    ],
    ["a huge line", `${"x".repeat(200_000)}\n`],
    [
      "prototype keys",
      '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}\n__proto__,constructor,prototype\n',
    ],
  ];
  const inputs = texts.map(([name, text]) => ({ name, input: encoder.encode(text) }));
  inputs.push({
    name: "invalid UTF-8",
    input: new Uint8Array([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80, 0x0a, 0xe2, 0x82]),
  });
  const random = seededRandom(0x9e3779b9);
  for (let index = 0; index < 24; index++) {
    const bytes = new Uint8Array(Math.floor(random() * 300));
    for (let at = 0; at < bytes.length; at++) bytes[at] = Math.floor(random() * 256);
    inputs.push({ name: `random bytes #${index + 1}`, input: bytes });
  }
  return inputs;
}

const noise = [0x22, 0x2c, 0x0a, 0x0d, 0x7b, 0x7d, 0x5b, 0x5d, 0x5c, 0x3a, 0x00, 0xff, 0xc3];

/** Small random edits of `bytes`: a byte replaced by a delimiter or junk, a span deleted or repeated. */
export function mutationsOf(bytes: Uint8Array, count: number, seed: number): Uint8Array[] {
  const random = seededRandom(seed);
  const pick = (limit: number) => Math.floor(random() * limit);
  const mutations: Uint8Array[] = [];
  for (let index = 0; index < count && bytes.length > 0; index++) {
    const at = pick(bytes.length);
    const span = 1 + pick(Math.min(40, bytes.length - at));
    const kind = index % 3;
    if (kind === 0) {
      const copy = bytes.slice();
      copy[at] = noise[pick(noise.length)] ?? 0;
      mutations.push(copy);
    } else if (kind === 1) {
      mutations.push(new Uint8Array([...bytes.subarray(0, at), ...bytes.subarray(at + span)]));
    } else {
      mutations.push(new Uint8Array([...bytes.subarray(0, at + span), ...bytes.subarray(at)]));
    }
  }
  return mutations;
}
