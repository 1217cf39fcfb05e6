/*
 * Sizes libuv's thread pool before Node first uses it (load with `node --require`; `npm start` does). argon2
 * runs on that pool; DNS lookups, file reads and so LDAP connections need it too. The hasher runs at most
 * ARGON2_CONCURRENCY hashes at once (default: one per core), so a pool of that plus libuv's own default of 4
 * keeps 4 threads free for everything else. Setting the variable inside main.ts would be too late: loading
 * ES modules already starts the pool. An explicit UV_THREADPOOL_SIZE is left as it is.
 */
"use strict";
const { availableParallelism } = require("node:os");

if ((process.env.UV_THREADPOOL_SIZE ?? "").trim() === "") {
  const configured = Number((process.env.ARGON2_CONCURRENCY ?? "").trim() || "0");
  const argon2 = Number.isInteger(configured) && configured > 0 ? configured : availableParallelism();
  process.env.UV_THREADPOOL_SIZE = String(Math.min(1024, argon2 + 4));
}
