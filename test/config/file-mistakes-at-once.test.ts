import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import RedisMock from "ioredis-mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.js";
import { loadConfig } from "../../src/config/load-config.js";
import { ConfigError } from "../../src/core/errors.js";
import { DEMO_SCHOOL_FILE } from "../../src/directory/school-file.js";
import { createRedisStore } from "../../src/store/redis-store.js";
import { CapturedLogs } from "../helpers/captured-logs.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "file-mistakes-"));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe("mistakes in both of the school's files", () => {
  it("are named in one refusal, as the settings are, not the question file's only after the school file is fixed", async () => {
    const school = JSON.parse(await readFile(DEMO_SCHOOL_FILE, "utf8")) as {
      people: Record<string, unknown>[];
    };
    school.people[0]!.clases = ["4A"];
    const schoolFile = join(dir, "school.json");
    await writeFile(schoolFile, JSON.stringify(school));
    const questionFile = join(dir, "questions.json");
    await writeFile(
      questionFile,
      JSON.stringify([
        { id: "animal" },
        { id: "colour" },
        { id: "food" },
        { id: "sport" },
        { id: "toy", retierd: true },
      ]),
    );
    const config = loadConfig({ DIRECTORY_FILE: schoolFile, QUESTIONS_FILE: questionFile });
    const redis = new RedisMock();
    const store = createRedisStore(redis, { prefix: "file-mistakes:", auditMaxEvents: 1_000 });
    const error = await createApp(config, new CapturedLogs().logger, { store }).catch((e: unknown) => e);
    redis.disconnect();
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(new RegExp(`^DIRECTORY_FILE: ${schoolFile} has a mistake:\n  - S1001: "clases"`));
    expect(message).toMatch(
      new RegExp(`\nQUESTIONS_FILE: ${questionFile} has a mistake:\n  - question "toy": "retierd"`),
    );
    expect(message).toMatch(/\nFix the files, then start again\.$/);
    expect(message.match(/Fix the/g)).toHaveLength(1);
  });
});
