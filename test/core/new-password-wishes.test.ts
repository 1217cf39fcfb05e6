import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { reachNewPasswordChoice, WEI_LING } from "../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/*
 * At "Type your new password" (after "I'll type my own"), a child types what she wants instead of a
 * password: "change language", "i want to stop", "go back please", 中文. Typed twice (she thought it was not
 * understood), it became her new password, and she would not know it. Now the bot's own words are read as
 * that wish, as help words are; a real passphrase is still her password.
 */

describe("the bot's own words at 'Type your new password'", () => {
  let world: TestWorld;
  let kid: TestChat;

  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat();
    await reachNewPasswordChoice(kid);
    await kid.press("I'll type my own");
  });
  afterEach(async () => {
    await world.close();
  });

  async function neverSet(words: string): Promise<void> {
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, words)).toBeNull();
  }

  for (const words of ["language", "change language", "语言", "bahasa", "மொழி"]) {
    it(`"${words}" shows the language list, and is never her password`, async () => {
      const first = await kid.send(words);
      expect(first.deleteInbound).toBe(true);
      expect(kid.buttons).toContain("中文");
      await kid.send(words);
      await neverSet(words);
    });
  }

  for (const [words, told] of [
    ["English please", "Type your new password"],
    ["中文", "新密码"],
    ["bahasa melayu", "kata laluan baharu"],
    ["Melayu", "kata laluan baharu"],
  ] as const) {
    it(`"${words}" chooses that language and asks for the password in it`, async () => {
      await kid.send("/language ta");
      await kid.press("I'll type my own").catch(() => undefined);
      await kid.send(words);
      expect(kid.lastText).toContain(told);
      await kid.send(words);
      await neverSet(words);
    });
  }

  for (const words of ["i want to stop", "stop", "取消", "berhenti", "நிறுத்து"]) {
    it(`"${words}" stops the reset, and changes nothing`, async () => {
      await kid.send(words);
      expect(kid.lastText).toContain("Nothing was changed");
      await kid.send(words);
      await neverSet(words);
    });
  }

  // "start", 开始, "mula" are words for "start again": back to the choice (new-password-typed-wishes.test.ts).
  for (const words of ["menu", "菜单", "menu utama"]) {
    it(`"${words}" shows the menu`, async () => {
      await kid.send(words);
      expect(kid.buttons.length).toBeGreaterThan(1);
      expect(kid.buttons).not.toContain("I'll type my own");
      await neverSet(words);
    });
  }

  for (const words of ["go back please", "回去", "pergi balik"]) {
    it(`"${words}" goes back to the choice`, async () => {
      await kid.send(words);
      expect(kid.buttons).toEqual(["Make one for me", "I'll type my own"]);
      await neverSet(words);
    });
  }

  for (const password of ["Purple-Tiger-47", "i like big red buses"]) {
    it(`a real passphrase "${password}" is still her new password`, async () => {
      await kid.send(password);
      await kid.send(password);
      expect(await world.memoryDirectory.authenticate(WEI_LING.id, password)).not.toBeNull();
    });
  }
});
