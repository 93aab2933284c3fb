/**
 * Text for a terminal: control characters shown escaped, never sent raw. A file name or a
 * corpus text can carry ESC sequences (CSI colours, clearing the screen, OSC window titles and
 * hyperlinks), C1 controls (U+009B is a one-character CSI) or bidirectional overrides that
 * reorder what is shown; all of them are written as `\x1b`, `\x9b`, `\u202e`.
 */

/** C0 controls but tab, DEL, C1 controls, and the bidirectional embeddings, overrides and isolates. */
const UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function escapeChar(ch: string): string {
  const c = ch.charCodeAt(0);
  return c < 0x100 ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u${c.toString(16).padStart(4, '0')}`;
}

/** The text with every control character escaped (line feeds too: one piece of text, one line). */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, escapeChar);
}
