import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SlackKid } from "./slack-kid.js";
import { SlackWorld } from "./slack-world.js";

let world: SlackWorld;
let kid: SlackKid;

beforeEach(async () => {
  world = await SlackWorld.create();
  kid = new SlackKid(world);
});
afterEach(async () => world.close());

describe("Slack in the student's language", () => {
  it("/sspr language, Bahasa Melayu: the messages, the box's title and buttons, and the Home tab in Malay", async () => {
    await kid.command("language");
    expect(kid.said).toContain("Which language would you like?");
    await kid.pressButton("Bahasa Melayu");
    expect(kid.said).toContain("Baiklah! Sekarang saya akan bercakap dalam Bahasa Melayu");

    await kid.command("setup");
    expect(kid.boxText).toContain("Taip ID pengguna kamu.");
    const view = kid.box?.view as unknown as { title: { text: string }; submit: { text: string } };
    expect(view.title.text).toBe("Pembantu kata laluan");
    expect(view.submit.text).toBe("Hantar");

    await kid.openHome();
    expect(kid.homeText).toContain("Pembantu kata laluan sekolah");
  });
});

describe("SLACK_USER_LOCALE", () => {
  it("on: before any choice, the Slack user's own locale; /sspr language still wins", async () => {
    await world.close();
    world = await SlackWorld.create({ SLACK_USER_LOCALE: "true" });
    kid = new SlackKid(world);
    world.api.setUser(kid.userId, { locale: "zh-CN" });
    await kid.message("hi");
    expect(kid.said).toContain("你好！我可以帮你处理学校账号的密码。");
    await kid.command("language");
    await kid.pressButton("தமிழ்");
    await kid.message("hi");
    expect(kid.said).toContain("வணக்கம்!");
  });

  it("off (the default): Slack is not asked, and the school's default is used", async () => {
    world.api.setUser(kid.userId, { locale: "zh-CN" });
    await kid.message("hi");
    expect(kid.said).toContain("Hi! I can help you");
    expect(world.api.callsTo("users.info")).toEqual([]);
  });
});
