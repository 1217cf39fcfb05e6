import { describe, expect, it } from "vitest";
import { slackText } from "../../../src/bots/slack/slack-text.js";

describe("texts shown in Slack", () => {
  it("spell every command mention as the app's one slash command, teachers' commands included", () => {
    expect(slackText({ key: "help" })).toContain("/sspr setup – set up your 3 secret questions");
    const staffHelp = slackText({ key: "staff.help", params: { role: "teacher" } });
    expect(staffHelp).toContain("/sspr guided ID");
    expect(staffHelp).toContain("/sspr clearanswers ID");
    expect(staffHelp).not.toMatch(/(^|\s)\/(guided|unlock|coverage)/m);
  });
});
