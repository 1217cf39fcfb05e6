import { randomBytes } from "node:crypto";
import RedisMock from "ioredis-mock";
import { NotifierRegistry } from "../../src/bots/notifier-registry.js";
import { loadConfig } from "../../src/config/load-config.js";
import { AnswerHasher } from "../../src/core/answers/answer-hasher.js";
import type { Argon2Parameters } from "../../src/core/answers/argon2-parameters.js";
import { KeyedDigest } from "../../src/core/answers/keyed-digest.js";
import type { ChatRef } from "../../src/core/chat.js";
import type { CoreDeps } from "../../src/core/core-deps.js";
import { DialogEngine } from "../../src/core/dialog-engine.js";
import { createSchoolIdShapes } from "../../src/core/flows/school-id-shapes.js";
import { createClassLists } from "../../src/core/flows/staff/own-class-lists.js";
import { translate } from "../../src/core/i18n/translate.js";
import type { Choice, Inbound, Outcome, Reply } from "../../src/core/messages.js";
import type { Alerts } from "../../src/core/ports/alerts.js";
import type { Directory } from "../../src/core/ports/directory.js";
import type { CoreMetrics } from "../../src/core/ports/metrics.js";
import { limitRules } from "../../src/core/limits/limit-rules.js";
import { Limits } from "../../src/core/limits/limits.js";
import type { Store } from "../../src/core/ports/store.js";
import { DEFAULT_QUESTIONS, type Question } from "../../src/core/questions/question-list.js";
import { MemoryDirectory } from "../../src/directory/memory-directory.js";
import { DEMO_SCHOOL_FILE } from "../../src/directory/school-file.js";
import { LogThrottle } from "../../src/logging/log-throttle.js";
import { RecentStudents } from "../../src/core/recent-students.js";
import { createRedisStore } from "../../src/store/redis-store.js";
import { CapturedLogs } from "./captured-logs.js";
import { SwitchableDirectory } from "./failing-directory.js";
import { TEST_ARGON2 } from "./test-argon2.js";
import { RecordingAlerts } from "./recording-alerts.js";

/** The pepper of every test world: tests look for it in logs and Redis to prove it never leaks. */
export const TEST_PEPPER = "test-pepper-0123456789-abcdefghijklmnop-XYZ";

/** Extra parts for a world; without them it behaves as it always has. */
export interface TestWorldOptions {
  /** Told every alert as well as `world.alerts` (e.g. a real AlertService whose sinks fail). */
  alerts?: Alerts;
  /** argon2 parameters for new hashes; by default the cheap TEST_ARGON2 (pass OWASP_ARGON2 to prove production's). */
  argon2?: Argon2Parameters;
  /** Told after each argon2 operation the hasher does (an instrumented hasher, for counting the work). */
  onArgon2?: (operation: "hash" | "verify") => void;
  /** The school's question list (as loadQuestions gives it); the default eight when unset. */
  questions?: Question[];
  /** Told of dialogs started and finished, as /metrics is (a BotMetrics); none when unset. */
  metrics?: CoreMetrics;
}

export interface Notice {
  chat: ChatRef;
  reply: Reply;
}

/**
 * The whole core wired as in production (memory directory from the demo school, the Redis store over
 * ioredis-mock, real argon2 with cheap parameters (TEST_ARGON2), real pino with redaction), with captured logs, alerts and notices.
 * Time: the core reads Date.now, so tests move it with vi.setSystemTime (fake Date only).
 */
export class TestWorld {
  readonly logs = new CapturedLogs();
  readonly alerts = new RecordingAlerts();
  readonly notices: Notice[] = [];
  readonly redis: InstanceType<typeof RedisMock>;
  readonly prefix = `test-${randomBytes(4).toString("hex")}:`;
  readonly deps: CoreDeps;
  readonly engine: DialogEngine;

