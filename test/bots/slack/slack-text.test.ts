import { describe, expect, it } from "vitest";
import { protectedModal } from "../../../src/bots/slack/modals.js";
import { slackText } from "../../../src/bots/slack/slack-text.js";
import { slackWord, type SlackWord } from "../../../src/bots/slack/slack-words.js";
import { en, type MessageKey } from "../../../src/core/i18n/en.js";
import { SUPPORTED_LANGUAGES } from "../../../src/core/i18n/languages.js";
import { CATALOGUES, translate } from "../../../src/core/i18n/translate.js";
import { ALL_COMMANDS } from "../../../src/core/commands.js";
import { blockWords } from "./slack-kid.js";

/** A value for every parameter of the messages below. */
const PARAMS = {
  question: "What is your favourite animal?",
  number: 2,
  name: "Tan Wei Ling",
  min: 8,
  minutes: 15,
};
const PASSWORD = "Mango-Tiger-Cloud-47";

describe("texts shown in Slack", () => {
  it("spell every command mention as the app's one slash command, teachers' commands included", () => {
    expect(slackText({ key: "help" })).toContain("/sspr setup – set up your 3 secret questions");
    const staffHelp = slackText({ key: "staff.help", params: { role: "teacher" } });
    expect(staffHelp).toContain("/sspr guided ID");
    expect(staffHelp).toContain("/sspr clearanswers ID");
    expect(staffHelp).not.toMatch(/(^|\s)\/(guided|unlock|coverage)/m);
  });

  // Chinese puts no space after its colon or full stop: "用户名：/coverage 会…", "。/audit 用户名". Left as
  // "/coverage", a teacher who typed it in Slack was told it is no command of Slack's.
  it("spell a command mention the Slack way after Chinese punctuation too, in every message", () => {
    const bareCommand = new RegExp(`(?<![\\p{L}\\p{N}_./])/(${ALL_COMMANDS.join("|")})\\b`, "u");
    for (const language of SUPPORTED_LANGUAGES) {
      for (const key of Object.keys(en) as MessageKey[]) {
        const names = [...CATALOGUES[language][key].matchAll(/\{(\w+)/g)].map((m) => m[1]!);
        const params = Object.fromEntries(names.map((name) => [name, 2]));
        expect(slackText({ key, params }, language), `${language} ${key}`).not.toMatch(bareCommand);
      }
    }
    expect(slackText({ key: "staff.typeIdNotName" }, "zh")).toContain("用户名：/sspr coverage 会");
  });

  it("the adapter's own words spell commands the Slack way too, for children and for staff", () => {
    const words = (Object.keys(en) as MessageKey[])
      .filter((key) => key.startsWith("slack.") && !key.startsWith("slack.staff"))
      .map((key) => key.slice("slack.".length) as SlackWord);
    const bareCommand = /(^|[\s(])\/(?!sspr\b)[a-z]+/;
    for (const language of SUPPORTED_LANGUAGES) {
      for (const register of ["child", "staff"] as const) {
        for (const word of words) {
          const params = { ...PARAMS, id: "T2001", minutes: 5, seconds: 30, password: PASSWORD };
          const text = slackWord(word, language, params, register);
          expect(text, `${language} ${register} ${word}`).not.toMatch(bareCommand);
        }
      }
    }
  });

  it("no prompt promises to delete a message: in Slack a secret is typed in a private box, never posted", () => {
    const promising = (Object.keys(en) as MessageKey[]).filter((key) => /\bI will delete\b/.test(en[key]));
    expect(promising).toEqual(
      expect.arrayContaining([
        "setup.askPassword",
        "practice.ask",
        "setup.askAnswer",
        "reset.askAnswer",
        "reset.askNewPassword",
        "guided.askAnswer",
      ]),
    );
    for (const language of SUPPORTED_LANGUAGES) {
      for (const key of promising) {
        const words = slackText({ key, params: PARAMS }, language);
        expect(words, `${language} ${key}`).not.toBe(translate({ key, params: PARAMS }, language));
        if (language === "en") expect(words, key).not.toMatch(/delete/i);
      }
    }
    expect(slackText({ key: "setup.askPassword" })).toBe(
      "Now type your password. Nobody else can see what you type in the box.",
    );
    expect(slackText({ key: "reset.askAnswer", params: PARAMS })).toContain(
      "Type your answer. Nobody else can see what you type in the box.",
    );
  });

  it("the box that shows a new password says it stays open until it is closed, in every language", () => {
    for (const language of SUPPORTED_LANGUAGES) {
      for (const key of ["reset.generated", "guided.shown"] as const) {
        const text = { key, params: { ...PARAMS, password: PASSWORD, minutes: 5, seconds: 300 } };
        const box = protectedModal([{ text, protect: { deleteAfterSeconds: 300 }, language }]);
        const words = blockWords(box.blocks as Parameters<typeof blockWords>[0]);
        expect(words, `${language} ${key}`).toContain(PASSWORD);
        expect(words, `${language} ${key}`).not.toBe(translate(text, language));
        if (language === "en") {
          expect(words, key).not.toMatch(/disappear/);
          expect(words, key).toContain("This box stays open until you close it");
        }
      }
    }
  });
});
