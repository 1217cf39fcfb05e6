import { readFile } from "node:fs/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TestWorld } from "../../helpers/test-world.js";
import { onTheTerminal } from "../../helpers/on-the-terminal.js";

const CHINESE_SCRIPT = new URL("../../../examples/console-demo-zh.txt", import.meta.url);

describe("the terminal channel in Chinese", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  it("examples/console-demo-zh.txt: /language, 中文, then a whole set-up and reset in Chinese", async () => {
    const screen = await onTheTerminal(world, await readFile(CHINESE_SCRIPT, "utf8"));

    expect(screen).toContain("  2. 中文\n  3. Bahasa Melayu\n  4. தமிழ்");
    expect(screen).toContain("好的！现在我用中文和你说话。");
    expect(screen).toContain("太好了，是你，Tan Wei Ling！这个聊天现在连着你的学校账号了。");
    expect(screen).toContain("完成了！你的 3 个秘密问题保存好了。🎉");
    expect(screen).toMatch(/第 1 个问题（共 3 个）：\n你最喜欢的动物是什么？/);
    // "熊 猫" and "紫色！" at the reset are the same answers as "熊猫" and "紫色" at set-up.
    expect(screen).toContain("真棒，3 个答案都对了！");
    expect(screen).toContain("完成了！你的新密码可以用了。");
    // Everything after the choice is Chinese: no English sentence of the bot's.
    const afterChoice = screen.slice(screen.indexOf("好的！"));
    expect(afterChoice).not.toMatch(/\b(Type|Choose|Question|Done|password)\b/);
    // docs/languages.md shows this session: each of its lines is what the terminal printed.
    const doc = await readFile(new URL("../../../docs/languages.md", import.meta.url), "utf8");
    const shown = doc.slice(doc.indexOf("## A session in Chinese"));
    const from = shown.indexOf("```\nWhich language") + 4;
    const transcript = shown.slice(from, shown.indexOf("\n```", from));
    const lines = transcript.split("\n").filter((line) => line.trim() !== "" && line.trim() !== "…");
    expect(lines.length).toBeGreaterThan(40);
    // Whole stretches between the shortened lists ("…"), so that a line the terminal printed is not left out.
    const stretches = transcript.split(/\n\s*…\n/).map((stretch) => stretch.replace(/^\n+|\n+$/g, ""));
    expect(stretches.length).toBeGreaterThan(1);
    for (const stretch of stretches) expect(screen, stretch).toContain(stretch);
    // Secrets were read, never printed.
    for (const secret of ["Garden-Lamp-21", "Purple-Rocket-88", "熊猫\n", "足球\n"]) {
      expect(screen.replace(/最喜欢/g, "")).not.toContain(secret);
    }
  });
});
