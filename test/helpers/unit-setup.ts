// First: it must patch fengari before the imports below load ioredis-mock.
import "./lua-states-reused-first.js";
import { failFilesThatLeaveTheClockFaked } from "./clock-left-faked.js";
import { emptyEmbeddedRedisAfterEachFile } from "./embedded-redis-emptied.js";
import { failFilesThatLeaveEmbeddedRedisOpen } from "./embedded-redis-left-open.js";
import { shareUnsupportedRedisCommands } from "./unsupported-redis-commands-shared.js";

shareUnsupportedRedisCommands();
failFilesThatLeaveTheClockFaked();
emptyEmbeddedRedisAfterEachFile();
failFilesThatLeaveEmbeddedRedisOpen();
