import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { graphemeLength, minimumLength } from "../../../src/core/answers/answer-length.js";
import { checkNewAnswer, containsIdentity } from "../../../src/core/answers/answer-rules.js";
import { enrolmentNeedsUpgrade } from "../../../src/core/answers/enrolment-upgrade.js";
import { NORMALISATION_V2_VECTORS, normaliseAnswer } from "../../../src/core/answers/normalise-answer.js";
import { DEFAULT_QUESTIONS } from "../../../src/core/questions/question-list.js";
import { showVector } from "../../helpers/show-vector.js";

const v2 = (text: string) => normaliseAnswer(2, text);
const question = (id: string) => DEFAULT_QUESTIONS.find((q) => q.id === id)!;
const WEI_LING = { id: "S1001", name: "Tan Wei Ling" };
const CHEN = { id: "S2001", name: "陈伟玲" };

describe("answer normalisation version 2", () => {
  it.each(NORMALISATION_V2_VECTORS)("the fixed vector %j normalises to %j", (typed, normalised) => {
    expect(v2(typed)).toBe(normalised);
  });

  it("docs/languages.md lists every fixed vector, as the code has it", async () => {
    const doc = await readFile(new URL("../../../docs/languages.md", import.meta.url), "utf8");
    for (const [typed, normalised] of NORMALISATION_V2_VECTORS) {
      expect(doc).toContain(`| \`${showVector(typed)}\` | \`${showVector(normalised)}\` |`);
    }
  });

  it("keeps Tamil vowel signs, so புலி (tiger) and பலி (sacrifice) stay different; version 1 made them one", () => {
    expect(v2("புலி")).not.toBe(v2("பலி"));
    expect(v2("பூனை")).toBe("பூனை");
    expect(normaliseAnswer(1, "புலி")).toBe(normaliseAnswer(1, "பலி"));
    expect(normaliseAnswer(1, "பூனை")).toBe("பன");
  });

  it('still folds case, width and punctuation: "Spider-Man" = "spider man" = "ＳＰＩＤＥＲ　ＭＡＮ"', () => {
    expect(v2("Spider-Man")).toBe(v2("spider man"));
    expect(v2("ＳＰＩＤＥＲ　ＭＡＮ")).toBe("spiderman");
    expect(v2("ﾊﾟﾝﾀﾞ")).toBe(v2("パンダ"));
    expect(v2("Ａｙａｍ Ｇｏｒｅｎｇ")).toBe("ayamgoreng");
  });

  it("drops emoji, their variation selectors and ZWJ, and format characters such as ZWNJ and the soft hyphen", () => {
    expect(v2("👨‍👩‍👧 family")).toBe("family");
    expect(v2("❤️panda")).toBe("panda");
    expect(v2("க்\u200Cஷ")).toBe("க்ஷ");
    expect(v2("pan\u00ADda")).toBe("panda");
    expect(v2("熊\uFE0F猫\u{E0100}")).toBe("熊猫");
  });

  it("does not depend on a locale: Turkish İ and German ß are folded the same everywhere", () => {
    expect(v2("İ")).toBe("i\u0307");
    expect(v2("STRASSE")).not.toBe(v2("Straße"));
  });

  it("refuses a version it does not know", () => {
    expect(() => normaliseAnswer(99, "panda")).toThrow(RangeError);
  });
});

