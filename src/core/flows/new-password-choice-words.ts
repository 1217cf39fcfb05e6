import { buttonNumberNamed } from "../button-named-by-number.js";
import { couldBeAPassword } from "../passwords/password-policy.js";
import { plainWord } from "../reserved-words.js";
import type { FlowContext } from "./flow.js";

/**
 * A child's own words for the buttons of "How would you like your new password?", in the four languages:
 * "make one", 帮我做, *buatkan*, செய்து தா for "Make one for me"; "my own", 我自己打, *taip sendiri*, நானே for
 * "I'll type my own". Compared as one plain word (case, spaces and punctuation do not count). The labels'
 * own words are read already (choiceByLabel); these are the shorter ways a child says them.
 */
const WORDS: Readonly<Record<"generate" | "own", readonly string[]>> = {
  generate: [
    ...["make one", "make one for me", "make it", "make me one", "you make", "you make one", "you make it"],
    ...["you do it", "you choose", "generate", "generate one", "make a password", "make my password"],
    ...["帮我做", "帮我做一个", "你做", "你帮我做", "你来做", "你来", "生成", "帮我生成", "你帮我"],
    ...["buat", "buatkan", "buatkan satu", "buat untuk saya", "buatkan untuk saya", "kamu buat", "awak buat"],
    ...["நீ செய்", "நீயே செய்", "செய்து தா", "எனக்கு செய்து தா", "நீ செய்து தா"],
  ],
  own: [
    ...["my own", "own", "type my own", "i'll type", "ill type", "i will type", "i type", "i'll type it"],
    ...["myself", "by myself", "i'll do it", "i do it", "i'll make one", "i make", "my own password"],
    ...["自己", "我自己", "我自己打", "自己打", "我自己来", "自己来", "自己输入", "我自己输入", "我来打"],
    ...["sendiri", "saya sendiri", "taip sendiri", "saya taip", "saya taip sendiri", "buat sendiri"],
    ...["நானே", "நானே செய்கிறேன்", "நானே தட்டச்சு செய்கிறேன்", "நான் தட்டச்சு செய்கிறேன்", "நானே செய்வேன்"],
  ],
};

const NAMED: ReadonlyMap<string, "generate" | "own"> = new Map(
  (Object.entries(WORDS) as ["generate" | "own", readonly string[]][]).flatMap(([id, words]) =>
    words.map((word) => [plainWord(word), id] as const),
  ),
);

/**
 * The button of the new-password choice that typed words name (WORDS, or "option 1", "butang 2": see
 * buttonNumberNamed), or null. Not when she came back here as her own new password could not be set just
 * now (ownPasswordJustTyped) and the words could be that password sent again ("taip sendiri"): they are
 * deleted as one.
 */
export function newPasswordChoiceNamed(
  ctx: FlowContext,
  state: { ownPasswordJustTyped?: true | undefined },
  text: string,
): "generate" | "own" | null {
  const number = buttonNumberNamed(text);
  const named = NAMED.get(plainWord(text)) ?? (number === 1 ? "generate" : number === 2 ? "own" : null);
  if (named === null) return null;
  if (state.ownPasswordJustTyped === true && couldBeAPassword(text, ctx.deps.settings.password)) return null;
  return named;
}

/**
 * Whether typed words are a child's own for "Make one for me" (WORDS: "make one", 帮我做, *buatkan*), the
 * whole message. At "Type your new password" they make her one, as the button would: no number there, which
 * may be part of a password.
 */
export function saysMakeOne(text: string): boolean {
  return NAMED.get(plainWord(text)) === "generate";
}
