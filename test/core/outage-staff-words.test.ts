import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LOGOUT_BUTTON } from "../helpers/logout.js";
import { teacherOnOwnPhone, type StaffOnOwnPhone } from "../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../helpers/test-world.js";

/**
 * While the school directory does not answer, a teacher linked here is still a teacher to the bot's words
 * (docs/languages.md): the adult register in Malay and Tamil, her own /logout question, her command list at
 * /help. The role the directory last gave picks the words only: her staff commands still need it.
 */
const keys = (chat: TestChat) => chat.last.replies.map((reply) => reply.text.key);
const MINUTE = 60_000;

describe("a linked teacher while the school directory does not answer", () => {
  let world: TestWorld;
  let phone: TestChat;
  let clock: StaffOnOwnPhone["clock"];
  beforeEach(async () => {
    ({ world, phone, clock } = await teacherOnOwnPhone());
  });
  afterEach(async () => {
    await world.close();
  });

  it("gets the adult register in Tamil at /start and /cancel, and her command list at /help", async () => {
    await phone.send("/language ta");
    world.directory.down = true;
    await phone.send("/start");
    expect(keys(phone)).toEqual(["error.staffDirectoryDown"]);
    expect(phone.lastText).toContain("செய்யுங்கள்");
    await phone.send("/cancel");
    expect(keys(phone)).toEqual(["chat.staffNothingToCancel"]);
    await phone.send("/help");
    expect(keys(phone)).toEqual(["staff.help"]);
    expect(phone.lastText).toContain("/guided");
    // Her commands still ask the directory.
    await phone.send("/unlock S1001");
    expect(keys(phone)).toEqual(["error.staffDirectoryDown"]);
  });

  it("/logout asks and answers in her words, with no password it could not check", async () => {
    clock.advance(16 * MINUTE);
    world.directory.down = true;
    await phone.send("/logout");
    expect(keys(phone)).toEqual(["logout.staffConfirm"]);
    expect(phone.lastText).not.toContain("secret answers");
    await phone.press(LOGOUT_BUTTON);
    expect(keys(phone)).toEqual(["logout.staffDone"]);
    expect(await world.deps.store.linkedPeople(phone.ref)).toEqual([]);
  });
});
