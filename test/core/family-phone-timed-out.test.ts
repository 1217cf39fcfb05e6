import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { textsOf, WEI_LING, WEI_LING_ANSWERS } from "../helpers/dialog-helpers.js";
import { DEMO_PASSWORDS } from "../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const MINUTE = 60_000;
const START = new Date("2026-03-02T08:00:00Z").getTime();

/**
 * On a family phone, whoever picks the phone up after a sibling's set-up timed out reads the time-out
 * notice: "This chat is linked to your account" would be about someone else's account.
 */
describe("a family phone: the time-out notice of a sibling's set-up", () => {
  let world: TestWorld;
  let phone: TestChat;
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(START);
    world = await TestWorld.create();
    phone = world.chat("family");
    await phone.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await phone.press("No thanks");
  });
  afterEach(async () => {
    await world.close();
    vi.useRealTimers();
  });

  async function aishaAwayAfterHerPassword(): Promise<string> {
    await phone.send("/setup");
    await phone.send("S1002");
    await phone.send(DEMO_PASSWORDS.S1002);
    expect(phone.buttons).toHaveLength(8);
    vi.setSystemTime(Date.now() + 16 * MINUTE);
    return textsOf(await phone.send("hello"))[0]!;
  }

  it("says set-up was not finished and nothing was saved, without 'your account'", async () => {
    const notice = await aishaAwayAfterHerPassword();
    expect(notice).toBe(
      "We stopped because you were away for a while. The set-up was not finished, so no new secret questions were saved. Type /setup to start again.",
    );
  });

  it("on a chat linked to one student, still 'linked to your account'", async () => {
    const own = world.chat("own");
    await own.send("/setup");
    await own.send("S1002");
    await own.send(DEMO_PASSWORDS.S1002);
    vi.setSystemTime(Date.now() + 16 * MINUTE);
    expect(textsOf(await own.send("hello"))[0]).toContain("This chat is linked to your account");
  });

  it.each(["zh", "ms", "ta"])("in %s too, without the words of 'your account'", async (language) => {
    await world.deps.store.setChatLanguage(phone.ref, language);
    const notice = await aishaAwayAfterHerPassword();
    expect(notice).toContain("/setup");
    const yourAccount = { zh: "你的账号", ms: "akaun kamu", ta: "உன் கணக்கு" }[language]!;
    expect(notice).not.toContain(yourAccount);
  });
});
