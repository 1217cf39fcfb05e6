import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { textsOf } from "../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/*
 * A Malay child types a command word with a slash, as the commands are written: "/berhenti" (stop),
 * "/bantuan" (help), "/kembali" (back). Eight letters with a slash looked like a password: the message was
 * deleted, and at "Type your user ID" she was told "That message looked like a password, so I deleted it to
 * keep it safe." It is the command word, and is kept, as "/tolong" always was.
 */
describe("a command word typed with a slash", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("kid");
  });
  afterEach(async () => world.close());

  it.each(["/bantuan", "/berhenti", "/kembali", "/BANTUAN!"])(
    "'%s' with nothing open is kept",
    async (typed) => {
      const sent = await kid.send(typed);
      expect(sent.deleteInbound).toBe(false);
    },
  );

  it.each(["/bantuan", "/berhenti"])(
    "'%s' at 'Type your user ID' is kept, with no word of a password",
    async (typed) => {
      await kid.send("/setup");
      const sent = await kid.send(typed);
      expect(sent.deleteInbound).toBe(false);
      expect(textsOf(sent).join("\n")).not.toContain("looked like a password");
    },
  );

  it.each(["Batal@@@", "#Bantuan#", "Berhenti*2026"])(
    "'%s', a password made of a command word, is still deleted, with nothing open and at the ID prompt",
    async (typed) => {
      expect((await kid.send(typed)).deleteInbound).toBe(true);
      await kid.send("/setup");
      expect((await kid.send(typed)).deleteInbound).toBe(true);
    },
  );

  it("a password at 'Type your user ID' is still deleted", async () => {
    await kid.send("/setup");
    const sent = await kid.send("Garden-Lamp-21");
    expect(sent.deleteInbound).toBe(true);
  });
});
