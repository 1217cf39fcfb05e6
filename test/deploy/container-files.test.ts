import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

// No Docker daemon runs on these machines: the container files are checked by reading them, and their
// commands are the ones scripts/ci/prod-smoke.sh runs for real.
const yaml = createRequire(import.meta.url)("js-yaml") as { load(text: string): unknown };
const read = (path: string) => readFile(new URL(`../../${path}`, import.meta.url), "utf8");

interface Instruction {
  keyword: string;
  args: string;
}

/** Dockerfile instructions, with comments dropped and `\` continuations joined. */
function parseDockerfile(text: string): Instruction[][] {
  const joined = text
    .split("\n")
    .filter((line) => !line.trim().startsWith("#"))
    .join("\n")
    .replace(/\\\n\s*/g, " ");
  const stages: Instruction[][] = [];
  for (const line of joined.split("\n")) {
    const match = /^\s*([A-Z]+)\s+(.*)$/.exec(line);
    if (match === null) continue;
    const instruction = { keyword: match[1]!, args: match[2]!.trim() };
    if (instruction.keyword === "FROM") stages.push([]);
    stages.at(-1)!.push(instruction);
  }
  return stages;
}

const args = (stage: Instruction[], keyword: string) =>
  stage.filter((i) => i.keyword === keyword).map((i) => i.args);

