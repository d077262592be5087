// Characters XML 1.0 cannot carry at all, not even as character references: C0 controls other
// than tab, line feed and carriage return, lone surrogates, and U+FFFE / U+FFFF.
const NOT_XML_CHARACTER =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters to find
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITY: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/**
 * Escapes user text for XML and HTML text and attribute values. Characters that XML cannot hold
 * are replaced by U+FFFD (visible, so nothing disappears silently).
 */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML_CHARACTER, "\uFFFD")
    .replace(/[&<>"']/g, (character) => ENTITY[character] ?? "");
}
