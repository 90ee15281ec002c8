/**
 * Arabic for the preview images. Satori, which draws them, neither orders right-to-left text nor shapes Arabic
 * reliably: it lays words out left to right, and a font's own joining rules either break it (Noto Sans Arabic) or
 * are applied after the words were measured (uneven gaps). So the text is shaped here, into the Unicode
 * presentation forms (each letter in its isolated, final, initial or medial form), and each word is turned into
 * the order its glyphs appear in; the image then places the words from right to left itself. This covers the
 * Arabic letters of the messages and of German place names written in Arabic, not Persian or Urdu letters.
 */

/** Letters U+0621…U+064A with their number of presentation forms (1: hamza, 2: joins to the right only, 4: both sides). */
const formCounts: Record<string, number> = {};
const firstForm: Record<string, number> = {};
{
  const letters: [number, number][] = [
    [0x0621, 1], [0x0622, 2], [0x0623, 2], [0x0624, 2], [0x0625, 2], [0x0626, 4], [0x0627, 2], [0x0628, 4],
    [0x0629, 2], [0x062a, 4], [0x062b, 4], [0x062c, 4], [0x062d, 4], [0x062e, 4], [0x062f, 2], [0x0630, 2],
    [0x0631, 2], [0x0632, 2], [0x0633, 4], [0x0634, 4], [0x0635, 4], [0x0636, 4], [0x0637, 4], [0x0638, 4],
    [0x0639, 4], [0x063a, 4], [0x0641, 4], [0x0642, 4], [0x0643, 4], [0x0644, 4], [0x0645, 4], [0x0646, 4],
    [0x0647, 4], [0x0648, 2], [0x0649, 2], [0x064a, 4],
  ];
  // Presentation Forms-B list the letters in this order from U+FE80, each with its forms in a row.
  let form = 0xfe80;
  for (const [letter, count] of letters) {
    formCounts[String.fromCodePoint(letter)] = count;
    firstForm[String.fromCodePoint(letter)] = form;
    form += count;
  }
}
const tatweel = "\u0640";
/** Lam with alef (madda, hamza above, hamza below, plain) is one ligature, isolated or final. */
const lamAlef: Record<string, number> = { "\u0622": 0xfef5, "\u0623": 0xfef7, "\u0625": 0xfef9, "\u0627": 0xfefb };
const lam = "\u0644";

/** Vowel signs and other marks sit on their letter and do not break its joining. */
const mark = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed]/;
const vowelSigns = new RegExp(mark.source, "g");
/** Direction marks and isolates mean nothing to the image; the words are ordered here. */
const bidiControls = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const arabicLetter = /[\u0621-\u064a\u066e-\u06d3\u06d5\ufb50-\ufdff\ufe70-\ufefc]/;
/** What reads left to right inside a right-to-left line: Latin and Cyrillic words, digits (also Arabic-Indic ones). */
const leftToRight = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}0-9\u0660-\u0669\u06f0-\u06f9]/u;
const mirrored: Record<string, string> = { "(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{", "<": ">", ">": "<", "«": "»", "»": "«" };

export function hasArabic(text: string): boolean {
  return arabicLetter.test(text);
}

const joinsBothSides = (char: string | undefined) => char === tatweel || formCounts[char ?? ""] === 4;
const joinsRight = (char: string | undefined) => char === tatweel || (formCounts[char ?? ""] ?? 0) >= 2;

/** Arabic letters in the presentation form their neighbours ask for; all else unchanged (logical order). */
export function shapeArabic(text: string): string {
  const chars = [...text];
  const neighbour = (from: number, step: 1 | -1) => {
    for (let i = from + step; i >= 0 && i < chars.length; i += step) if (!mark.test(chars[i])) return chars[i];
    return undefined;
  };
  let shaped = "";
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i];
    const count = formCounts[char];
    if (!count) {
      shaped += char;
      continue;
    }
    const joinsPrevious = count >= 2 && joinsBothSides(neighbour(i, -1));
    const next = neighbour(i, 1);
    if (char === lam && next !== undefined && lamAlef[next] && chars[i + 1] === next) {
      shaped += String.fromCodePoint(lamAlef[next] + (joinsPrevious ? 1 : 0));
      i++;
      continue;
    }
    const joinsNext = count === 4 && joinsRight(next);
    const form = count === 1 ? 0 : joinsPrevious && joinsNext ? 3 : joinsNext ? 2 : joinsPrevious ? 1 : 0;
    shaped += String.fromCodePoint(firstForm[char] + form);
  }
  return shaped;
}

/** A word of a right-to-left line in the order it is drawn: runs of letters reversed, digits and Latin kept, brackets mirrored. */
function visualWord(word: string): string {
  const runs: { ltr: boolean; text: string }[] = [];
  for (const char of word) {
    const ltr = leftToRight.test(char) || (runs.at(-1)?.ltr === true && /[.,:/\-+%]/.test(char));
    if (runs.at(-1)?.ltr === ltr) runs[runs.length - 1].text += char;
    else runs.push({ ltr, text: char });
  }
  return runs
    .reverse()
    .map(({ ltr, text }) => {
      if (ltr) return text;
      // Reversed by letter with its marks, so a vowel sign stays on its letter.
      const clusters: string[] = [];
      for (const char of text) {
        if (mark.test(char) && clusters.length > 0) clusters[clusters.length - 1] += char;
        else clusters.push(mirrored[char] ?? char);
      }
      return clusters.reverse().join("");
    })
    .join("");
}

/**
 * The pieces of a line for the image, in reading order: in a right-to-left line each Arabic word shaped and in
 * drawing order, consecutive left-to-right words (a postcode and place, "Stadt Musterhausen (Demo)") kept together.
 * The image lays the pieces out from the right (flex-direction: row-reverse), so a long line wraps as it should.
 */
export function rightToLeftPieces(text: string): string[] {
  // Vowel signs are left out: Satori would not place them on their letter, and everyday Arabic goes without them.
  const words = text.replace(bidiControls, "").replace(vowelSigns, "").split(/\s+/).filter(Boolean);
  const pieces: string[] = [];
  let latin: string[] = [];
  const flush = () => {
    if (latin.length) pieces.push(latin.join(" "));
    latin = [];
  };
  for (const word of words) {
    if (!hasArabic(word) && leftToRight.test(word)) {
      latin.push(word);
      continue;
    }
    // A dash or dot between two Latin words belongs to them ("Musterhausen – Süd").
    if (!hasArabic(word) && latin.length) {
      latin.push(word);
      continue;
    }
    flush();
    pieces.push(visualWord(shapeArabic(word)));
  }
  flush();
  // A separator left at the end of a Latin group belongs to the right-to-left line again.
  return pieces.flatMap((piece) => {
    const trailing = piece.match(/^(.*\S)\s+([^\p{L}\p{N}]+)$/u);
    return trailing && !hasArabic(piece) ? [trailing[1], trailing[2]] : [piece];
  });
}
