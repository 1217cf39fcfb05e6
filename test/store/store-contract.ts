import type { Cluster, Redis } from "ioredis";
import { afterEach, beforeEach } from "vitest";
import type { Store } from "../../src/core/ports/store.js";
import { describeChatContract } from "./contract/chat-contract.js";
import { describeEnrolmentContract } from "./contract/enrolment-contract.js";
import { describeLanguageContract } from "./contract/language-contract.js";
import { describeLimitsContract } from "./contract/limits-contract.js";
import { describePeopleContract } from "./contract/people-contract.js";
import { describeQuestionHistoryContract } from "./contract/question-history-contract.js";
import { describeRecordsContract } from "./contract/records-contract.js";
import { describeStoreCheckContract } from "./contract/store-check-contract.js";
import { describeTurnContract } from "./contract/turn-contract.js";
import { describeWindowCountsContract } from "./contract/window-counts-contract.js";

/** One store under test, with the raw client for looking at (and corrupting) stored values. */
export interface StoreHarness {
  store: Store;
  client: Redis | Cluster;
  prefix: string;
  /** What the store was created with, for the audit cap check. */
  auditMaxEvents: number;
}

/**
 * How a test file provides fresh stores: the same behaviour is checked on ioredis-mock, Redis and Cluster.
 */
export interface StoreFixture {
  open(): Promise<StoreHarness>;
  /** Removes the harness's keys and closes its store. */
  close(harness: StoreHarness): Promise<void>;
  /** Whether the store counts two limits in one step (a single Redis: yes; a Cluster: no). */
  countsTwoInOneStep?: boolean;
}

/** Registers the store port's behaviour as a suite over whatever stores `fixture` opens, one per test. */
export function describeStoreContract(fixture: StoreFixture): void {
  let harness: StoreHarness;
  beforeEach(async () => {
    harness = await fixture.open();
  });
  afterEach(async () => {
    await fixture.close(harness);
  });

  const current = () => harness;
  describeChatContract(current);
  describePeopleContract(current);
  describeEnrolmentContract(current);
  describeLimitsContract(current, { countsTwoInOneStep: fixture.countsTwoInOneStep ?? true });
  describeRecordsContract(current);
  describeTurnContract(current);
  describeLanguageContract(current);
  describeQuestionHistoryContract(current);
  describeStoreCheckContract(current);
  describeWindowCountsContract(current);
}
