import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { svgTexts, xmlProblem } from "../../test/svg-xml";
import { escapeXml } from "./escape-xml";

/** The Char production of XML 1.0 (fifth edition), section 2.2. */
const isXmlChar = (codePoint: number) =>
  codePoint === 0x9 ||
  codePoint === 0xa ||
  codePoint === 0xd ||
  (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
  (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
  (codePoint >= 0x10000 && codePoint <= 0x10ffff);

const asXmlText = (text: string) =>
  `<svg><text>${escapeXml(text)}</text><g data-x="${escapeXml(text)}"/></svg>`;

describe("escapeXml", () => {
  it("escapes markup characters", () => {
    expect(escapeXml(`<a href="x">Fish & 'chips'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Fish &amp; &apos;chips&apos;&lt;/a&gt;",
    );
  });

  it("replaces characters XML cannot hold with U+FFFD, so they show instead of vanishing", () => {
    expect(escapeXml("a\u0000b\u001Fc\uD800d\uFFFF")).toBe("a\uFFFDb\uFFFDc\uFFFDd\uFFFD");
    expect(escapeXml("tab\tline\nemoji 😀")).toBe("tab\tline\nemoji 😀");
  });

  it("round-trips any text through a real XML parser, in text and in attributes", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (text) => {
        const xml = asXmlText(` ${text} `.replace(/\s/g, "_"));
        expect(xmlProblem(xml)).toBe(true);
        const expected = Array.from(` ${text} `.replace(/\s/g, "_"), (character) =>
          isXmlChar(character.codePointAt(0) ?? 0) ? character : "\uFFFD",
        ).join("");
        expect(svgTexts(xml)).toEqual([expected]);
      }),
      { numRuns: 200 },
    );
  });
});
