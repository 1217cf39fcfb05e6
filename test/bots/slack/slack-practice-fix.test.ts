import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SlackKid } from "./slack-kid.js";
import { SlackWorld } from "./slack-world.js";

/**
 * The practice round's "fix" step asks for a new answer (a secret) and offers a button to keep the old one.
 * On Slack a secret is typed only in a private box, so the DM must offer one next to "Keep my old answer":
 * without it, the child told "Type the answer you want to keep" was refused in the DM ("press the button to
 * type it in a private box") with no such button, and could only keep the old answer.
 */
const ANSWERS: [string, string][] = [
  ["favourite animal", "Elephant"],
  ["favourite colour", "Turquoise"],
  ["favourite food", "Nasi lemak"],
];

let world: SlackWorld;
let kid: SlackKid;

beforeEach(async () => {
  world = await SlackWorld.create();
  kid = new SlackKid(world);
  await kid.command("setup");
  await kid.submitBox("S1001");
  await kid.submitBox("Garden-Lamp-21");
  for (const [question, answer] of ANSWERS) {
    await kid.pressButton(question);
    await kid.submitBox(answer);
  }
  await kid.pressButton("Check that I remember");
  await kid.submitBox("Elephant");
  await kid.submitBox("Blue");
  await kid.submitBox("Nasi lemak");
});
afterEach(async () => world.close());

describe("the practice round's fix step on Slack", () => {
  it("offers a private box for the new answer beside 'Keep my old answer', and saves what is typed there", async () => {
    expect(kid.said).toContain("One answer was not the same as before.");
    expect(kid.said).toContain("What is your favourite colour?");
    // The DM's words do not ask to type the answer there (where it would stay).
    expect(kid.said).not.toContain("Type the answer you want to keep. Or");
    await kid.pressButton("Type it privately");
    expect(kid.boxText).toContain("What is your favourite colour?");
    expect(kid.boxText).toContain("Nobody else can see what you type in the box.");
    // No button in the box to "tap".
    expect(kid.boxText).not.toContain("button");
    await kid.submitBox("Blue");
    // Typed twice, like a new password: the box asks for it again, and only the same saves it.
    expect(kid.boxText).toContain("Type the same answer again");
    expect(kid.said).not.toContain("I saved your new answer.");
    await kid.submitBox("Blue");
    expect(kid.box).toBeNull();
    expect(kid.said).toContain("Okay, I saved your new answer.");
    expect(kid.said).toContain("All done! Your answers are saved.");
    expect(world.postedMessages()).not.toContain("Blue");
  });

  it("'Keep my old answer' still works, in Chinese too", async () => {
    await kid.command("language");
    await kid.pressButton("中文");
    expect(kid.said).toContain("你最喜欢的颜色是什么？");
    await kid.pressButton("私下输入");
    expect(kid.boxText).toContain("你在框里输入的内容，别人看不到。");
    await kid.pressButton("保留原来的答案");
    expect(kid.said).toContain("完成了！你的答案保存好了。");
  });
});
