import { describe, expect, it } from "vitest";
import { looksLikePassword } from "../../src/core/looks-like-password.js";

/**
 * What is deleted where no password is asked (no conversation open, a user-ID prompt): a message with a word
 * that looks like a password, alone or in a sentence. Ordinary messages stay: deleting them would puzzle the
 * child (Telegram) or ask them to delete it themselves (Slack).
 */
describe("a message that looks like it holds a password", () => {
  it.each([
    "Garden-Lamp-21",
    "tan.wl2015",
    "Sunny12!",
    "hello my password is Garden-Lamp-21",
    "my password is Garden-Lamp-21.",
    "S1001 Garden-Lamp-21",
    "password: Teach-Four-A-2026",
    "(Garden-Lamp-21)",
    "我的密码是Garden-Lamp-21",
    "Kata laluan saya Garden-Lamp-21",
  ])("%j is deleted", (text) => {
    expect(looksLikePassword(text)).toBe(true);
  });

  it.each([
    "hello",
    "thank you!",
    "🙂",
    "S1001",
    "I am 9 years old",
    "my ID is S1001",
    "hello!!!",
    "can't log in",
    "I couldn't log in, please help!!!",
    "I forgot my password?",
    "I like ice-cream",
    "thanks😀😀",
    "我忘记了密码，怎么办？",
    "我的ID是S1001，怎么办？",
    // A chat as alerts and /audit name it, typed by an admin at "Which student?" (/unlock of a chat's pause).
    "telegram:123456789",
    "slack:U012ABCDEF",
    // Words and a number, like "I am 9 years old": a password typed with spaces cannot be told from a sentence.
    "Garden Lamp 21 x",
  ])("%j stays", (text) => {
    expect(looksLikePassword(text)).toBe(false);
  });
});
