/**
 * The words that say a message is in the children's register: Malay "kamu", Tamil நீ and its forms, the
 * familiar imperative ("தட்டச்சு செய்.", to adults "செய்யுங்கள்"), its negative ("-ாதே") and the verb of
 * நீ ("விரும்புகிறாய்"). Teachers and admins are spoken to as "anda" and நீங்கள் (docs/languages.md).
 * English and Chinese say the same to both.
 */

/** What may follow a word that ends a clause. */
const CLAUSE_END = String.raw`(?=\s*(?:[,.!?:;()“”"'\n]|$))`;
const WORD_END = String.raw`(?=[\s,.!?:;()“”"']|$)`;

const MALAY_FAMILIAR = [/\bkamu\b/i];

const TAMIL_FAMILIAR = [
  // நீ, உன், உனக்கு...: the familiar "you" (உனக்குப் before a word that starts with ப).
  new RegExp(
    String.raw`(?:^|[\s(“"'])(?:நீ|நீதான்|உன்|உன்னை|உனக்கு|உனக்குப்|உன்னுடன்|உன்னுடைய|உன்னால்|உன்னிடம்)` + WORD_END,
    "u",
  ),
  // The familiar imperative at the end of a clause: "... தட்டச்சு செய்.", "... கேள்.", "காத்திரு,".
  new RegExp(
    String.raw`(?:^|\s)(?:செய்|கேள்|சொல்|தேர்ந்தெடு|வை|பயன்படுத்து|அனுப்பு|காத்திரு|அழுத்து|பார்|அமை|நீக்கு|நிறுத்து|பிரி|திற|தட்டு|மறை|தா|உதவு|பெறு)` +
      CLAUSE_END,
    "u",
  ),
  // "Don't ...": பயன்படுத்தாதே, செய்யாதே.
  new RegExp(String.raw`[\u0B80-\u0BFF]+ாதே` + WORD_END, "u"),
  // The verb of நீ: விரும்புகிறாய், செய்துவிட்டாய், இருப்பாய்.
  new RegExp(String.raw`[\u0B80-\u0BFF]{2,}(?:றாய்|வாய்|ப்பாய்|ட்டாய்|த்தாய்|ந்தாய்)` + WORD_END, "u"),
];

/** A message without its parameters (plurals and their options, nested at any depth: innermost first). */
function withoutParameters(message: string): string {
  let words = message;
  for (let before = ""; before !== words;) {
    before = words;
    words = words.replace(/\{[^{}]*\}/g, " ");
  }
  return words;
}

/**
 * The children's-register words in `text` (a rendered message, or a catalogue's message: its parameters are
 * left out), for `language`; empty when a teacher may read it.
 */
export function childRegisterWords(language: string, text: string): string[] {
  const patterns = language === "ms" ? MALAY_FAMILIAR : language === "ta" ? TAMIL_FAMILIAR : [];
  const words = withoutParameters(text);
  return patterns.flatMap((pattern) => pattern.exec(words)?.[0].trim() ?? []);
}
