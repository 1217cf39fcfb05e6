import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { AlertService } from "./alerts/alert-service.js";
import { createAlerts } from "./alerts/create-alerts.js";
import type { ChatChannel } from "./bots/chat-channel.js";
import { deliveryPolicyFor } from "./alerts/deliver-with-retries.js";
import { NotifierRegistry } from "./bots/notifier-registry.js";
import type { AlertsSettings } from "./config/alerts-settings.js";
import type { Config } from "./config/load-config.js";
import { AnswerHasher } from "./core/answers/answer-hasher.js";
import { createChannelCore, type ChannelCore } from "./core/channel-core.js";
import type { Argon2Parameters } from "./core/answers/argon2-parameters.js";
import { KeyedDigest } from "./core/answers/keyed-digest.js";
import type { CoreDeps } from "./core/core-deps.js";
import { DialogEngine } from "./core/dialog-engine.js";
import { createSchoolIdShapes } from "./core/flows/school-id-shapes.js";
import { createClassLists } from "./core/flows/staff/own-class-lists.js";
import { limitRules } from "./core/limits/limit-rules.js";
import { Limits } from "./core/limits/limits.js";
import type { Directory } from "./core/ports/directory.js";
import type { Store } from "./core/ports/store.js";
import { loadQuestions } from "./core/questions/question-list.js";
import { everyFileRead } from "./core/file-mistakes.js";
import { checkQuestionsAtStart, type StartWait } from "./start-question-check.js";
import { storeName } from "./start-summary.js";
import { redisAclOf } from "./tools/store-failure-words.js";
import { createDirectory } from "./directory/create-directory.js";
import { LdapDirectory } from "./directory/ldap/ldap-directory.js";
import type { Logger } from "./logging/create-logger.js";
import { LogThrottle } from "./logging/log-throttle.js";
import { RecentStudents } from "./core/recent-students.js";
import { DirectoryHealth, directoryProbe } from "./health/directory-health.js";
import { directorySettingsId } from "./health/directory-settings-id.js";
import { StoreEmptiedWatch } from "./health/store-emptied-watch.js";
import { RedisAppendOnlyCheck } from "./health/redis-append-only-check.js";
import { RedisEvictionWatch } from "./health/redis-eviction-watch.js";
import { StoreHealth } from "./health/store-health.js";
import { BotMetrics } from "./metrics/bot-metrics.js";
import { meterEngine, meterHasher, meteredDirectory, meteredStore } from "./metrics/metered-ports.js";
import { createProbedStore } from "./store/create-store.js";
import type { PersonRecords } from "./store/person-records.js";

/** The running product minus its channels: what every channel talks to. */
export interface App {
  engine: DialogEngine;
  deps: CoreDeps;
  /** What the channels get of the core (never `deps`). */
  channelCore: ChannelCore;
  notifier: NotifierRegistry;
  /** Admin alerts: the log always; channels add their sinks (ADMIN_ALERT_*) once they run. */
  alerts: AlertService;
  /** Every metric family, for GET /metrics. */
  metrics: BotMetrics;
  /** The directory's health, probed in the background once `start`ed (see DirectoryHealth). */
  directoryHealth: DirectoryHealth;
  /** Whether this replica reaches Redis, with its admin alerts, once `start`ed (see StoreHealth). */
  storeHealth: StoreHealth;
  /** Resolves when the store's Redis answers PING (for GET /readyz). */
  pingStore(): Promise<unknown>;
  /** Who the store knows, for the leavers job; absent when a test passes its own store. */
  people?: PersonRecords;
  /**
   * The bot's start calls it, tools (leavers, audit export) do not: refuses (ConfigError) a question list
   * that drops an id a saved enrolment names; the first time, it records those ids from the enrolments.
   */
  checkQuestionList(wait?: Partial<StartWait>): Promise<void>;
  close(): Promise<void>;
}

