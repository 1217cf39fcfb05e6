import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { linkStaff, MRS_NG, PRIYA, staffRefusals } from "../helpers/staff-helpers.js";
import { DEMO_PASSWORDS } from "../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/**
 * A staff member's own password typed after /coverage or /audit on the same line, or at their "Which
 * class?" / "Whose record?" prompt (the wrong box): the message is deleted, and the password must not come
 * back in the bot's reply (chat history), nor reach a log line or Redis (the audit stream, her own record of
 * what she did). It did: a class refused or unknown was audited and echoed as typed, and so was a person
 * with no record.
 */
describe("a staff password typed as a class or a user ID is never audited or echoed", () => {
  let world: TestWorld;
  let chat: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    chat = world.chat("staff-phone");
  });
  afterEach(async () => world.close());

  async function expectNowhere(secret: string): Promise<void> {
    expect(chat.lastText).not.toContain(secret);
    expect(world.logs.text).not.toContain(secret);
    expect(await world.redisDump()).not.toContain(secret);
  }

  it("a teacher's /coverage with her password after it", async () => {
    await linkStaff(chat, MRS_NG);
    const typed = await chat.send(`/coverage ${MRS_NG.password}`);
    expect(typed.deleteInbound).toBe(true);
    await expectNowhere(MRS_NG.password);
    // Taken as no class: her own class's report.
    expect(chat.lastText).toContain("4A");
  });

  it("an admin's /coverage with her password after it, and at 'Which class?'", async () => {
    await linkStaff(chat, PRIYA);
    await chat.send(`/coverage ${PRIYA.password}`);
    await expectNowhere(PRIYA.password);
    expect(chat.lastText).toContain("Which class?");
    const atPrompt = await chat.send(PRIYA.password);
    expect(atPrompt.deleteInbound).toBe(true);
    await expectNowhere(PRIYA.password);
    expect(chat.lastText).toContain("Which class?");
  });

  it("an admin's /audit with her password after it, and at 'Whose record?'", async () => {
    await linkStaff(chat, PRIYA);
    const typed = await chat.send(`/audit ${PRIYA.password}`);
    expect(typed.deleteInbound).toBe(true);
    await expectNowhere(PRIYA.password);
    await chat.send("/audit");
    expect(chat.lastText).toContain("Whose record");
    const atPrompt = await chat.send(PRIYA.password);
    expect(atPrompt.deleteInbound).toBe(true);
    await expectNowhere(PRIYA.password);
  });

  it("a teacher's passphrase (words with spaces) after /coverage: refused, but no class of that name is filed", async () => {
    // Words and a number, as "I am 9 years old" is: not deleted from the chat, but no log or Redis keeps it.
    const passphrase = "purple elephant dance 7";
    await world.memoryDirectory.setPassword(MRS_NG.id, passphrase, { mustChange: false });
    await linkStaff(chat, { id: MRS_NG.id, password: passphrase });
    await chat.send(`/coverage ${passphrase}`);
    expect(chat.lastText).toBe(
      "You can only see your own classes. Your class is 4A: type /coverage to see it.",
    );
    await expectNowhere(passphrase);
    // Still a refused staff action, by her: a class the school has is named, one it has not is not.
    await chat.send("/coverage 5B");
    const refused = await staffRefusals(world, 10);
    expect(refused.map((e) => [e.subject, e.actor])).toEqual([
      ["class:5B", MRS_NG.id],
      ["class:?", MRS_NG.id],
    ]);
  });

  it("an admin's passphrase after /coverage: not echoed back as a class there is not", async () => {
    const passphrase = "purple elephant dance 7";
    await world.memoryDirectory.setPassword(PRIYA.id, passphrase, { mustChange: false });
    await linkStaff(chat, { id: PRIYA.id, password: passphrase });
    await chat.send(`/coverage ${passphrase}`);
    expect(chat.lastText).toBe("I can't find that class. The classes are: 4A, 5B.");
    await expectNowhere(passphrase);
  });

  it("a teacher's passphrase after /coverage on a phone shared with her child: not kept in Redis while her password is asked", async () => {
    const passphrase = "purple elephant dance 7";
    await world.memoryDirectory.setPassword(MRS_NG.id, passphrase, { mustChange: false });
    await linkStaff(chat, { id: MRS_NG.id, password: passphrase });
    // Her child links the same phone: every staff command there asks her password first.
    await chat.send("/setup");
    await chat.send("S1002");
    await chat.send(DEMO_PASSWORDS.S1002);
    await chat.send("/cancel");
    await chat.send(`/coverage ${passphrase}`);
    expect(chat.lastText).toContain("password");
    await expectNowhere(passphrase);
    // Her password right: the command runs with what followed it, as on her own phone.
    const typed = await chat.send(passphrase);
    expect(typed.deleteInbound).toBe(true);
    expect(chat.lastText).toContain("You can only see your own classes.");
    await expectNowhere(passphrase);
  });

  it("a class typed after /coverage on a shared phone is still shown once her password is right", async () => {
    await linkStaff(chat, PRIYA);
    await chat.send("/setup");
    await chat.send("S1002");
    await chat.send(DEMO_PASSWORDS.S1002);
    await chat.send("/cancel");
    await chat.send("/coverage 5B");
    expect(chat.lastText).toContain("password");
    await chat.send(PRIYA.password);
    expect(chat.lastText).toContain("5B");
    expect(chat.lastText).not.toContain("Which class?");
  });

  it("a line as long as a message may be, of control characters, after /audit on a shared phone: her password is asked, then the command answers", async () => {
    await linkStaff(chat, PRIYA);
    await chat.send("/setup");
    await chat.send("S1002");
    await chat.send(DEMO_PASSWORDS.S1002);
    await chat.send("/cancel");
    // 512 characters in all; each control character is six ("\\u0001") in the sealed JSON.
    const line = `/audit ${"\u0001".repeat(505)}`;
    expect(line).toHaveLength(512);
    await chat.send(line);
    expect(chat.lastText).toContain("password");
    await chat.send(PRIYA.password);
    // The command runs (control characters are no ID: it asks whose), not the start menu as if nothing was asked.
    expect(chat.lastText).toBe("Whose record do you want to see? Type their user ID.");
  });

  it("a real class and a real record are still shown", async () => {
    await linkStaff(chat, PRIYA);
    await chat.send("/coverage 5B");
    expect(chat.lastText).toContain("5B");
    await chat.send("/audit S1001");
    expect(chat.lastText).not.toContain("I can't find anyone");
  });
});
