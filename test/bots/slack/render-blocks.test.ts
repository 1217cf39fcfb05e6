import { describe, expect, it } from "vitest";
import { renderMessages } from "../../../src/bots/slack/render-blocks.js";
import { clip } from "../../../src/bots/slack/slack-text.js";
import type { Reply } from "../../../src/core/messages.js";
import { LIMITS } from "./fake-slack-api.js";

type Block = { type: string; text?: { text: string }; elements?: { value?: string }[] };

/** A class report of `size` students with long names. */
function classReport(size: number, extra: Partial<Reply> = {}): Reply {
  const missing = Array.from({ length: size }, (_, i) => `• A long student name number ${i} (S${10000 + i})`);
  const params = { class: "4A", total: size, setUp: 0, missing: missing.join("\n"), suspended: "• nobody" };
  return {
    text: { key: "coverage.report", params: { ...params, paused: "", disabled: "", shared: "" } },
    ...extra,
  };
}

const sectionsOf = (blocks: unknown[]) => (blocks as Block[]).filter((b) => b.type === "section");

describe("a reply as Slack messages", () => {
  it("a short reply is one message: one section and its buttons", () => {
    const messages = renderMessages({
      text: { key: "report.nobody" },
      choices: [{ id: "m:setup", label: { key: "report.nobody" } }],
    });
    expect(messages).toHaveLength(1);
    expect(messages[0]!.blocks.map((b) => b.type)).toEqual(["section", "actions"]);
  });

  it("a very long report is several messages Slack takes, nothing cut, the buttons under the last only", () => {
    const messages = renderMessages(
      classReport(1000, { choices: [{ id: "m:setup", label: { key: "report.nobody" } }] }),
    );
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) {
      expect(message.blocks.length).toBeLessThanOrEqual(LIMITS.messageBlocks);
      for (const section of sectionsOf(message.blocks)) {
        expect(section.text!.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
      }
      // The notification text is this message's own words, not the whole report's.
      expect(message.text).toBe(
        sectionsOf(message.blocks)
          .map((s) => s.text!.text)
          .join("\n"),
      );
    }
    const words = messages.flatMap((m) => sectionsOf(m.blocks).map((s) => s.text!.text)).join("\n");
    expect(words).not.toContain("…");
    expect(words).toContain("• A long student name number 999 (S10999)\nSuspended:\n• nobody");
    expect(messages.slice(0, -1).every((m) => m.blocks.every((b) => b.type === "section"))).toBe(true);
    expect(messages.at(-1)!.blocks.at(-1)!.type).toBe("actions");
  });
});

describe("clipping a button's label", () => {
  it("never leaves half an emoji before the ellipsis", () => {
    expect(clip("Set up 🎉🎉", 9)).toBe("Set up …");
    expect(clip("Set up 🎉🎉", 10)).toBe("Set up 🎉…");
    expect(clip("Set up", 75)).toBe("Set up");
  });
});
