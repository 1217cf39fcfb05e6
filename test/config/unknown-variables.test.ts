import { describe, expect, it } from "vitest";
import { unknownVariableWarnings } from "../../src/config/unknown-variables.js";

describe("misspelt settings", () => {
  it("each variable that looks like one of the bot's but is not gets a warning with the closest real name", () => {
    const warnings = unknownVariableWarnings({
      REDIS_ULR: "redis://:redis-secret-1@r:6379",
      ANSWER_PEPER: "pepper-secret-2-that-is-long-enough-000000",
      RESET_MAX_FAILURE: "7",
      TELEGRAM_TOKEN: "123:telegram-secret-3",
    });
    expect(warnings).toHaveLength(4);
    expect(warnings.join("\n")).toMatch(/REDIS_ULR .*ignored.*did you mean REDIS_URL\?/);
    expect(warnings.join("\n")).toMatch(/ANSWER_PEPER .*did you mean ANSWER_PEPPER\?/);
    expect(warnings.join("\n")).toMatch(/RESET_MAX_FAILURE .*did you mean RESET_MAX_FAILURES\?/);
    expect(warnings.join("\n")).toMatch(/TELEGRAM_TOKEN .*did you mean TELEGRAM_BOT_TOKEN\?/);
  });

  it("never prints the values, which may be secrets", () => {
    const text = unknownVariableWarnings({
      REDIS_ULR: "redis://:redis-secret-1@r:6379",
      ANSWER_PEPER: "pepper-secret-2-that-is-long-enough-000000",
      TELEGRAM_TOKEN: "123:telegram-secret-3",
      SLACK_SECRET: "slack-secret-4",
    }).join("\n");
    for (const secret of ["redis-secret-1", "pepper-secret-2", "telegram-secret-3", "slack-secret-4"]) {
      expect(text).not.toContain(secret);
    }
  });

  it("a secret run into the name (the '=' forgotten, .env read by Node) is not printed either", () => {
    // Node's loadEnvFile reads 'ANSWER_PEPPER: c2VjcmV0LXBlcHBlci0y=' as a name with an empty value.
    const text = unknownVariableWarnings({
      "ANSWER_PEPPER: pepper-secret-2+abc": "",
      "LDAP_BIND_PASSWORD  ldap-secret-5": "9",
      SLACK_SIGNING_SECRETSLACKSECRET6: "",
    }).join("\n");
    for (const secret of ["pepper-secret-2", "ldap-secret-5", "SLACKSECRET6"]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('ANSWER_PEPPER is followed by more in its name (not shown): is the "=" missing?');
    expect(text).toContain(
      'LDAP_BIND_PASSWORD is followed by more in its name (not shown): is the "=" missing?',
    );
    expect(text).toContain(
      'SLACK_SIGNING_SECRET is followed by more in its name (not shown): is the "=" missing?',
    );
  });

  it("the removed LINK_PAUSE_MINUTES says what took its place", () => {
    const [warning] = unknownVariableWarnings({ LINK_PAUSE_MINUTES: "30" });
    expect(warning).toMatch(/LINK_PAUSE_MINUTES .*removed/);
    expect(warning).toContain("LINK_FAILURE_WINDOW_MINUTES");
  });

  it("a name far from every setting is still reported, without a wrong guess", () => {
    const [warning] = unknownVariableWarnings({ LDAP_SEARCH_SCOPE: "sub" });
    expect(warning).toMatch(/LDAP_SEARCH_SCOPE .*not a setting/);
    expect(warning).not.toContain("did you mean");
  });

  it("a slip in the prefix itself, or in the case, is caught too: METRIC_TOKEN would leave /metrics open", () => {
    const text = unknownVariableWarnings({
      METRIC_TOKEN: "metrics-secret-7-0123456789",
      ANSWERPEPPER: "pepper-secret-8-that-is-long-enough-000000",
      redis_url: "redis://:redis-secret-9@r:6379",
      Ldap_Bind_Pasword: "ldap-secret-10",
      port: "3000",
    }).join("\n");
    expect(text).toMatch(/METRIC_TOKEN .*ignored.*did you mean METRICS_TOKEN\?/);
    expect(text).toMatch(/ANSWERPEPPER .*did you mean ANSWER_PEPPER\?/);
    expect(text).toMatch(/redis_url .*did you mean REDIS_URL\?/);
    expect(text).toMatch(/Ldap_Bind_Pasword .*did you mean LDAP_BIND_PASSWORD\?/);
    expect(text).toMatch(/port .*did you mean PORT\?/);
    for (const secret of ["metrics-secret-7", "pepper-secret-8", "redis-secret-9", "ldap-secret-10"]) {
      expect(text).not.toContain(secret);
    }
  });

  it("a slip in DIRECTORY is caught: the bot (and npm run leavers) would take the demo school instead", () => {
    const text = unknownVariableWarnings({ DIRECTRY: "ldap", DIRECTOYR: "ldap", directory: "ldap" }).join(
      "\n",
    );
    expect(text).toMatch(/DIRECTRY .*ignored.*did you mean DIRECTORY\?/);
    expect(text).toMatch(/DIRECTOYR .*ignored.*did you mean DIRECTORY\?/);
    expect(text).toMatch(/directory .*ignored.*did you mean DIRECTORY\?/);
  });

  it("known settings, other programs' variables and Kubernetes' service links are left alone", () => {
    expect(
      unknownVariableWarnings({
        REDIS_URL: "redis://r:6379",
        ANSWER_PEPPER: "x".repeat(40),
        PATH: "/usr/bin",
        HOSTNAME: "bot-1",
        NODE_ENV: "production",
        HOME: "/home/bot",
        LANGUAGE: "en_GB:en",
        LANG: "C.UTF-8",
        INVOCATION_ID: "0123456789abcdef",
        JOURNAL_STREAM: "8:12345",
        http_proxy: "http://proxy:3128",
        UV_THREADPOOL_SIZE: "12",
        REDIS_SERVICE_HOST: "10.0.0.5",
        REDIS_SERVICE_PORT: "6379",
        REDIS_PORT: "tcp://10.0.0.5:6379",
        REDIS_PORT_6379_TCP_ADDR: "10.0.0.5",
        LDAP_SERVICE_PORT_LDAPS: "636",
      }),
    ).toEqual([]);
  });
});
