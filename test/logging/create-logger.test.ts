import { describe, expect, it } from "vitest";
import { CapturedLogs } from "../helpers/captured-logs.js";

describe("the logger", () => {
  it("redacts secret-looking keys at any depth and in any letter case, keeping the error's message", () => {
    const logs = new CapturedLogs();
    const error = Object.assign(new Error("bind failed"), {
      config: { auth: { Password: "Deep-Secret-1" } },
      response: { data: { request: { body: { User_Token: "tok-xyz" } } } },
    });
    logs.logger.error(
      { err: error, deep: { a: { b: { c: { answer: "Tiger" } } } } },
      "directory call failed",
    );
    const line = JSON.parse(logs.lines[0]!) as { err: { message: string; type: string } };
    expect(logs.text).not.toContain("Deep-Secret-1");
    expect(logs.text).not.toContain("tok-xyz");
    expect(logs.text).not.toContain("Tiger");
    expect(line.err.message).toBe("bind failed");
    expect(line.err.type).toBe("Error");
  });
});
