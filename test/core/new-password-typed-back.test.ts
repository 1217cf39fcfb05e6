import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { reachNewPasswordChoice, textsOf } from "../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/*
 * "Write it down now": a child writes her new password down in the chat itself, retyped from the message
 * that will disappear, and on a phone she types spaces rather than switching keyboards for the dashes
 * ("Mango Tiger Cloud 47"). Typed with its dashes it was deleted (it looks like a password); with spaces it
 * stayed in the chat history for good, for whoever picks up the phone. The next words after the password is
 * shown are compared with it, without case, spaces or punctuation, and deleted when they are it.
 */
describe("the new password typed back into the chat right after it is shown", () => {
  let world: TestWorld;
  let kid: TestChat;
  let password: string;

  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat();
    await reachNewPasswordChoice(kid);
    await kid.press("Make one for me");
    password = String(kid.last.replies[0]?.text.params?.password);
  });
  afterEach(async () => world.close());

  it("with spaces for the dashes: deleted, with why, and the menu", async () => {
    const typed = await kid.send(password.replaceAll("-", " "));
    expect(typed.deleteInbound).toBe(true);
    expect(textsOf(typed)[0]).toBe(
      "I deleted that message. It may have been your password or a secret answer.",
    );
    expect(kid.lastText).toContain("What would you like to do?");
  });

  it("in small letters with spaces: deleted too", async () => {
    const typed = await kid.send(` ${password.toLowerCase().replaceAll("-", "  ")} `);
    expect(typed.deleteInbound).toBe(true);
  });

  it("other words next ('thank you') are not deleted, and only the very next words are compared", async () => {
    const thanks = await kid.send("thank you");
    expect(thanks.deleteInbound).toBe(false);
    expect(textsOf(thanks)).toEqual(["You're welcome! 😊 If you need me again, just send me a message."]);
    const later = await kid.send(password.replaceAll("-", " "));
    expect(later.deleteInbound).toBe(false);
  });
});
