import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
let eslint: ESLint;

/** The messages of the import-boundary rule for `code` linted as if it were the file at `filePath`. */
async function boundaryProblems(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${repoRoot}${filePath}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

beforeAll(() => {
  // The project's own eslint.config.js, as `npm run lint` uses it.
  eslint = new ESLint({ cwd: repoRoot });
});

describe("the import boundaries (eslint/boundaries.js)", () => {
  it.each([
    ['import { createStore } from "../store/create-store.js";', "src/core/x.ts"],
    [
      'import type { TelegramChannel } from "../../bots/telegram/telegram-channel.js";',
      "src/core/flows/x.ts",
    ],
    ['import { MemoryDirectory } from "../directory/memory-directory.js";', "src/core/x.ts"],
    ['import { AlertService } from "../alerts/alert-service.js";', "src/core/x.ts"],
    ['import { HttpServer } from "../http/http-server.js";', "src/core/x.ts"],
    ['import { createApp } from "../app.js";', "src/core/x.ts"],
    ['import { Redis } from "ioredis";', "src/core/x.ts"],
    ['import { Telegraf } from "telegraf";', "src/core/ports/x.ts"],
    ['import { RedisStore } from "../../store/redis-store.js";', "src/bots/slack/x.ts"],
    ['import { LdapDirectory } from "../../directory/ldap/ldap-directory.js";', "src/bots/telegram/x.ts"],
    ['import { Client } from "ldapts";', "src/bots/x.ts"],
    ['import type { App } from "../../app.js";', "src/bots/slack/x.ts"],
    ['import type { CoreDeps } from "../../core/core-deps.js";', "src/bots/telegram/x.ts"],
  ])("refuses %s in %s", async (code, filePath) => {
    const problems = await boundaryProblems(
      `${code}\nexport const used = [${importedName(code)}];\n`,
      filePath,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/imports nothing from|only through/);
  });

  it.each([
    ['import type { Store } from "./ports/store.js";', "src/core/x.ts"],
    ['import type { Directory } from "../ports/directory.js";', "src/core/flows/x.ts"],
    ['import type { Alerts } from "./ports/alerts.js";', "src/core/x.ts"],
    ['import type { ChannelCore } from "../../core/channel-core.js";', "src/bots/slack/x.ts"],
    ['import { homeView } from "./app-home.js";', "src/bots/slack/x.ts"],
    ['import { createStore } from "../store/create-store.js";', "src/x.ts"],
    ['import { AlertService } from "../../alerts/alert-service.js";', "src/bots/telegram/x.ts"],
  ])("allows %s in %s", async (code, filePath) => {
    expect(
      await boundaryProblems(`${code}\nexport const used = [${importedName(code)}];\n`, filePath),
    ).toEqual([]);
  });
});

function importedName(code: string): string {
  const name = /\{ (\w+) \}/.exec(code)?.[1];
  if (name === undefined) throw new Error(`no imported name in ${code}`);
  return code.startsWith("import type") ? "" : name;
}
