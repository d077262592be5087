import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitAt, toAsyncIterable } from "../testing/input-forms";
import { encodeBytes } from "./encode-bytes";

const BOM = [0xef, 0xbb, 0xbf];

async function encodeAll(chunks: readonly (Uint8Array | string)[]) {
  const out: Uint8Array[] = [];
  let counted = 0;
  for await (const bytes of encodeBytes(toAsyncIterable(chunks), (count) => (counted += count)))
    out.push(bytes);
  return { out, counted };
}

function joined(parts: readonly Uint8Array[]): number[] {
  return parts.flatMap((part) => [...part]);
}

describe("encodeBytes", () => {
  it("passes a large first chunk through without copying it, with or without a byte order mark", async () => {
    const body = new TextEncoder().encode('{"event_name":"page_view"}\n'.repeat(1000));
    const plain = await encodeAll([body]);
    expect(plain.out).toHaveLength(1);
    expect(plain.out[0]).toBe(body);

    const withBom = new Uint8Array([...BOM, ...body]);
    const stripped = await encodeAll([withBom]);
    expect(stripped.out).toHaveLength(1);
    expect(stripped.out[0]?.buffer).toBe(withBom.buffer);
    expect(joined(stripped.out)).toEqual([...body]);
    expect(stripped.counted).toBe(withBom.length);
  });

  it("keeps bytes that only start like a byte order mark", async () => {
    const almost = new Uint8Array([0xef, 0xbb, 0x41, 0x0a]);
    for (const pieces of [[almost], splitAt(almost, [1]), splitAt(almost, [1, 2]), splitAt(almost, [2])]) {
      expect(joined((await encodeAll(pieces)).out)).toEqual([...almost]);
    }
    // An input that is nothing but the start of a byte order mark is kept too.
    expect(joined((await encodeAll([new Uint8Array([0xef, 0xbb])])).out)).toEqual([0xef, 0xbb]);
  });

  it("drops exactly one byte order mark however the chunks are cut (fast-check)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.uint8Array({ maxLength: 12 }),
        fc.array(fc.nat({ max: 16 }), { maxLength: 5 }),
        async (bom, rest, cuts) => {
          const input = new Uint8Array([...(bom ? BOM : []), ...rest]);
          const { out, counted } = await encodeAll(splitAt(input, cuts));
          const startsWithBom = BOM.every((byte, index) => input[index] === byte);
          expect(joined(out)).toEqual([...(startsWithBom ? input.subarray(BOM.length) : input)]);
          expect(counted).toBe(input.length);
          expect(out.every((part) => part.length > 0)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
