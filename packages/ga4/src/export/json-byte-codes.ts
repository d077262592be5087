// Byte values and byte classes of JSON text, shared by the scanners that read it as UTF-8 bytes.

export const NEWLINE = 10;
export const QUOTE = 34;
export const BACKSLASH = 92;
export const COMMA = 44;
export const COLON = 58;
export const OPEN_BRACE = 123;
export const CLOSE_BRACE = 125;
export const OPEN_BRACKET = 91;
export const CLOSE_BRACKET = 93;
export const MINUS = 45;
export const PLUS = 43;
export const DOT = 46;
export const LOWER_E = 101;
export const UPPER_E = 69;
export const LOWER_N = 110;
export const LOWER_T = 116;
export const LOWER_F = 102;
export const LOWER_U = 117;

// Bytes that end the fast loop over a string's contents: the closing quote, a backslash, a control
// character (invalid in JSON strings; a newline also ends the row) and the bytes of non-ASCII
// characters (which need UTF-8 decoding).
export const STRING_STOP = new Uint8Array(256);
for (let code = 0; code < 32; code += 1) STRING_STOP[code] = 1;
for (let code = 128; code < 256; code += 1) STRING_STOP[code] = 1;
STRING_STOP[QUOTE] = 1;
STRING_STOP[BACKSLASH] = 1;

// JSON white space, less the newline: a newline ends the row, so a scanner never reads past it.
export const SPACE = new Uint8Array(256);
SPACE[32] = 1;
SPACE[9] = 1;
SPACE[13] = 1;

export const DIGIT = new Uint8Array(256);
for (let code = 48; code <= 57; code += 1) DIGIT[code] = 1;

export const HEX = new Uint8Array(256);
for (const code of "0123456789abcdefABCDEF") HEX[code.charCodeAt(0)] = 1;

// The characters that may follow a backslash in a JSON string.
export const ESCAPE = new Uint8Array(256);
for (const code of '"\\/bfnrtu') ESCAPE[code.charCodeAt(0)] = 1;
