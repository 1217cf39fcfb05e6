import { describe, expect, it } from "vitest";
import type { Inbound } from "../../src/core/messages.js";
import { movesOn } from "../../src/core/moves-on.js";

const inbound = (more: Partial<Inbound>): Inbound =>
  ({ channel: "telegram", chatUserId: "515151", isPrivate: true, ...more }) as Inbound;

describe("what moves on from what a chat showed before", () => {
  it("is a command the bot knows, or a start-menu button", () => {
    expect(movesOn(inbound({ text: "/guided S1002" }))).toBe(true);
    expect(movesOn(inbound({ text: "/reset" }))).toBe(true);
    expect(movesOn(inbound({ text: "/start" }))).toBe(true);
    expect(movesOn(inbound({ choice: "m:reset" }))).toBe(true);
  });

  // A child who types /help or /language to understand "Your new password is…" has not written it down yet.
  it("is not a question about what is on the screen: /help, /language, /cancel", () => {
    for (const text of ["/help", "/language", "/cancel"]) expect(movesOn(inbound({ text }))).toBe(false);
  });

  // The same questions asked with a button: a start menu's Help or Language (old menus stay tappable), and
  // a language picked from the list /language showed.
  it("is not the menu's Help or Language button, nor a language picked from the list", () => {
    for (const choice of ["m:help", "m:language", "m:lang:zh", "m:lang:en"])
      expect(movesOn(inbound({ choice }))).toBe(false);
  });

  it("is not words, an unknown command, a dialog's own button, or anything in a group", () => {
    expect(movesOn(inbound({ text: "thank you" }))).toBe(false);
    expect(movesOn(inbound({ text: "/thanks" }))).toBe(false);
    expect(movesOn(inbound({ choice: "yes" }))).toBe(false);
    expect(movesOn(inbound({ text: "/guided S1002", isPrivate: false }))).toBe(false);
  });
});
