import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { translate } from "../../src/core/i18n/translate.js";
import { MemoryDirectory } from "../../src/directory/memory-directory.js";
import { WEI_LING, textsOf } from "../helpers/dialog-helpers.js";
import { TYPED_ID_ROUTE } from "../helpers/security-helpers.js";
import { linkedOnOwnPhone, MRS_NG } from "../helpers/staff-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/**
 * A child who mixes up the boxes types their password where the bot asks for the user ID. It must not stay
 * in the chat history; whether it is deleted depends on the text alone, never on whether an account has that
 * ID (deleting only unknown IDs would tell which IDs exist). Shaped like none of the school's user IDs, it
 * is not looked up either (see password-at-id-prompt-not-searched), and the ID is asked again.
 */
const DIRECTORY_WITH_A_PASSWORD_LIKE_ID = () =>
  new MemoryDirectory([
    {
      id: "S1001",
      name: "Tan Wei Ling",
      role: "student",
      classes: ["4A"],
      password: "Garden-Lamp-21",
      disabled: false,
    },
    {
      id: "tan.wl2015",
      name: "Tan Wei Li",
      role: "student",
      classes: ["4A"],
      // Shaped like the school's IDs (tan.wl2015): a password a child may type at the ID prompt that is looked up.
      password: "lucky.cat2088",
      disabled: false,
    },
    {
      id: "T2001",
      name: "Mrs Ng Mei Hua",
      role: "teacher",
      classes: ["4A"],
      password: "Teach-Four-A-2026",
      disabled: false,
    },
  ]);

const DELETED_NOTE = "That message looked like a password, so I deleted it to keep it safe.";
const ID_FIRST = "Your user ID is not your password.";
const NOT_AN_ID = "That is not a user ID.";

/** Typed at the open prompt: whether the message is deleted, and every reply as read. */
async function typed(chat: TestChat, text: string): Promise<{ deleted: boolean; replies: string[] }> {
  const outcome = await chat.send(text);
  return { deleted: outcome.deleteInbound, replies: textsOf(outcome) };
}

