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
    "Tiger!Boat90",
    "my password is Tiger!Boat90",
    // Ordinary punctuation between letters is skipped, but the digits still give a password away.
    "Tiger.Boat90",
    "Garden...Lamp21",
    "Garden,Lamp21",
    // Shaped a little like an address or a time, but not one.
    "Garden@Lamp21",
    "Tan@school.1",
    "10am-Garden21",
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
    // Sentences typed without a space after the punctuation, names and short forms.
    "hello...how are you",
    "hello…how are you",
    "ok,thanks",
    "hi,teacher",
    "Mr.Tan's",
    "O'Brien's",
    "e.g.something",
    // Links and email addresses: a child may tell where they tried to log in, or whom they wrote to.
    "see https://school.edu/login",
    "https://school.edu/login?id=S1001",
    "write to tan@school.edu",
    "tan.wl2015@school.edu.sg",
    // Times.
    "meet 10am-11am",
    "10:30am-11:30am",
    "at 3.30pm–4pm",
  ])("%j stays", (text) => {
    expect(looksLikePassword(text)).toBe(false);
  });
});