  private constructor(
    readonly directory: SwitchableDirectory,
    readonly memoryDirectory: MemoryDirectory,
    env: Record<string, string>,
    options: TestWorldOptions,
  ) {
    this.redis = new RedisMock();
    const config = loadConfig({ ANSWER_PEPPER: TEST_PEPPER, ...env });
    const store: Store = createRedisStore(this.redis, {
      prefix: this.prefix,
      // A test sets AUDIT_MAX_EVENTS to fill a day's share quickly; else a bound no test reaches.
      auditMaxEvents: env.AUDIT_MAX_EVENTS === undefined ? 10_000 : config.redis.auditMaxEvents,
      auditRetentionDays: config.redis.auditRetentionDays,
      auditMaxAttemptsPerChatHour: config.redis.auditMaxAttemptsPerChatHour,
    });
    const notifier = new NotifierRegistry(this.logs.logger);
    for (const channel of ["console", "telegram", "slack"] as const) {
      notifier.register(channel, async (chatUserId, reply) => {
        this.notices.push({ chat: { channel, chatUserId }, reply });
      });
    }
    const pepper = Buffer.from(TEST_PEPPER);
    const extraAlerts = options.alerts;
    const alerts: Alerts =
      extraAlerts === undefined
        ? this.alerts
        : {
            raise: (alert) => {
              this.alerts.raise(alert);
              extraAlerts.raise(alert);
            },
          };
    this.deps = {
      store,
      directory,
      classLists: createClassLists(() => Date.now()),
      idShapes: createSchoolIdShapes(() => Date.now()),
      notifier,
      alerts,
      limits: new Limits(
        store,
        limitRules(config.core, { ...config.alerts.spree, quietMs: config.alerts.dedupeMs }),
        alerts,
      ),
      hasher: new AnswerHasher(pepper, {
        parameters: options.argon2 ?? TEST_ARGON2,
        ...(options.onArgon2 === undefined ? {} : { onOperation: options.onArgon2 }),
      }),
      digest: new KeyedDigest(pepper),
      questions: options.questions ?? DEFAULT_QUESTIONS,
      settings: config.core,
      logger: this.logs.logger,
      logThrottle: new LogThrottle(),
      recentStudents: new RecentStudents(() => Date.now()),
      clock: () => Date.now(),
      ...(options.metrics === undefined ? {} : { metrics: options.metrics }),
    };
    this.engine = new DialogEngine(this.deps);
  }

  /**
   * A world over the demo school's memory directory, or over `directory` when given (e.g. a real
   * LdapDirectory, see ldap-world.ts); either way behind a SwitchableDirectory.
   */
  static async create(
    env: Record<string, string> = {},
    directory?: Directory,
    options: TestWorldOptions = {},
  ): Promise<TestWorld> {
    const memory = await MemoryDirectory.fromFile(DEMO_SCHOOL_FILE);
    return new TestWorld(new SwitchableDirectory(directory ?? memory), memory, env, options);
  }

  chat(chatUserId = "kid-1", channel: ChatRef["channel"] = "telegram"): TestChat {
    return new TestChat(this, { channel, chatUserId });
  }

  /** Until when the student's self-service reset is suspended, or null. */
  suspendedUntil(personId: string, now = Date.now()): Promise<number | null> {
    return this.deps.limits.blockedUntil("student", personId, now);
  }

  /** Counts failed checks of a student's answers, as the reset flow does (five suspend). */
  async failStudent(personId: string, times: number, now = Date.now()): Promise<void> {
    const ctx = {
      chat: { channel: "console" as const, chatUserId: "test-setup" },
      now,
      deps: this.deps,
      language: "en" as const,
    };
    for (let i = 0; i < times; i++) await this.deps.limits.fail(ctx, "student", personId);
  }

  /** Every value stored under this world's prefix, as text, for "no secret in Redis" checks. */
  async redisDump(): Promise<string> {
    const keys = await this.redis.keys(`${this.prefix}*`);
    const parts: string[] = [];
    for (const key of keys) {
      const type = await this.redis.type(key);
      // ioredis-mock types a binary string value (a packed enrolment) as undefined; latin1 keeps each byte.
      if (type === "string" || type === undefined)
        parts.push(`${key}=${(await this.redis.getBuffer(key))?.toString("latin1")}`);
      else if (type === "hash") {
        // latin1 keeps each byte of a binary field (the answers in a person's record).
        const fields = Object.entries(await this.redis.hgetallBuffer(key)).map(([f, v]) => [
          f,
          v.toString("latin1"),
        ]);
        parts.push(`${key}=${JSON.stringify(Object.fromEntries(fields))}`);
      } else if (type === "zset") parts.push(`${key}=${JSON.stringify(await this.redis.zrange(key, 0, -1))}`);
      else if (type === "stream")
        parts.push(`${key}=${JSON.stringify(await this.redis.xrange(key, "-", "+"))}`);
      else parts.push(`${key}:${type}`);
    }
    return parts.join("\n");
  }

