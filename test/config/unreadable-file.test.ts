import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { whyUnreadable } from "../../src/config/unreadable-file.js";
import { problemsWith } from "./config-problems.js";

/**
 * A file setting the bot cannot read stops the start with what to do about it, not only the system's
 * error code: an IT admin reading "(ENOENT)" or "(EACCES)" has to look it up first.
 */
describe("a file setting the bot cannot read", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "sspr-unreadable-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("that is not there says so, and where a relative path is read from", () => {
    const message = problemsWith({ DIRECTORY_FILE: "school/pupils.json" });
    expect(message).toContain(
      `DIRECTORY_FILE: cannot read school/pupils.json (ENOENT): there is no such file. Check the path; a relative one is read from the directory the bot starts in (${process.cwd()})`,
    );
  });

  it("that is a directory is named with every other problem, and says to name the file in it", () => {
    const message = problemsWith({ DIRECTORY_FILE: dir, QUESTIONS_FILE: dir, LOG_LEVEL: "loud" });
    expect(message).toContain("3 settings need fixing");
    expect(message).toContain(
      `DIRECTORY_FILE: cannot read ${dir} (EISDIR): it is a directory. Name the file in it`,
    );
    expect(message).toContain(
      `QUESTIONS_FILE: cannot read ${dir} (EISDIR): it is a directory. Name the file in it`,
    );
  });

  it("that the bot's user may not read says to give that user read access", () => {
    expect(whyUnreadable("EACCES")).toMatch(
      /^the bot's user \([^)]+\) may not read it\. Give that user read access \(its owner or group\), or move the file where it may$/,
    );
  });

  it("with another error keeps the code alone", () => {
    expect(whyUnreadable("EIO")).toBe("");
  });
});
