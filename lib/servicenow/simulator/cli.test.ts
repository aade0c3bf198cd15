import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const CLI = path.join(import.meta.dirname, "cli.ts");
let child: ChildProcess | undefined;

afterEach(() => {
  child?.kill("SIGTERM");
  child = undefined;
});

/** Starts the CLI and resolves with its URL once the banner is printed. */
function startCli(args: string[]): Promise<{ url: string; output: () => string }> {
  child = spawn(process.execPath, ["--import", "tsx", CLI, "--port", "0", "--quiet", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`CLI did not start:\n${output}`)), 20_000);
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /ServiceNow simulator at (http:\/\/\S+)/.exec(output)?.[1];
      if (url && /Simulator-only control endpoints/.test(output) && (!args.includes("--ground-truth") || /Ground truth written/.test(output))) {
        clearTimeout(timer);
        resolve({ url, output: () => output });
      }
    };
    child?.stdout?.on("data", collect);
    child?.stderr?.on("data", collect);
    child?.on("exit", (code) => reject(new Error(`CLI exited with ${code}:\n${output}`)));
  });
}

describe("npm run sn:sim", () => {
  it("serves generated data with the given credentials and writes the ground truth", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sn-sim-"));
    const truthFile = path.join(dir, "truth.json");
    const { url, output } = await startCli([
      "--seed", "2", "--counts", "controls=30,statements=10", "--user", "svc", "--password", "pw", "--ground-truth", truthFile,
    ]);
    expect(output()).toContain("Basic auth: svc / pw");
    const res = await fetch(`${url}/api/now/table/sn_compliance_control?sysparm_limit=1`, {
      headers: { Accept: "application/json", Authorization: `Basic ${Buffer.from("svc:pw").toString("base64")}` },
    });
    expect(res.headers.get("x-total-count")).toBe("30");
    const truth = JSON.parse(readFileSync(truthFile, "utf8"));
    expect(truth).toMatchObject({ seed: 2, failureModel: { link: "logistic" } });
    expect(truth.weakControls.length).toBeGreaterThan(0);
  }, 30_000);

  it("serves a --dataset file", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "sn-sim-")), "data.json");
    writeFileSync(file, JSON.stringify({ sn_grc_profile: [{ name: "Only entity" }] }));
    const { url } = await startCli(["--dataset", file]);
    const res = await fetch(`${url}/api/now/table/sn_grc_profile?sysparm_fields=name`, {
      headers: { Accept: "application/json", Authorization: `Basic ${Buffer.from("admin:admin").toString("base64")}` },
    });
    expect(await res.json()).toEqual({ result: [{ name: "Only entity" }] });
  }, 30_000);
});
