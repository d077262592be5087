// Characters that could end a line comment in some engine, or that a reader cannot see.
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/**
 * A user's text (a journey or step name) made safe for a `--` line comment: no character that can
 * end the comment, so nothing after it can become SQL, and at most 80 characters.
 */
export function commentText(text: string): string {
  const clean = text.replace(UNSAFE, " ");
  return clean.length > 80 ? `${clean.slice(0, 79)}…` : clean;
}

/** A value shown in a comment: quoted, made safe. */
export function quotedForComment(text: string): string {
  return `"${commentText(text)}"`;
}
