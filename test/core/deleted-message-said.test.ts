import { describe, expect, it } from "vitest";
import { WEI_LING } from "../helpers/dialog-helpers.js";
import { teacherOnOwnPhone, MRS_NG } from "../helpers/staff-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";
import { MINUTE } from "../helpers/security-helpers.js";
import { translate } from "../../src/core/i18n/translate.js";

/*
 * A message the bot deletes as maybe a secret vanished with no word about it when the password came after
 * a command ("/start Garden-Lamp-21", "/cancel Garden-Lamp-21") or among words at the start menu ("S1001
 * Garden-Lamp-21", "my password is Garden-Lamp-21"), or was a teacher's own password typed after /coverage.
 * On Telegram the message just disappears. Whenever one is deleted, the reply says so, once.
 */
const DELETED = "That message looked like a password, so I deleted it to keep it safe.";

/** How many of the chat's last replies say that its message was deleted. */
function deletionNotes(chat: TestChat): number {
  return chat.last.replies.filter((r) => /I deleted/.test(translate(r.text, r.language))).length;
}

function expectDeletedAndSaid(chat: TestChat): void {
  expect(chat.last.deleteInbound).toBe(true);
  expect(chat.lastText).toContain("deleted");
  expect(deletionNotes(chat)).toBe(1);
}

describe("a deleted message is always said to be deleted", () => {
  it.each([
    "/start Garden-Lamp-21",
    "/help Garden-Lamp-21",
    "/cancel Garden-Lamp-21",
    "S1001 Garden-Lamp-21",
    "my password is Garden-Lamp-21",
  ])("a child's '%s' at the start", async (typed) => {
    const world = await TestWorld.create();
    try {
      const kid = world.chat("k");
      await kid.send(typed);
      expectDeletedAndSaid(kid);
      expect(kid.lastText.startsWith(DELETED)).toBe(true);
    } finally {
      await world.close();
    }
  });

  it("a teacher's own password typed after /coverage", async () => {
    const { phone: teacher, clock } = await teacherOnOwnPhone({ STAFF_PASSWORD_AGAIN_MINUTES: "0" });
    clock.advance(10 * MINUTE); // long after she linked: her password is no secret just taken
    await teacher.send("/coverage");
    await teacher.send(MRS_NG.password);
    expectDeletedAndSaid(teacher);
  });

  it("'/guided S1001 <her password>' is said once, in the words that already said so", async () => {
    const { phone: teacher } = await teacherOnOwnPhone({ STAFF_PASSWORD_AGAIN_MINUTES: "0" });
    await teacher.send(`/guided S1001 ${MRS_NG.password}`);
    expectDeletedAndSaid(teacher);
  });
});

describe("'/setup S1001 Garden-Lamp-21' on one line", () => {
  it("keeps the ID, deletes the password, says so, and asks for the password", async () => {
    const world = await TestWorld.create();
    try {
      const kid = world.chat("k");
      await kid.send(`/setup ${WEI_LING.id} ${WEI_LING.password}`);
      expectDeletedAndSaid(kid);
      expect(kid.lastText).toContain("Now type your password");
      expect(kid.lastText).not.toContain("Type your user ID");
      await kid.send(WEI_LING.password);
      expect(kid.lastText).toContain("Great, it's you, Tan Wei Ling!");
    } finally {
      await world.close();
    }
  });
});
