import type RedisMock from "ioredis-mock";
import { createApp, type App } from "../../src/app.js";
import { loadConfig } from "../../src/config/load-config.js";
import { createRedisStore } from "../../src/store/redis-store.js";
import { RecordingSink } from "../alerts/alert-fakes.js";
import { CapturedLogs } from "./captured-logs.js";
import { TEST_ARGON2 } from "./test-argon2.js";
import { TEST_PEPPER } from "./test-world.js";

/**
 * One replica of the bot over `client` (an ioredis-mock standing in for a Redis the replicas share) under
 * `prefix`, its Redis health check started, its logs and alerts recorded. Added to `apps`, for closing.
 */
export async function startReplica(client: InstanceType<typeof RedisMock>, prefix: string, apps: App[]) {
  const logs = new CapturedLogs();
  const store = createRedisStore(client, { prefix, auditMaxEvents: 1_000 });
  const app = await createApp(loadConfig({ ANSWER_PEPPER: TEST_PEPPER }), logs.logger, {
    store,
    argon2: TEST_ARGON2,
  });
  apps.push(app);
  const sink = new RecordingSink("telegram:999");
  app.alerts.addSink(sink);
  app.storeHealth.start();
  return { app, sink, logs };
}