describe("the container files", () => {
  it("the Dockerfile builds in one Node 20 slim stage and runs production files only, as non-root", async () => {
    const [build, runtime, ...rest] = parseDockerfile(await read("Dockerfile"));
    expect(rest).toEqual([]);
    expect(args(build!, "FROM")).toEqual(["node:20-slim AS build"]);
    expect(args(runtime!, "FROM")).toEqual(["node:20-slim AS runtime"]);
    expect(args(build!, "RUN")).toEqual(["npm ci --no-audit --no-fund", "npm run build"]);
    expect(args(runtime!, "RUN")).toEqual([
      "npm ci --omit=dev --no-audit --no-fund && npm cache clean --force",
    ]);
    expect(args(runtime!, "USER")).toEqual(["node"]);
    expect(args(runtime!, "COPY")).toEqual([
      "package.json package-lock.json ./",
      "--from=build /app/dist ./dist",
      "data ./data",
      "scripts/run-tool.sh ./scripts/",
    ]);
    const [healthcheck] = args(runtime!, "HEALTHCHECK");
    expect(healthcheck).toContain("/healthz");
    expect(JSON.parse(args(runtime!, "CMD")[0]!)).toEqual([
      "node",
      "--require",
      "./dist/thread-pool.cjs",
      "dist/main.js",
    ]);
  });

  it("runs the commands CI runs: the same build, install and start as prod-smoke.sh and npm run start:prod", async () => {
    const smoke = await read("scripts/ci/prod-smoke.sh");
    const pkg = JSON.parse(await read("package.json")) as { scripts: Record<string, string> };
    expect(smoke).toContain("npm run build");
    expect(smoke).toContain("npm ci --omit=dev --no-audit --no-fund");
    expect(smoke).toContain("exec node --require ./dist/thread-pool.cjs dist/main.js");
    // prod-smoke copies what the runtime stage copies.
    expect(smoke).toContain("cp -r dist data package.json package-lock.json");
    expect(smoke).toContain("cp scripts/run-tool.sh");
    // The tools the bot's messages name run on that pruned install too.
    expect(smoke).toMatch(/for tool in audit leavers;.*\n.*\n.*npm run --silent "\$tool" -- --help/);
    expect(pkg.scripts["start:prod"]).toBe("node --require ./dist/thread-pool.cjs dist/main.js");
    expect(pkg.scripts.build).toMatch(/^tsc -p tsconfig.build.json && .*thread-pool.cjs/);
  });

  it("compose.yaml runs the bot against a Redis that persists (appendonly everysec) and never evicts", async () => {
    const compose = yaml.load(await read("compose.yaml")) as {
      services: Record<string, Record<string, unknown>>;
      volumes: Record<string, unknown>;
    };
    expect(Object.keys(compose.services).sort()).toEqual(["bot", "redis"]);
    const { bot, redis } = compose.services as Record<string, Record<string, unknown>>;
    expect(bot!.build).toBe(".");
    expect((bot!.environment as Record<string, string>).REDIS_URL).toBe("redis://redis:6379");
    expect(bot!.depends_on).toEqual({ redis: { condition: "service_healthy" } });
    expect(parseInt(String(bot!.stop_grace_period), 10)).toBeGreaterThan(30);
    const command = (redis!.command as string[]).join(" ");
    expect(command).toContain("--appendonly yes");
    expect(command).toContain("--appendfsync everysec");
    expect(command).toContain("--maxmemory-policy noeviction");
    expect(redis!.volumes).toEqual(["redis-data:/data"]);
    expect(compose.volumes).toHaveProperty("redis-data");
  });

  it("compose.yaml publishes the bot's port on this host only: /metrics is open without METRICS_TOKEN", async () => {
    const compose = yaml.load(await read("compose.yaml")) as {
      services: Record<string, Record<string, unknown>>;
    };
    expect(compose.services.bot!.ports).toEqual(["127.0.0.1:3000:3000"]);
  });

  it("the systemd example starts the same build as an unprivileged user and lets a stop finish its step", async () => {
    const unit = await read("deploy/sspr-bot.service");
    const setting = (name: string) => new RegExp(`^${name}=(.*)$`, "m").exec(unit)?.[1];
    expect(setting("ExecStart")).toMatch(/node --require \.\/dist\/thread-pool\.cjs dist\/main\.js$/);
    expect(setting("User")).not.toBe("root");
    expect(setting("KillSignal")).toBe("SIGTERM");
    expect(Number(setting("TimeoutStopSec"))).toBeGreaterThan(30);
    expect(setting("Restart")).toBe("on-failure");
  });

  it("the install steps the systemd unit sends the admin to create its user, its settings file and its folder", async () => {
    // Found in QA: the unit runs as User=sspr-bot from /opt/sspr-bot with /etc/sspr-bot.env, but no page
    // said to create that user or put the bot there, so `systemctl enable --now` failed (217/USER).
    const unit = await read("deploy/sspr-bot.service");
    const setting = (name: string) => new RegExp(`^${name}=(.*)$`, "m").exec(unit)?.[1] ?? "";
    const operations = await read("docs/operations.md");
    const section = /## Installing with systemd\n([\s\S]*?)\n## /.exec(operations)?.[1] ?? "";
    expect(unit).toContain('docs/operations.md ("Installing with systemd")');
    const blocks = [...section.matchAll(/```sh\n([\s\S]*?)```/g)]
      .map((m) => m[1])
      .join("\n")
      .replace(/\\\n\s*/g, " ");
    expect(blocks).toMatch(new RegExp(`useradd --system .*${setting("User")}`));
    expect(blocks).toContain(setting("WorkingDirectory"));
    expect(blocks).toMatch(new RegExp(`install -m 0?600 .*${setting("EnvironmentFile")}`));
    expect(blocks).toContain("cp deploy/sspr-bot.service /etc/systemd/system/");
    expect(blocks).toContain("systemctl enable --now sspr-bot");
    // The tools read the service's settings, not a .env that is not there.
    expect(blocks).toMatch(
      /systemd-run .*EnvironmentFile=\/etc\/sspr-bot\.env.*dist\/tools\/leavers\.js --dry-run/,
    );
    expect(blocks).toMatch(/dist\/tools\/audit-export\.js/);
  });

  it("the operations page runs the tools inside the compose container, where the image has no tsx", async () => {
    // Found in QA: on the host REDIS_URL (set in compose.yaml, not .env) and Redis's port are not there. The
    // image holds production dependencies only: `npm run audit` runs the build there (scripts/run-tool.sh),
    // with --silent so that npm's own lines stay out of the file.
    const operations = await read("docs/operations.md");
    const blocks = [...operations.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]).join("\n");
    for (const tool of ["audit-export.js --since 7d", "leavers.js --dry-run"])
      expect(blocks).toContain(
        `docker compose exec -T bot node --require ./dist/thread-pool.cjs dist/tools/${tool}`,
      );
    expect(blocks).toContain("docker compose exec -T bot npm run --silent audit -- --since 7d");
  });
});
