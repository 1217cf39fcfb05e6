import type { ChatRef } from "../../src/core/chat.js";
import { describe, expect, it } from "vitest";
import { encodeKeyPart, normalisePersonId, storeKeys } from "../../src/store/keys.js";

describe("store keys", () => {
  it("treats person ids that differ only in case or surrounding spaces as one person", () => {
    expect(normalisePersonId("  Ann.Lee ")).toBe("ann.lee");
    const keys = storeKeys("sspr:");
    expect(keys.enrolment(" ANN.lee")).toBe(keys.enrolment("ann.lee"));
  });

  it("leaves ordinary ids readable and escapes everything that could end a hash tag or a key part", () => {
    expect(encodeKeyPart("ann.lee@school-1_x")).toBe("ann.lee@school-1_x");
    expect(encodeKeyPart("a}{b")).toBe("a%007d%007bb");
    expect(encodeKeyPart("telegram:42")).toBe("telegram%003a42");
  });

  it("never maps two different ids to the same key part, lone surrogates included", () => {
    const ids = ["a}{b", "a%007d%007bb", "a%b", "%", "\ud800", "\ufffd", "", " ", "é", "e\u0301"];
    const encoded = ids.map(encodeKeyPart);
    expect(new Set(encoded).size).toBe(ids.length);
    for (const part of encoded) expect(part).not.toMatch(/[{}:*?[\]\s]/);
  });

  it("gives a chat's keys one hash tag and a person's keys another", () => {
    const keys = storeKeys("sspr:");
    const chat = { channel: "slack" as const, chatUserId: "U1" };
    expect(keys.dialog(chat)).toBe("sspr:{c:slack%003aU1}:dialog");
    expect(keys.dialogOpen(chat)).toBe("sspr:{c:slack%003aU1}:dialog-open");
    expect(keys.version("Ann")).toBe("sspr:{p:ann}:rec");
    expect(keys.auditTrail("Ann")).toBe("sspr:{p:ann}:rec");
    expect(keys.limit("student", "Ann")).toEqual({
      failures: "sspr:{p:ann}:lim-student",
      abouts: "sspr:{p:ann}:lim-student-about",
      block: "sspr:{p:ann}:lim-student-block",
      version: "sspr:{p:ann}:rec",
    });
    expect(keys.limit("chat", "slack:U1").block).toBe("sspr:{c:slack%003aU1}:lim-chat-block");
    expect(keys.auditRate("slack:U1")).toBe("sspr:{c:slack%003aU1}:audit-rate");
    expect([keys.linksByChat, keys.linksByPerson]).toEqual([
      "sspr:{links}:by-chat",
      "sspr:{links}:by-person",
    ]);
  });

  it("keeps school-wide counters and the audit stream each in one slot of their own", () => {
    const keys = storeKeys("sspr:");
    expect(keys.limit("spree", "school")).toEqual({
      failures: "sspr:{school}:lim-spree",
      abouts: "sspr:{school}:lim-spree-about",
      block: "sspr:{school}:lim-spree-block",
      version: "sspr:{school}:no-version",
    });
    expect([keys.auditDay("20250901"), keys.auditDays]).toEqual([
      "sspr:{audit}:day-20250901",
      "sspr:{audit}:days",
    ]);
  });

  it("never lets a chat limit bump a person's version", () => {
    const keys = storeKeys("sspr:");
    expect(keys.limit("chat", "telegram:1").version).toBe("sspr:{c:telegram%003a1}:no-version");
    expect(keys.limit("link", "Ann").version).toBe(keys.version("ann"));
  });

  it("names the keys of the chat given, even when one ref object is changed between calls", () => {
    const keys = storeKeys("p:");
    const ref: ChatRef = { channel: "telegram", chatUserId: "1001" };
    expect(keys.lock(ref)).toBe("p:{c:telegram%003a1001}:lock");
    ref.chatUserId = "1002";
    expect(keys.lock(ref)).toBe("p:{c:telegram%003a1002}:lock");
    expect(keys.dialog({ channel: "slack", chatUserId: "1002" })).toBe("p:{c:slack%003a1002}:dialog");
  });
});
