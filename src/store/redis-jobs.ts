import { randomUUID } from "node:crypto";
import type { ClaimedJob, Jobs } from "../core/ports/jobs.js";
import type { StoreKeys } from "./keys.js";
import type { ScriptedClient } from "./scripted-client.js";

type Run = <T>(operation: () => Promise<T>) => Promise<T>;

/** A chat's group of jobs to run early is forgotten this long after its last job (see Jobs.claimGroupJobs). */
const JOB_GROUP_TTL_MS = 2 * 24 * 60 * 60 * 1000;

/** A job's member in its kind's sorted set: the id keeps two jobs with the same payload apart (both run). */
function jobMember(payload: string): string {
  return `${randomUUID()}:${payload}`;
}

/** A claimed member as the caller gets it: the member itself names it for finishJob. */
function claimedJob(member: string): ClaimedJob {
  return { id: member, payload: member.slice(member.indexOf(":") + 1) };
}

/**
 * Jobs on Redis: one sorted set per kind, scored by when each member is due (a claimed one: when its lease
 * runs out), and a set per group, in the kind's hash tag.
 */
export function createRedisJobs(redis: ScriptedClient, keys: StoreKeys, run: Run): Jobs {
  return {
    scheduleJob: (kind, payload, dueAt, group) =>
      run(async () => {
        const member = jobMember(payload);
        if (group === undefined) await redis.zadd(keys.jobs(kind), dueAt, member);
        else {
          const groupKey = keys.jobGroup(kind, group);
          await redis.storeScheduleGroupJob(keys.jobs(kind), groupKey, dueAt, member, JOB_GROUP_TTL_MS);
        }
      }),

    claimDueJobs: (kind, now, limit, leaseUntil) =>
      run(async () => {
        if (limit < 1) return [];
        const members = await redis.storeClaimDueJobs(keys.jobs(kind), now, Math.floor(limit), leaseUntil);
        return members.map(claimedJob);
      }),

    claimGroupJobs: (kind, group, leaseUntil) =>
      run(async () => {
        const taken = await redis.storeClaimGroupJobs(
          keys.jobs(kind),
          keys.jobGroup(kind, group),
          leaseUntil,
        );
        return taken
          .split("\n")
          .filter((member) => member !== "")
          .map(claimedJob);
      }),

    releaseJobs: (kind, ids, now) =>
      run(async () => {
        if (ids.length === 0) return;
        // XX: only the members still there (one finished by another claimer is not put back).
        await redis.zadd(keys.jobs(kind), "XX", ...ids.flatMap((id) => [now, id]));
      }),

    finishJob: (kind, id, next) =>
      run(async () => {
        if (next === undefined) await redis.zrem(keys.jobs(kind), id);
        else if (next.group === undefined) {
          await redis.storeRetryJob(keys.jobs(kind), id, next.dueAt, jobMember(next.payload));
        } else {
          const groupKey = keys.jobGroup(kind, next.group);
          const member = jobMember(next.payload);
          await redis.storeRetryGroupJob(keys.jobs(kind), groupKey, id, next.dueAt, member, JOB_GROUP_TTL_MS);
        }
      }),
  };
}
