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
    expect(keys.suspended("Ann")).toBe("sspr:{p:ann}:suspended");
    expect(keys.resetFailures("Ann")).toBe("sspr:{p:ann}:fails");
    expect([keys.linksByChat, keys.linksByPerson]).toEqual([
      "sspr:{links}:by-chat",
      "sspr:{links}:by-person",
    ]);
  });
});
