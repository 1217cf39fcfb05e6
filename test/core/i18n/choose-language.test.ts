import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { loadConfig } from "../../../src/config/load-config.js";
import { UNLINKED_LANGUAGE_TTL_SECONDS } from "../../../src/store/chat-language-store.js";
import { storeKeys } from "../../../src/store/keys.js";
import { DEMO_PASSWORDS } from "../../helpers/security-helpers.js";
import { TestWorld } from "../../helpers/test-world.js";
import { logOut } from "../../helpers/logout.js";

describe("a student chooses the bot's language", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  const languageKey = (chatUserId: string) =>
    storeKeys(world.prefix).chatLanguage({ channel: "telegram", chatUserId });

  it("/language lists the four languages, each in its own script; 中文 then speaks Chinese from then on", async () => {
    const kid = world.chat("kid-zh");
    await kid.send("/language");
    expect(kid.lastText).toContain("Which language would you like?");
    expect(kid.buttons).toEqual(["English", "中文", "Bahasa Melayu", "தமிழ்"]);

    await kid.press("中文");
    expect(kid.lastText).toContain("好的！现在我用中文和你说话。");
    expect(kid.buttons).toEqual(["设置我的秘密问题", "我忘了密码", "帮助", "🌐 语言 Language"]);

    await kid.send("/help");
    expect(kid.lastText).toContain("设置你的 3 个秘密问题");
  });

  it("the start menu has a language button, and the choice works in the middle of a set-up", async () => {
    const kid = world.chat("kid-ms");
    await kid.send("/start");
    await kid.press("🌐 Language");
    expect(kid.buttons).toContain("Bahasa Melayu");
    await kid.send("/setup");
    expect(kid.lastText).toContain("Type your user ID.");
    // A language button from before still works, and the open question is asked again in Malay.
    await kid.send("/language");
    await kid.press("Bahasa Melayu");
    expect(kid.lastText).toContain("Baiklah! Sekarang saya akan bercakap dalam Bahasa Melayu");
    expect(kid.lastText).toContain("Taip ID pengguna kamu.");
    expect(kid.lastText).toContain("Ia sama seperti yang kamu guna di komputer sekolah.");
  });

  it("before any choice the platform's language is used; a choice beats it; an unknown one gets the school's default", async () => {
    const kid = world.chat("kid-ta");
    await kid.send("/start", { locale: "ta-SG" });
    expect(kid.lastText).toContain("வணக்கம்!");
    await kid.send("/start", { locale: "fr-FR" });
    expect(kid.lastText).toContain("Hi!");

    await kid.send("/language", { locale: "ta" });
    await kid.press("English");
    await kid.send("/start", { locale: "ta" });
    expect(kid.lastText).toContain("Hi!");
  });

  it("the school's DEFAULT_LANGUAGE speaks first, and LANGUAGES limits the menu", async () => {
    const school = await TestWorld.create({ LANGUAGES: "ms,zh", DEFAULT_LANGUAGE: "ms" });
    try {
      const kid = school.chat("kid-school");
      await kid.send("/start", { locale: "ta" });
      expect(kid.lastText).toContain("Hai! Saya boleh bantu kamu");
      await kid.send("/language");
      expect(kid.buttons).toEqual(["Bahasa Melayu", "中文"]);
    } finally {
      await school.close();
    }
  });

  it("an unknown language code stops the bot at start with a clear message", () => {
    expect(() => loadConfig({ LANGUAGES: "en,fr" })).toThrow(
      /LANGUAGES: "fr" is not a language the bot speaks; use en, zh, ms, ta/,
    );
    expect(() => loadConfig({ LANGUAGES: "en,zh", DEFAULT_LANGUAGE: "ta" })).toThrow(
      /DEFAULT_LANGUAGE: "ta" must be one of LANGUAGES \(en,zh\)/,
    );
  });

  it("an unlinked chat's choice expires after 30 days unused; a linked chat keeps it; unlinking starts the 30 days", async () => {
    const kid = world.chat("kid-link");
    await kid.send("/language");
    await kid.press("தமிழ்");
    const ttl = await world.redis.ttl(languageKey("kid-link"));
    expect(ttl).toBeGreaterThan(UNLINKED_LANGUAGE_TTL_SECONDS - 60);
    expect(ttl).toBeLessThanOrEqual(UNLINKED_LANGUAGE_TTL_SECONDS);

    await kid.send("/setup");
    await kid.send("S1001");
    await kid.send(DEMO_PASSWORDS.S1001);
    expect(kid.lastText).toContain("அருமை, நீதான் Tan Wei Ling!");
    await kid.send("/cancel");
    expect(await world.redis.ttl(languageKey("kid-link"))).toBe(-1);

    await logOut(kid);
    expect(kid.lastText).toContain("இந்த அரட்டை இனி உன் கணக்குடன் இணைக்கப்படவில்லை");
    expect(await world.redis.ttl(languageKey("kid-link"))).toBeGreaterThan(
      UNLINKED_LANGUAGE_TTL_SECONDS - 60,
    );
    await kid.send("/start");
    expect(kid.lastText).toContain("வணக்கம்!");
  });
});

describe("answers given without reading the chat's language", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create({ DEFAULT_LANGUAGE: "ms" });
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await world.close();
  });

  it("Redis down: the platform's language, else the school's default, never English by accident", async () => {
    const commands = world.redis as unknown as Record<string, () => Promise<unknown>>;
    for (const script of ["storeBeginChatTurn", "storeBeginChatTurnWithLinks"])
      vi.spyOn(commands, script).mockRejectedValue(new Error("connect ECONNREFUSED"));
    const kid = world.chat("kid-down");
    await kid.send("/start");
    expect(kid.lastText).toContain("Ada masalah di pihak saya.");
    await kid.send("/start", { locale: "zh-hans" });
    expect(kid.lastText).toContain("我这边出了问题。");
  });

  it("a group: 'write to me privately' in the platform's language, else the school's default", async () => {
    const kid = world.chat("group-1");
    await kid.send("/start", { isPrivate: false });
    expect(kid.lastText).toContain("Sila hantar mesej peribadi kepada saya.");
    await kid.send("/start", { isPrivate: false, locale: "ta-SG" });
    expect(kid.lastText).toContain("எனக்குத் தனிச் செய்தி அனுப்பு.");
  });
});
