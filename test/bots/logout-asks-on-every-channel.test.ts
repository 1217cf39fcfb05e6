import { describe, expect, it, vi } from "vitest";
import { LOGOUT_BUTTON } from "../helpers/logout.js";
import { onTheTerminal, typedLines } from "../helpers/on-the-terminal.js";
import { TestWorld } from "../helpers/test-world.js";
import { SlackKid } from "./slack/slack-kid.js";
import { SlackWorld } from "./slack/slack-world.js";
import { TelegramKid } from "./telegram/telegram-kid.js";
import { TelegramWorld } from "./telegram/telegram-world.js";

const ASKED = "Do you want to unlink this chat from your account?";
const KEPT = "Okay, this chat is still linked to your account.";
const PASSWORD = "Garden-Lamp-21";

/** /logout from each channel's own command: the question, its two buttons, and the link kept until "Yes". */
describe("/logout asks first on every channel", () => {
  it("Telegram: the question comes with its two buttons; a typed '1' does not unlink, the tap does", async () => {
    const { world } = await TelegramWorld.create();
    try {
      const kid = new TelegramKid(world, 424242);
      for (const typed of ["/setup", "S1001", PASSWORD, "/cancel"]) await kid.say(typed);
      const linked = () => world.app.deps.store.linkedPeople({ channel: "telegram", chatUserId: "424242" });

      await kid.say("/logout");
      expect(kid.texts.join("\n")).toContain(ASKED);
      const keyboard = kid.replies.at(-1)?.payload.reply_markup as { inline_keyboard: { text: string }[][] };
      expect(keyboard.inline_keyboard.flat().map((b) => b.text)).toEqual([LOGOUT_BUTTON, "No, keep it"]);
      await kid.say("1");
      expect(kid.texts.join("\n")).toContain("Please tap a button.");
      expect(await linked()).toEqual(["s1001"]);

      await kid.press(LOGOUT_BUTTON);
      expect(kid.texts.join("\n")).toContain("This chat is no longer linked to your account.");
      expect(await linked()).toEqual([]);
    } finally {
      await world.close();
    }
  });

  it("Slack: /sspr logout asks, and 'No, keep it' keeps the link", async () => {
    const world = await SlackWorld.create();
    try {
      const kid = new SlackKid(world);
      await kid.command("setup");
      await kid.submitBox("S1001");
      await kid.submitBox(PASSWORD);
      await kid.command("cancel");
      await kid.command("logout");
      expect(kid.said).toContain(ASKED);
      await kid.pressButton("No, keep it");
      expect(kid.said).toContain(KEPT);
      const chat = { channel: "slack" as const, chatUserId: kid.userId };
      expect(await world.app.deps.store.linkedPeople(chat)).toEqual(["s1001"]);
    } finally {
      await world.close();
    }
  });

  it("Slack: a teacher's /sspr logout 16 minutes after her password asks for it in the private box first", async () => {
    const world = await SlackWorld.create();
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const teacher = new SlackKid(world);
      await teacher.command("setup");
      await teacher.submitBox("T2001");
      await teacher.submitBox("Teach-Four-A-2026");
      vi.setSystemTime(Date.now() + 16 * 60_000);
      await teacher.command("logout");
      expect(teacher.boxText).toContain("type your password to go on, Mrs Ng Mei Hua");
      expect(teacher.said).not.toContain("Do you want to unlink this chat");
      await teacher.submitBox("Teach-Four-A-2025");
      const chat = { channel: "slack" as const, chatUserId: teacher.userId };
      expect(await world.app.deps.store.linkedPeople(chat)).toEqual(["t2001"]);
    } finally {
      vi.useRealTimers();
      await world.close();
    }
  });

  it("the terminal numbers the two choices; 2 keeps the link", async () => {
    const world = await TestWorld.create();
    try {
      const screen = await onTheTerminal(
        world,
        typedLines(["/setup", "S1001", PASSWORD, "/cancel", "/logout", "2"]),
      );
      expect(screen).toContain(ASKED);
      expect(screen).toContain(`1. ${LOGOUT_BUTTON}`);
      expect(screen).toContain("2. No, keep it");
      expect(screen).toContain(KEPT);
      expect(await world.deps.store.linkedPeople({ channel: "console", chatUserId: "local" })).toEqual([
        "s1001",
      ]);
    } finally {
      await world.close();
    }
  });
});