export interface AppOverrides {
  /**
   * False for a tool that checks no answers (leavers), as LoadOptions.checksAnswers: no warning about a
   * throw-away pepper, which it never uses.
   */
  checksAnswers?: boolean;
  store?: Store;
  /** Metrics to report to; a fresh registry when unset. */
  metrics?: BotMetrics;
  directory?: Directory;
  clock?: () => number;
  /** argon2 parameters for new hashes; tests pass a cheap set, production keeps OWASP's. */
  argon2?: Argon2Parameters;
}

/** Builds the core and its ports from the configuration. Tests pass overrides for the parts they control. */
export async function createApp(config: Config, logger: Logger, overrides: AppOverrides = {}): Promise<App> {
  const pepper = readPepper(config, overrides.checksAnswers === false ? undefined : logger);
  const metrics = overrides.metrics ?? new BotMetrics();
  const probed = overrides.store === undefined ? createProbedStore(config.redis, { logger }) : undefined;
  const jobKinds = new Set<string>();
  // The ports are decorated here, so the flows and adapters stay unaware of the metrics.
  // Every store call Redis failed goes to the store's health check, built below once its alerts exist.
  const storeFailures = { notice: (): void => undefined };
  const rawStore = overrides.store ?? probed!.store;
  const store = meteredStore(rawStore, metrics, {
    onJobKind: (kind) => jobKinds.add(kind),
    onUnavailable: () => storeFailures.notice(),
  });
  // Both files are read before either is refused, so that one start names the mistakes of both.
  const [rawDirectory, questions] = await everyFileRead([
    overrides.directory === undefined
      ? createDirectory(config, logger)
      : Promise.resolve(overrides.directory),
    loadQuestions(config.core.questionsFile, config.core.defaultLanguage),
  ]);
  // Every directory call that met an outage is counted for the directory's health check's next log line.
  const directoryFailures = { notice: (): void => undefined };
  const directory = meteredDirectory(rawDirectory, metrics, {
    onUnavailable: () => directoryFailures.notice(),
  });
  const notifier = new NotifierRegistry(logger);
  const alerts = createAlerts(config, store, logger, [], {
    delivery: deliveryPolicyFor(config.server.platformTimeoutMs),
    onDelivery: (delivered) => metrics.alerts.inc({ outcome: delivered ? "sent" : "failed" }),
    directorySettings: directorySettingsId(config),
  });
  if (probed !== undefined) {
    metrics.watchDelayedJobs(async () => {
      const kinds = [...jobKinds];
      const counts = await Promise.all(kinds.map((kind) => probed.waitingJobs(kind)));
      return kinds.map((kind, i) => ({ kind, waiting: counts[i] ?? 0 }));
    });
  }
  const directoryHealth = new DirectoryHealth({
    probe: directoryProbe(rawDirectory),
    alerts,
    logger: logger.child({ component: "directory-health" }),
    onChange: (state) => metrics.directoryUp.set(state === "up" ? 1 : 0),
  });
  directoryFailures.notice = () => directoryHealth.noticeFailure();
  if (rawDirectory instanceof LdapDirectory) {
    rawDirectory.onSettingNotFound((setting) =>
      alerts.raise({ kind: "directory-setting-not-found", subject: setting, details: { setting } }),
    );
  }
  const pingStore =
    probed?.ping ?? (() => store.linkedPerson({ channel: "console", chatUserId: "readiness" }));
  const replica = hostname();
  const emptiedWatch = new StoreEmptiedWatch({
    store: rawStore,
    alerts,
    logger: logger.child({ component: "store-health" }),
    replica,
    announceNew: probed !== undefined && config.redis.isReal,
  });
  const evictionWatch = new RedisEvictionWatch({
    store: rawStore,
    alerts,
    logger: logger.child({ component: "store-health" }),
    replica,
    ...(overrides.clock === undefined ? {} : { clock: overrides.clock }),
  });
  // The demo's in-memory store is forgotten at exit anyway; REDIS_PERSISTENCE_CHECK=off for a Redis that
  // persists by its own means.
  const appendOnlyCheck =
    config.redis.isReal && config.redis.persistenceCheck
      ? new RedisAppendOnlyCheck({
          store: rawStore,
          logger: logger.child({ component: "store-health" }),
          replica,
          ...(overrides.clock === undefined ? {} : { clock: overrides.clock }),
        })
      : undefined;
  const storeHealth = new StoreHealth({
    // Not the metered store: a failed check is no student's failed step, and decides on its own.
    probe: async () => {
      await rawStore.checkWrites(replica);
      await emptiedWatch.check();
    },
    afterAnswer: async () => {
      await evictionWatch.check();
      await appendOnlyCheck?.check();
    },
    connectionFailure: () => probed?.connectionFailure(),
    ...(probed !== undefined && config.redis.isReal ? { redis: config.redis } : {}),
    alerts,
    logger: logger.child({ component: "store-health" }),
    replica,
    timeoutMs: config.server.readyRedisTimeoutMs,
    onChange: (state) => metrics.redisUp.set(state === "up" ? 1 : 0),
    timesEmptied: () => emptiedWatch.timesEmptied,
  });
  storeFailures.notice = () => storeHealth.noticeFailure();
  const clock = overrides.clock ?? Date.now;
  const deps: CoreDeps = {
    store,
    directory,
    classLists: createClassLists(clock),
    idShapes: createSchoolIdShapes(clock),
    notifier,
    alerts,
    limits: new Limits(
      store,
      limitRules(config.core, { ...config.alerts.spree, quietMs: config.alerts.dedupeMs }),
      alerts,
    ),
    hasher: meterHasher(
      new AnswerHasher(pepper, {
        concurrency: config.hashing.argon2Concurrency,
        ...(config.hashing.previousPepper === undefined
          ? {}
          : { previousPepper: Buffer.from(config.hashing.previousPepper, "utf8") }),
        ...(overrides.argon2 === undefined ? {} : { parameters: overrides.argon2 }),
      }),
      metrics,
    ),
    digest: new KeyedDigest(pepper),
    questions,
    settings: config.core,
    logger,
    logThrottle: new LogThrottle(),
    recentStudents: new RecentStudents(clock),
    clock,
    metrics,
  };
  const engine = meterEngine(new DialogEngine(deps), metrics);
  return {
    engine,
    deps,
    channelCore: createChannelCore(engine, deps),
    notifier,
    alerts,
    metrics,
    directoryHealth,
    storeHealth,
    ...(probed === undefined ? {} : { people: probed.people }),
    checkQuestionList: (wait) =>
      checkQuestionsAtStart(
        store,
        questions,
        config.core.questionsFile,
        logger,
        storeName(config),
        config.redis.isReal ? redisAclOf(config.redis) : undefined,
        wait,
      ),
    pingStore,
    async close() {
      await directoryHealth.stop();
      await storeHealth.stop();
      await engine.settled();
      // Pending alerts still need the store (de-duplication), so they go first.
      await alerts.close();
      await Promise.allSettled([store.close(), directory.close()]);
    },
  };
}

/**
 * Connects a channel the same way for every platform, then starts it: the core's notices to its chats go
 * through it, and so do the admins' alerts it can carry.
 */
export async function startChannel(app: App, channel: ChatChannel, alerts: AlertsSettings): Promise<void> {
  connectChannel(app, channel, alerts);
  await channel.start();
}

/**
 * Gives the channel its notices and its admin alert sinks, before it starts. The bot connects every
 * channel before its health checks start: their first check runs at once, and an alert it raises (Redis
 * set to drop keys) must reach the admins of every platform, not only of one already started.
 */
export function connectChannel(app: App, channel: ChatChannel, alerts: AlertsSettings): void {
  app.notifier.register(channel.name, (chatUserId, reply) => channel.notify(chatUserId, reply));
  for (const sink of channel.alertSinks(alerts)) app.alerts.addSink(sink);
}

function readPepper(config: Config, logger: Logger | undefined): Buffer {
  if (config.core.answerPepper !== undefined) return Buffer.from(config.core.answerPepper, "utf8");
  logger?.warn(
    "ANSWER_PEPPER is not set: using a throw-away pepper, so answers set up now cannot be checked after a restart. Fine for the demo; set it for real use.",
  );
  return randomBytes(32);
}