  async close(): Promise<void> {
    // ioredis-mock keeps a `stream:<key>:<id>` entry beside each XADD (an audit event) that DEL leaves.
    const keys = [
      ...(await this.redis.keys(`${this.prefix}*`)),
      ...(await this.redis.keys(`stream:${this.prefix}*`)),
    ];
    if (keys.length > 0) await this.redis.del(...keys);
    this.redis.disconnect();
  }
}

/** One chat account talking to the engine, as a student or teacher would. */
export class TestChat {
  last: Outcome = { replies: [], deleteInbound: false };
  private updates = 0;

  constructor(
    private readonly world: TestWorld,
    readonly ref: ChatRef,
  ) {}

  async send(text: string | undefined, extra: Partial<Inbound> = {}): Promise<Outcome> {
    return this.deliver({ ...(text === undefined ? {} : { text }), ...extra });
  }

  /** Presses the newest button whose label contains `label`. */
  async press(label: string): Promise<Outcome> {
    const choice = [...this.last.replies]
      .reverse()
      .flatMap((r) => r.choices ?? [])
      .find((c) => this.labelOf(c).includes(label));
    if (choice === undefined) throw new Error(`no button "${label}" in: ${this.lastText}`);
    return this.deliver({ choice: choice.id });
  }

  async deliver(partial: Partial<Inbound>): Promise<Outcome> {
    this.updates += 1;
    this.last = await this.world.engine.handle({
      ...this.ref,
      isPrivate: true,
      updateId: `${this.ref.chatUserId}-${this.updates}-${Math.random()}`,
      ...partial,
    });
    return this.last;
  }

  get lastText(): string {
    return this.last.replies.map((r) => translate(r.text, r.language)).join("\n");
  }

  /** The buttons of the newest reply that has any, as labels. */
  get buttons(): string[] {
    const withChoices = [...this.last.replies].reverse().find((r) => r.choices !== undefined);
    return (withChoices?.choices ?? []).map((c) => translate(c.label, withChoices?.language));
  }

  /** A button's label in the language of the reply that carries it, as the user sees it. */
  private labelOf(choice: Choice): string {
    const reply = this.last.replies.find((r) => r.choices?.includes(choice));
    return translate(choice.label, reply?.language);
  }

  /** Runs set-up from the start: link with the password, then three questions and answers. */
  async setUp(
    id: string,
    password: string,
    answers: [string, string, string],
    questions = ["animal", "colour", "food"],
  ) {
    await this.send("/setup");
    await this.send(id);
    await this.send(password);
    for (let i = 0; i < 3; i++) {
      const question = DEFAULT_QUESTIONS.find((q) => q.id === questions[i]);
      await this.press(question!.text.en!);
      await this.send(answers[i]);
    }
    return this.last;
  }

  /** Starts a reset and answers whatever three questions are asked, using `answerFor(questionText)`. */
  async answerReset(id: string, answerFor: (question: string) => string) {
    await this.send("/reset");
    // The linked chat goes straight to the questions; only the typed-id route asks for the id.
    if (this.lastText.includes("Type your user ID")) await this.send(id);
    const given: string[] = [];
    for (let i = 0; i < 3; i++) {
      const asked = DEFAULT_QUESTIONS.find((q) =>
        Object.values(q.text).some((text) => this.lastText.includes(text)),
      );
      if (asked === undefined) return this.last;
      given.push(differentFrom(given, answerFor(asked.text.en!)));
      await this.send(given.at(-1));
    }
    return this.last;
  }
}

/**
 * `answer`, made different from the round's earlier answers when it is one of them ("wrong" for every
 * question): a reset does not take an answer already given this round (it cannot be right), so the same
 * wrong words three times would never end the round.
 */
function differentFrom(earlier: string[], answer: string): string {
  const same = (a: string) => a.trim().toLowerCase() === answer.trim().toLowerCase();
  return earlier.some(same) ? `${answer} ${earlier.length + 1}` : answer;
}
