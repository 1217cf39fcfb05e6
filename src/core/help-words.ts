import { plainWord, reservedWord } from "./reserved-words.js";

/**
 * What a stuck child types to ask for help in words, beyond the plain word "help" (reserved-words.ts):
 * "I need help", 帮帮我, "tolong saya", உதவி வேண்டும், or a lone "?". Compared without case, spaces or marks.
 * Set-up has taken these as help since non-answers version 6. Never change it: it is what those set-ups refused.
 */
export const FIRST_HELP_PHRASES: readonly string[] = [
  ...["I need help", "need help", "I need some help", "help me", "help me please", "help please"],
  ...["please help", "please help me", "pls help", "pls help me", "can you help me", "what do I do"],
  ...["我需要帮助", "需要帮助", "帮帮我", "帮我", "请帮我", "请帮帮我"],
  ...[
    "saya perlu bantuan",
    "perlu bantuan",
    "tolong saya",
    "tolong bantu",
    "tolong bantu saya",
    "bantu saya",
  ],
  ...["எனக்கு உதவி வேண்டும்", "உதவி வேண்டும்", "உதவி செய்யுங்கள்", "உதவுங்கள்"],
];

/**
 * What a child who does not understand the step types: "I don't understand", 我不懂, "tak faham", புரியவில்லை.
 * Set-up has taken these as help since non-answers version 7 (NOT_UNDERSTOOD_REFUSED_SINCE); before, one was
 * saved as her secret answer, and at "Type your user ID" taken as her ID.
 */
export const NOT_UNDERSTOOD_PHRASES: readonly string[] = [
  ...["I don't understand", "don't understand", "I do not understand", "I don't get it", "don't get it"],
  ...["I'm confused", "I am confused", "confused", "huh"],
  ...["我不懂", "不懂", "我不明白", "不明白", "我看不懂", "看不懂", "我不太懂", "不太懂", "我不理解"],
  ...["tak faham", "tidak faham", "saya tak faham", "saya tidak faham", "tak paham", "tidak paham"],
  ...["saya tak paham", "saya keliru", "keliru"],
  ...["புரியவில்லை", "எனக்குப் புரியவில்லை", "எனக்கு புரியவில்லை", "புரியல", "எனக்குப் புரியல"],
];

/**
 * What a child who does not know what the step wants asks, with no question mark: "what is this", 这是什么,
 * "apa ini", இது என்ன. Set-up has taken these as help since non-answers version 8 (WHAT_IS_THIS_REFUSED_SINCE);
 * before, one was saved as her secret answer. Never change it: it is what those set-ups refused.
 */
export const WHAT_IS_THIS_PHRASES: readonly string[] = [
  ...["what is this", "what's this", "whats this", "what is that", "what's that", "what does this mean"],
  ...["what does that mean", "what does it mean", "what do I type", "what do I write", "what should I type"],
  ...["what should I write"],
  ...[
    "这是什么",
    "这是什么意思",
    "什么意思",
    "是什么意思",
    "这是啥",
    "啥意思",
    "我要写什么",
    "要写什么",
    "写什么",
  ],
  ...[
    "apa ini",
    "apa ni",
    "apa itu",
    "apa maksudnya",
    "apa maksud ini",
    "nak taip apa",
    "saya perlu taip apa",
  ],
  ...["இது என்ன", "என்ன இது", "இதன் அர்த்தம் என்ன", "என்ன அர்த்தம்", "நான் என்ன எழுத வேண்டும்"],
];

/**
 * Help as children also ask for it: "help pls", 我不会 ("I can't do it"), 救命 ("help!"), *tolonglah*, *tak reti*
 * ("don't know how"), உதவி பண்ணுங்க (spoken "please help"). Set-up has taken these as help since non-answers
 * version 10 (CHILDREN_HELP_REFUSED_SINCE); before, one was saved as her secret answer. Never change it: it is
 * what those set-ups refused.
 */
export const CHILDREN_HELP_PHRASES: readonly string[] = [
  ...["help pls", "help plz", "plz help", "plz help me", "can u help me", "help me pls"],
  ...["我不会", "我不会做", "我不会弄", "不会做", "救命", "救命啊", "帮帮忙", "帮个忙"],
  ...["tolonglah", "tolong la", "tolong saya la", "tak reti", "saya tak reti", "tak tahu nak buat apa"],
  ...["உதவி பண்ணுங்க", "உதவி செய்யுங்க", "ஹெல்ப்", "ஹெல்ப் பண்ணுங்க"],
];

/** Every phrase that asks for help: the first ones, "I don't understand", "what is this", and children's own. */
export const HELP_PHRASES: readonly string[] = [
  ...FIRST_HELP_PHRASES,
  ...NOT_UNDERSTOOD_PHRASES,
  ...WHAT_IS_THIS_PHRASES,
  ...CHILDREN_HELP_PHRASES,
];

const FORMS: ReadonlySet<string> = new Set(HELP_PHRASES.map(plainWord));

/**
 * Whether the text asks for help: a plain help word, one of the phrases, or question marks alone ("?",
 * "??", "？"). Not at a password prompt, where any words may be the password; nor where a saved answer is
 * checked, where set-up once took such words as an answer (the plain help words it never took): there
 * the answer step asks whether the answers were saved after set-up refused them (non-answers version 6).
 */
export function asksForHelp(text: string): boolean {
  if (reservedWord(text) === "help") return true;
  if (/^\s*([?？]\s*)+$/u.test(text.normalize("NFKC"))) return true;
  return FORMS.has(plainWord(text));
}