describe("a password typed at a user-ID prompt", () => {
  let world: TestWorld;
  afterEach(async () => world.close());

  describe("set-up", () => {
    beforeEach(async () => {
      world = await TestWorld.create();
    });

    it("is deleted from the chat, the child is told why, and her user ID is asked again", async () => {
      const kid = world.chat();
      await kid.send("/setup");
      const sent = await typed(kid, "River-Kite-34");
      expect(sent.deleted).toBe(true);
      expect(sent.replies.slice(0, 2)).toEqual([DELETED_NOTE, NOT_AN_ID]);
      expect(sent.replies.join("\n")).toContain("Type your user ID");
      expect(sent.replies.join("\n")).not.toContain("Now type your password");
    });

    it("is told in every language", async () => {
      const notes: string[] = [];
      for (const language of ["Bahasa Melayu", "中文", "தமிழ்"]) {
        const kid = world.chat(`kid-${language}`);
        await kid.send("/language");
        await kid.press(language);
        await kid.send("/setup");
        const sent = await kid.send("River-Kite-34");
        const first = sent.replies[0];
        expect(first?.text.key).toBe("input.deletedLikePassword");
        notes.push(translate(first!.text, first!.language));
      }
      expect(new Set([DELETED_NOTE, ...notes]).size).toBe(4);
    });

    it("is deleted whoever's it is: a real ID, a made-up one and a password get the same words", async () => {
      const seen: Array<{ deleted: boolean; replies: string[] }> = [];
      for (const text of ["Garden-Lamp-21", "Nobody-Here-77", "Zz9-Qq-Not-An-Id"]) {
        const kid = world.chat(`kid-${text}`);
        await kid.send("/setup");
        seen.push(await typed(kid, text));
      }
      for (const one of seen) expect(one).toEqual(seen[0]);
      expect(seen[0]?.deleted).toBe(true);
    });

    it("the ID and the password in one message are deleted too, and set-up goes on as for any ID", async () => {
      const kid = world.chat();
      await kid.send("/setup");
      const sent = await typed(kid, `${WEI_LING.id} ${WEI_LING.password}`);
      expect(sent.deleted).toBe(true);
      expect(sent.replies.join("\n")).toContain("Now type your password");
    });

    it("a plain user ID stays, real or made up", async () => {
      for (const text of [WEI_LING.id, "S9999", "s1001"]) {
        const kid = world.chat(`kid-${text}`);
        await kid.send("/setup");
        expect((await typed(kid, text)).deleted).toBe(false);
      }
    });
  });

  describe("one more child on a full family phone", () => {
    beforeEach(async () => {
      world = await TestWorld.create({ CHAT_MAX_LINKED_STUDENTS: "1" });
    });

    it("is deleted all the same, with the refusal any ID gets", async () => {
      const phone = world.chat("family-phone");
      await phone.send("/setup");
      await phone.send(WEI_LING.id);
      await phone.send(WEI_LING.password);
      await phone.send("/cancel");
      await phone.send("/setup");
      const asPassword = await typed(phone, "River-Kite-34");
      await phone.send("/setup");
      const asId = await typed(phone, "S1002");
      expect(asPassword.deleted).toBe(true);
      expect(asId.deleted).toBe(false);
      // Not looked up, so not refused as an ID: the ID is asked again.
      expect(asPassword.replies.slice(0, 2)).toEqual([DELETED_NOTE, NOT_AN_ID]);
      expect(asId.replies.join("\n")).toContain("/logout");
    });
  });

  describe("a real user ID that looks like a password", () => {
    beforeEach(async () => {
      world = await TestWorld.create({}, DIRECTORY_WITH_A_PASSWORD_LIKE_ID());
    });

    it("is deleted (harmless) but still works as the ID, and a made-up one like it gets the same words", async () => {
      const kid = world.chat();
      await kid.send("/setup");
      const real = await typed(kid, "tan.wl2015");
      expect(real.deleted).toBe(true);
      expect(real.replies.join("\n")).toContain("Now type your password");
      await kid.send("lucky.cat2088");
      expect(kid.lastText).toContain("Great, it's you, Tan Wei Li!");

      const other = world.chat("kid-2");
      await other.send("/setup");
      expect(await typed(other, "tan.wl2016")).toEqual(real);
    });

    it("her password shaped like the school's IDs, typed for it: the next 'don't match' says the user ID comes first", async () => {
      const kid = world.chat();
      await kid.send("/setup");
      await kid.send("lucky.cat2088");
      await kid.send("lucky.cat2088");
      expect(kid.lastText).toContain("don't match");
      expect(kid.lastText).toContain(ID_FIRST);
      expect(kid.lastText).toContain("Type your user ID");
      // A plain ID with a wrong password hears nothing about it.
      await kid.send(WEI_LING.id);
      await kid.send("Wrong-Guess-1");
      expect(kid.lastText).toContain("don't match");
      expect(kid.lastText).not.toContain(ID_FIRST);
    });
  });

  describe("the typed-ID reset route", () => {
    beforeEach(async () => {
      world = await TestWorld.create(TYPED_ID_ROUTE);
    });

    it("is deleted, not looked up, and the user ID is asked again", async () => {
      const kid = world.chat();
      await kid.send("/reset");
      expect(kid.lastText).toContain("Type your user ID");
      const sent = await typed(kid, "Garden-Lamp-21");
      expect(sent.deleted).toBe(true);
      expect(sent.replies.slice(0, 2)).toEqual([DELETED_NOTE, NOT_AN_ID]);
      expect(sent.replies.join("\n")).toContain("Type your user ID");
      await kid.send(WEI_LING.id);
      expect(kid.lastText).toContain("Question 1 of 3");
      const plain = world.chat("kid-2");
      await plain.send("/reset");
      expect((await typed(plain, "S9999")).deleted).toBe(false);
    });
  });

  describe('a teacher\'s "Which student?"', () => {
    beforeEach(async () => {
      world = await TestWorld.create();
    });

    it("a password typed there is deleted too; a student's ID stays", async () => {
      const teacher = await linkedOnOwnPhone(world, MRS_NG);
      await teacher.send("/unlock");
      expect(teacher.lastText).toContain("Which student?");
      const sent = await typed(teacher, MRS_NG.password);
      expect(sent.deleted).toBe(true);
      expect(sent.replies[0]).toBe(DELETED_NOTE);
      expect((await typed(teacher, "S1001")).deleted).toBe(false);
    });
  });
});
