import { describe, expect, it } from "vitest";
import { checkNewAnswer } from "../../../src/core/answers/answer-rules.js";
import { translate } from "../../../src/core/i18n/translate.js";
import { DEFAULT_QUESTIONS } from "../../../src/core/questions/question-list.js";

const TOY = DEFAULT_QUESTIONS.find((q) => q.id === "toy")!;
const WEI_LING = { id: "S1001", name: "Tan Wei Ling" };

/** What set-up tells a child who typed `answer`, in `language`. */
function told(answer: string, language: string): string {
  const checked = checkNewAnswer(answer, TOY, WEI_LING);
  if (checked.ok) throw new Error(`${answer} was taken`);
  return translate(checked.problem, language);
}

// Two Han or Tamil characters make an answer (熊猫, பூனை); three letters or numbers otherwise. A message that
// says "at least 3" to a Chinese child sends her looking for a third character she does not need.
describe("a too-short answer is told what is needed in the child's language and script", () => {
  it.each(["", "   ", "🐯🦁🐼", "?!...---"])(
    "nothing countable (%j) says to type words, with both minimums, in every language",
    (answer) => {
      expect(told(answer, "en")).toBe(
        "Please type your answer in words. Use at least 3 letters or numbers. In Chinese or Tamil, 2 characters are enough. Emoji and marks don't count.",
      );
      expect(told(answer, "zh")).toContain("至少 2 个汉字");
      expect(told(answer, "zh")).toContain("3 个字母或数字");
      expect(told(answer, "ms")).toContain("3 huruf atau nombor, atau 2 aksara Cina atau Tamil");
      expect(told(answer, "ta")).toContain("குறைந்தது 2 தமிழ் எழுத்துகள்");
      expect(told(answer, "ta")).toContain("3 ஆங்கில எழுத்துகள்");
    },
  );

  it("one Han or Tamil character asks for 2 characters, not 3 letters", () => {
    expect(told("熊", "zh")).toBe("你的答案至少要有 2 个字。请再试一次。");
    expect(told("熊", "en")).toBe("Your answer needs at least 2 characters. Please try again.");
    expect(told("பூ", "ta")).toContain("குறைந்தது 2 எழுத்துகள்");
    expect(told("பூ", "ms")).toContain("sekurang-kurangnya 2 aksara");
  });

  it("one or two letters ask for 3 letters or numbers, and a Chinese or Tamil child hears that 2 of hers will do", () => {
    expect(told("ox", "en")).toBe("Your answer needs at least 3 letters or numbers. Please try again.");
    expect(told("a", "zh")).toContain("至少要有 3 个字母或数字");
    expect(told("a", "zh")).toContain("2 个汉字");
    expect(told("a", "ta")).toContain("தமிழ் எழுத்துகள் என்றால் 2 போதும்");
    expect(told("ox", "ms")).toBe(
      "Jawapan kamu perlu sekurang-kurangnya 3 huruf atau nombor. Sila cuba lagi.",
    );
  });
});
