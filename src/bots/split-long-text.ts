/**
 * Text for a platform that refuses (Telegram: "message is too long") or cuts (Slack's section) a text past
 * its limit. Lengths are UTF-16 code units, as JavaScript's `length` counts and as Telegram counts; for
 * Slack, which counts characters, that is never more than it allows.
 */

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * The text in pieces of at most `max` units, in order, for several messages or blocks. Pieces end at line
 * breaks (the break itself is dropped between pieces, as each piece starts a new message); a single line
 * longer than `max` is cut at its last space that fits, else between two characters, never inside an emoji
 * or a letter with its marks. Blank lines at a piece's start or end are dropped, so no piece is empty; a text
 * that fits comes back as it is.
 */
export function splitLongText(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const pieces: string[] = [];
  let current: string | undefined;
  for (const line of text.split("\n")) {
    if (current !== undefined && current.length + 1 + line.length <= max) {
      current = `${current}\n${line}`;
      continue;
    }
    if (current !== undefined) pieces.push(current);
    const cut = cutLine(line, max);
    current = cut.pop();
    pieces.push(...cut);
  }
  if (current !== undefined) pieces.push(current);
  return pieces.map((piece) => piece.replace(/^\n+|\n+$/g, "")).filter((piece) => piece.trim() !== "");
}

/**
 * The longest start of `text` that is at most `max` units and ends between two characters as a reader sees
 * them (an emoji of several code points, a flag, a letter with its marks stays whole). Empty when even the
 * first character is longer than `max`.
 */
export function fitWholeCharacters(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = 0;
  for (const { segment } of graphemes.segment(text)) {
    if (end + segment.length > max) break;
    end += segment.length;
  }
  return text.slice(0, end);
}

/** One line in pieces of at most `max` units: at the last space that fits, else between characters. */
function cutLine(line: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > max) {
    let head = fitWholeCharacters(rest, max);
    // A "character" longer than the limit (absurd, but a forged name could be one): cut between code points.
    if (head === "") head = String.fromCodePoint(rest.codePointAt(0)!);
    const space = head.lastIndexOf(" ");
    // A space late enough that the piece is not mostly empty; the space itself goes with neither piece.
    if (space >= max / 2) {
      pieces.push(rest.slice(0, space));
      rest = rest.slice(space + 1);
    } else {
      pieces.push(head);
      rest = rest.slice(head.length);
    }
  }
  pieces.push(rest);
  return pieces;
}
