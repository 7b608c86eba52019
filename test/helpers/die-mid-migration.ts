// Opens a new SQLite store (DB) and SIGKILLs itself in the middle of the first migration, after
// some of its tables exist: the crash test's kill at the worst moment, without relying on timing.
import SQLite from "better-sqlite3";
import { openStore } from "../../src/store/open";

const prepare = SQLite.prototype.prepare;
SQLite.prototype.prepare = function (this: SQLite.Database, source: string) {
  if (/^create table "article_bands"/i.test(source)) process.kill(process.pid, "SIGKILL");
  return prepare.call(this, source);
} as typeof prepare;

await openStore(process.env.DB!);
process.stdout.write("migrated without being killed\n");
