import { describe, expect, it } from "vitest";
import { textsOf } from "../helpers/dialog-helpers.js";
import { recordingDirectory } from "../helpers/recording-directory.js";
import { worldOnSchoolClock } from "../helpers/security-helpers.js";
import { linkedOnOwnPhone, MRS_NG, PRIYA } from "../helpers/staff-helpers.js";

const NOT_KEPT =
  "That looks like a password, so I did not look it up or keep it. If it was your own password, change it soon.";

async function watched(person: typeof MRS_NG | typeof PRIYA) {
  const { directory, searched } = await recordingDirectory();
  const { world } = await worldOnSchoolClock({ STAFF_PASSWORD_AGAIN_MINUTES: "0" }, directory);
  const phone = await linkedOnOwnPhone(world, person);
  searched.length = 0;
  return { world, phone };
}

/*
 * "/coverage Teach-Four-A-2026": her password typed after the command was deleted and taken as no class,
 * so she saw her class's report with no word why her message vanished, nor that she should change her
 * password if it was hers, which /unlock, /guided and /audit say. Now /coverage says it too, first.
 */
describe("a password typed after /coverage is said to look like one", () => {
  it("a teacher's '/coverage <her password>': the words, then her class's report", async () => {
    const { world, phone } = await watched(MRS_NG);
    const sent = await phone.send(`/coverage ${MRS_NG.password}`);
    expect(sent.deleteInbound).toBe(true);
    const texts = textsOf(sent);
    expect(texts[0]).toBe(NOT_KEPT);
    expect(texts.at(-1)).toContain("Class 4A: 3 students");
    for (const place of [JSON.stringify(sent), world.logs.text, await world.redisDump()])
      expect(place).not.toContain(MRS_NG.password);
  });

  it("an admin's, and at her 'Which class?': the words, then 'Which class?'", async () => {
    const { phone } = await watched(PRIYA);
    const sent = await phone.send(`/coverage ${PRIYA.password}`);
    expect(textsOf(sent)).toEqual([NOT_KEPT, "Which class?"]);
    const atPrompt = await phone.send(PRIYA.password);
    expect(textsOf(atPrompt).slice(-2)).toEqual([NOT_KEPT, "Which class?"]);
  });

  it("a class typed as usual gets no such words", async () => {
    const { phone } = await watched(MRS_NG);
    const sent = await phone.send("/coverage 4A");
    expect(textsOf(sent).join("\n")).not.toContain("password");
  });
});
