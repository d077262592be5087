/**
 * Splits text chunks into lines at `\n`, dropping one `\r` before it (CRLF files), wherever the
 * chunk boundaries fall. A last line without a newline is still a line; the empty string after a
 * final newline is not. `position.line` is set to the 1-based number of each line before it is
 * yielded, so the consumer always knows where it is.
 */
export async function* splitLines(
  chunks: AsyncIterable<string>,
  position: { line: number },
): AsyncGenerator<string> {
  let pending = "";
  for await (const chunk of chunks) {
    let start = 0;
    let end = chunk.indexOf("\n");
    while (end !== -1) {
      const piece = chunk.slice(start, end);
      let line = pending === "" ? piece : pending + piece;
      pending = "";
      if (line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);
      position.line += 1;
      yield line;
      start = end + 1;
      end = chunk.indexOf("\n", start);
    }
    if (start < chunk.length) pending += chunk.slice(start);
  }
  if (pending !== "") {
    position.line += 1;
    yield pending.charCodeAt(pending.length - 1) === 13 ? pending.slice(0, -1) : pending;
  }
}
