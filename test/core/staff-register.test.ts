import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { translate } from "../../src/core/i18n/translate.js";
import { DEFAULT_QUESTIONS } from "../../src/core/questions/question-list.js";
import {
  buttonIn,
  openStep,
  WEI_LING,
  WEI_LING_ANSWERS,
  weiLingAnswerFor,
} from "../helpers/dialog-helpers.js";
import { childRegisterWords } from "../helpers/register-words.js";
import { MINUTE, type SchoolClock, useSchoolClock, worldOnSchoolClock } from "../helpers/security-helpers.js";
import { linkStaff, MRS_NG, noticesTo } from "../helpers/staff-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";
import { logOut } from "../helpers/logout.js";

/**
 * Teachers and admins are "anda" in Malay and நீங்கள் in Tamil (docs/languages.md), also in the messages
 * children get too: "we stopped", "I don't know that command", "that message is too long", the errors.
 * Children keep their own register ("kamu", நீ) in the same situations.
 */

const LANGUAGE_BUTTON = { ms: "Bahasa Melayu", ta: "தமிழ்" } as const;
type Language = keyof typeof LANGUAGE_BUTTON;

/** The default questions, in every language: the student's words, asked on the teacher's device. */
const QUESTION_TEXTS = DEFAULT_QUESTIONS.flatMap((q) => Object.values(q.text));

/**
 * What the chat's last turn said, as its reader sees it (the words, not the buttons they press), without a
 * student's secret question (asked of the student, in their words, in a guided reset).
 */
function saidTo(chat: TestChat): string[] {
  return chat.last.replies.map((reply) =>
    QUESTION_TEXTS.reduce(
      (text, question) => text.replace(question, "…"),
      translate(reply.text, reply.language),
    ),
  );
}