describe("answer length, in graphemes with a minimum per script (set-up only)", () => {
  it("counts what a person sees: பூனை is 2, 熊猫 is 2, panda is 5", () => {
    expect(graphemeLength("பூனை")).toBe(2);
    expect(graphemeLength("熊猫")).toBe(2);
    expect(graphemeLength("panda")).toBe(5);
    expect(minimumLength("panda")).toBe(3);
    expect(minimumLength("熊猫")).toBe(2);
    expect(minimumLength("பூனை")).toBe(2);
    expect(minimumLength("かめ")).toBe(2);
    expect(minimumLength("고양이")).toBe(2);
  });

  it("counts ASCII as the segmenter does, a CR LF as one, with accents, emoji and flags after it", () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
    const bySegmenter = (text: string) => [...segmenter.segment(text)].length;
    const ascii = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)).join("");
    for (const text of [
      ascii,
      `${ascii}\r\n`,
      "a\r\nb",
      "\r\r\n\n",
      "",
      "Pw-x-1-abcdef",
      "e\u0301",
      "a👍🏽b",
      "🇸🇬",
    ])
      expect(graphemeLength(text), JSON.stringify(text)).toBe(bySegmenter(text));
    expect(graphemeLength("a\r\nb")).toBe(3);
  });

  it("熊猫 and பூனை pass; 熊, ab and a lone Tamil letter do not", () => {
    expect(checkNewAnswer("熊猫", question("toy"), WEI_LING)).toMatchObject({ ok: true, normalised: "熊猫" });
    expect(checkNewAnswer("பூனை", question("toy"), WEI_LING)).toMatchObject({ ok: true });
    expect(checkNewAnswer("熊", question("toy"), WEI_LING)).toMatchObject({
      ok: false,
      problem: { key: "answer.tooShortCharacters", params: { min: 2 } },
    });
    expect(checkNewAnswer("a-b", question("toy"), WEI_LING)).toMatchObject({
      ok: false,
      problem: { key: "answer.tooShort", params: { min: 3 } },
    });
    expect(checkNewAnswer("பூ", question("toy"), WEI_LING)).toMatchObject({ ok: false });
  });

  it("refuses a keyword of the question in any language, also inside a Chinese answer without spaces", () => {
    expect(checkNewAnswer("大熊猫动物", question("animal"), WEI_LING)).toMatchObject({
      ok: false,
      problem: { key: "answer.hasKeyword", params: { word: "动物" } },
    });
    expect(checkNewAnswer("haiwan comel", question("animal"), WEI_LING)).toMatchObject({ ok: false });
    expect(checkNewAnswer("என் விலங்கு", question("animal"), WEI_LING)).toMatchObject({ ok: false });
    expect(checkNewAnswer("Nasi Lemak", question("food"), WEI_LING)).toMatchObject({ ok: true });
  });
});

describe('"not your name" works for names without spaces', () => {
  it("refuses a Chinese name, its given name, or an answer containing them", () => {
    expect(containsIdentity(v2("陈伟玲"), CHEN)).toBe(true);
    expect(containsIdentity(v2("伟玲"), CHEN)).toBe(true);
    expect(containsIdentity(v2("伟玲的猫"), CHEN)).toBe(true);
    expect(containsIdentity(v2("熊猫"), CHEN)).toBe(false);
  });

  it("keeps the whole-word rule for spaced names: Ling is a name, dumpling is not", () => {
    expect(containsIdentity(v2("Ling"), WEI_LING)).toBe(true);
    expect(containsIdentity(v2("dumpling"), WEI_LING)).toBe(false);
    expect(containsIdentity(v2("tanweiling2"), WEI_LING)).toBe(true);
  });

  it("a name in two scripts, Tan Wei Ling (陈伟玲), is refused in either", () => {
    const both = { id: "S3001", name: "Tan Wei Ling (陈伟玲)" };
    expect(containsIdentity(v2("伟玲"), both)).toBe(true);
    expect(containsIdentity(v2("Ling"), both)).toBe(true);
  });
});

describe("enrolments of versions 1, 2 and 3", () => {
  it("need the upgrade; version 4 and unknown versions do not", () => {
    expect(enrolmentNeedsUpgrade({ normalisationVersion: 1 })).toBe(true);
    expect(enrolmentNeedsUpgrade({ normalisationVersion: 2 })).toBe(true);
    expect(enrolmentNeedsUpgrade({ normalisationVersion: 3 })).toBe(true);
    expect(enrolmentNeedsUpgrade({ normalisationVersion: 4 })).toBe(false);
    expect(enrolmentNeedsUpgrade({ normalisationVersion: 5 })).toBe(false);
  });
});

describe("non-answers in every language", () => {
  it.each(["不知道", "没有", "tak tahu", "Tidak tahu!", "தெரியாது", "இல்லை"])(
    "%j is refused as a non-answer",
    (typed) => {
      expect(checkNewAnswer(typed, question("toy"), WEI_LING)).toMatchObject({
        ok: false,
        problem: { key: "answer.nonAnswer" },
      });
    },
  );

  it("real two-character answers are not non-answers", () => {
    expect(checkNewAnswer("熊猫", question("toy"), WEI_LING)).toMatchObject({ ok: true });
    expect(checkNewAnswer("பூனை", question("toy"), WEI_LING)).toMatchObject({ ok: true });
  });
});
