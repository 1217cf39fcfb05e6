import { describe, expect, it } from "vitest";
import { translate } from "../../src/core/i18n/translate.js";

/*
 * Found by a QA pass acting as a teacher: since a staff member's password tries count per chat (the
 * `staff-password` limit), her pause holds only this chat's password step; "too many wrong passwords for
 * your account" made her think her account was locked, everywhere.
 */

const paused = (language: string) =>
  translate(
    { key: "staff.stepUpPaused", params: { name: "Mrs Ng Mei Hua", minutes: 42, hours: 0 } },
    language,
  );

describe("a teacher's password step paused in one chat", () => {
  it("says only this chat is paused, for how long, and what to do next", () => {
    const words = paused("en");
    expect(words).not.toContain("for your account");
    expect(words).toContain(
      "Mrs Ng Mei Hua, I will not ask for your password in this chat for 42 minutes, because too many wrong passwords",
    );
    expect(words).toContain("I have not paused your account or your other chats.");
    expect(words).toContain("The pause ends by itself: then type the command again.");
    expect(words).toContain("An admin can lift it sooner.");
  });

  it.each([
    ["zh", "这个聊天", "你的账号输错"],
    ["ms", "sembang ini", "untuk akaun anda"],
    ["ta", "இந்த அரட்டையில்", "உங்கள் கணக்குக்கு மிக அதிக"],
  ])("in %s, says it of this chat, not of her account", (language, thisChat, ofAccount) => {
    const words = paused(language);
    expect(words).toContain(thisChat);
    expect(words).not.toContain(ofAccount);
    expect(words).toContain("42");
  });
});
