import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Redis } from "ioredis";
import { loadConfig, settingWarnings } from "../../src/config/load-config.js";
import { redisSettings } from "../../src/config/redis-settings.js";
import { createRedisClient } from "../../src/store/redis-client.js";
import { problemsWith } from "./config-problems.js";

const PEPPER = "a-pepper-that-is-long-enough-0123456789";
const TLS_URL = { ANSWER_PEPPER: PEPPER, REDIS_URL: "rediss://:Secret-Pass-77@redis.school.internal:6380" };
const PEM = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";

describe("REDIS_TLS_CA_FILE: the CA certificate that signed Redis's own", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "redis-ca-"));
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  it("is read for a rediss:// REDIS_URL, and the client trusts that CA", async () => {
    const pem = join(dir, "school-ca.pem");
    await writeFile(pem, PEM);
    const settings = loadConfig({ ...TLS_URL, REDIS_TLS_CA_FILE: pem }).redis;
    expect(settings.tlsCaFile).toBe(pem);
    const client = createRedisClient(settings, { redisOptions: { lazyConnect: true } }) as Redis;
    try {
      expect(client.options.tls?.ca).toEqual([Buffer.from(PEM)]);
    } finally {
      client.disconnect();
    }
  });

  it("is the CA of the sentinels and their master with REDIS_TLS=true", async () => {
    const pem = join(dir, "school-ca.pem");
    await writeFile(pem, PEM);
    const settings = redisSettings.parse({
      REDIS_SENTINELS: "10.0.0.5:26379",
      REDIS_SENTINEL_NAME: "school",
      REDIS_TLS: "true",
      REDIS_TLS_CA_FILE: pem,
    });
    const client = createRedisClient(settings, { redisOptions: { lazyConnect: true } }) as Redis;
    try {
      expect(client.options.tls?.ca).toEqual([Buffer.from(PEM)]);
      expect(client.options.sentinelTLS?.ca).toEqual([Buffer.from(PEM)]);
    } finally {
      client.disconnect();
    }
  });

  it("a missing file or one with no PEM certificate stops the start, naming it and not the URL", async () => {
    const der = join(dir, "school-ca.cer");
    await writeFile(der, Buffer.from([0x30, 0x82, 0x03, 0x1d]));
    const notPem = problemsWith({ ...TLS_URL, REDIS_TLS_CA_FILE: der });
    expect(notPem).toContain(`REDIS_TLS_CA_FILE: ${der} holds no certificate in PEM form`);
    expect(notPem).not.toContain("Secret-Pass-77");
    expect(problemsWith({ ...TLS_URL, REDIS_TLS_CA_FILE: join(dir, "none.pem") })).toMatch(
      /REDIS_TLS_CA_FILE: .*none\.pem/,
    );
  });

  it("without TLS to Redis it is a warning: the file is not used", async () => {
    const pem = join(dir, "school-ca.pem");
    await writeFile(pem, PEM);
    const plain = settingWarnings({ REDIS_URL: "redis://10.0.0.5:6379", REDIS_TLS_CA_FILE: pem });
    expect(plain.join("\n")).toMatch(/REDIS_TLS_CA_FILE is set but the bot does not reach Redis over TLS/);
    expect(settingWarnings({ ...TLS_URL, REDIS_TLS_CA_FILE: pem })).toEqual([]);
  });
});