describe.each(["ms", "ta"] as const)(
  "a teacher speaking %s hears the adult register",
  (language: Language) => {
    let world: TestWorld;
    let teacher: TestChat;
    let clock: SchoolClock;
    /** Everything the teacher was told, by what they had just done. */
    let heard: { after: string; text: string }[];

    async function teacherSends(text: string | undefined, extra = {}) {
      await teacher.send(text, extra);
      for (const said of saidTo(teacher)) heard.push({ after: String(text).slice(0, 20), text: said });
    }
    async function teacherPresses(label: string) {
      await teacher.press(label);
      for (const said of saidTo(teacher)) heard.push({ after: `[${label}]`, text: said });
    }

    beforeEach(async () => {
      ({ world, clock } = await worldOnSchoolClock());
      teacher = world.chat("mrs-ng-phone", "console");
      heard = [];
      await linkStaff(teacher, MRS_NG);
      await teacherSends("/language");
      await teacherPresses(LANGUAGE_BUTTON[language]);
    });

    function expectAdultRegister() {
      expect(heard.length).toBeGreaterThan(0);
      const familiar = heard
        .map(({ after, text }) => ({ after, text, words: childRegisterWords(language, text) }))
        .filter((h) => h.words.length > 0);
      expect(familiar).toEqual([]);
    }

    it("when choosing a language", async () => {
      await teacherSends("/language");
      await teacherPresses(LANGUAGE_BUTTON[language]);
      expectAdultRegister();
    });

    it("after an unknown command, /cancel with nothing open, a line too long, and 'back' with nothing open", async () => {
      await teacherSends("/foo");
      await teacherSends("/cancel");
      await teacherSends("x".repeat(5_000));
      await teacherSends("back");
      expectAdultRegister();
    });

    it("when a guided reset is cancelled, with its button or with /cancel", async () => {
      await teacherSends(`/guided ${WEI_LING.id}`);
      await teacherPresses(translate({ key: "common.cancel" }, language));
      await teacherSends(`/guided ${WEI_LING.id}`);
      await teacherSends("/cancel");
      expectAdultRegister();
    });

    it("when a guided reset was left alone too long", async () => {
      await teacherSends(`/guided ${WEI_LING.id}`);
      clock.advance(16 * MINUTE);
      await teacherSends(WEI_LING.id);
      // Why we stopped, then the teacher's menu.
      expect(saidTo(teacher)).toHaveLength(2);
      expectAdultRegister();
    });

    it("in and after a staff step: a word typed at buttons, 'back', a picture, an old button, an old form", async () => {
      await teacherSends(`/guided ${WEI_LING.id}`);
      const routeChoice = teacher.last;
      const pressOldButton = async () => {
        await teacher.deliver({ choice: buttonIn(routeChoice, "Cancel") });
        heard.push(...saidTo(teacher).map((text) => ({ after: "[old button]", text })));
      };
      await teacherSends("hello");
      await teacherSends("back");
      await teacherSends("/cancel");
      await pressOldButton();
      await teacherSends("/unlock");
      await teacherSends(undefined);
      await pressOldButton();
      await teacherSends("S1001", { atStep: 1 });
      expectAdultRegister();
    });

    it("when a student's answers are typed as a plain message in Slack, where only the private box may take them", async () => {
      const kid = world.chat("wei-ling-phone");
      await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
      await logOut(kid);
      await teacherSends(`/guided ${WEI_LING.id}`);
      await teacherPresses(translate({ key: "guided.routeQuestions" }, language));
      await teacherSends(weiLingAnswerFor("animal"), { secretsAllowed: false });
      // Slack adds its own words on deleting the message: the outcome says whom they are for.
      expect(teacher.last.register).toBe("staff");
      expectAdultRegister();
    });

    it("when their own password, typed again right after linking, is deleted as maybe a secret", async () => {
      await logOut(teacher);
      await teacher.send("/setup");
      await teacher.send(MRS_NG.id);
      // Set-up speaks as to a child until it knows who types (CHILDREN_ONLY in wording.test.ts); not after.
      await teacher.send(MRS_NG.password);
      heard = [];
      await teacherSends(MRS_NG.password);
      expect(teacher.last.deleteInbound).toBe(true);
      // The note on the deletion, then the teacher's menu.
      expect(teacher.last.replies[0]?.text.key).toMatch(/^input\.(staffD|d)eletedMaybeSecret$/);
      expectAdultRegister();
    });

    it("when the school directory is down, in a staff command or a staff step", async () => {
      await teacherSends("/unlock");
      world.directory.down = true;
      await teacherSends(WEI_LING.id);
      await teacherSends("/coverage 4A");
      expectAdultRegister();
    });

    it("when their account is linked from another chat, in the notice to the old one", async () => {
      const otherPhone = world.chat("mrs-ng-tablet", "console");
      await linkStaff(otherPhone, MRS_NG);
      const notices = noticesTo(world, teacher);
      expect(notices.length).toBe(1);
      heard.push(
        ...notices.map((n) => ({
          after: "[linked elsewhere]",
          text: translate(n.reply.text, n.reply.language),
        })),
      );
      expectAdultRegister();
    });
  },
);

describe.each(["ms", "ta"] as const)(
  "a child speaking %s keeps the children's register",
  (language: Language) => {
    let world: TestWorld;
    afterEach(async () => {
      await world.close();
      vi.useRealTimers();
    });

    it("in the same situations", async () => {
      const clock = useSchoolClock();
      world = await TestWorld.create();
      const kid = world.chat("wei-ling-phone");
      await kid.send("/language");
      await kid.press(LANGUAGE_BUTTON[language]);
      await kid.send("/setup");
      await kid.send("/cancel");
      const cancelled = saidTo(kid).join("\n");
      await kid.send("/setup");
      clock.advance(16 * MINUTE);
      await kid.send("hello");
      const timedOut = saidTo(kid)[0]!;
      expect(childRegisterWords(language, cancelled)).not.toEqual([]);
      expect(childRegisterWords(language, timedOut)).not.toEqual([]);
    });

    it("in their own dialog on a teacher's phone they share", async () => {
      useSchoolClock();
      world = await TestWorld.create();
      const phone = world.chat("mrs-ng-phone");
      await phone.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
      await linkStaff(phone, MRS_NG);
      await phone.send("/language");
      await phone.press(LANGUAGE_BUTTON[language]);
      await phone.send("/reset");
      expect(await openStep(world, phone)).toBe("reset.answer");
      await phone.send("x".repeat(5_000));
      expect(phone.last.register).toBe("child");
      expect(childRegisterWords(language, saidTo(phone).join("\n"))).not.toEqual([]);
    });
  },
);
