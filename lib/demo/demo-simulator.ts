import { createServer } from "node:net";
import { DEFAULT_PORT, type RunningSimulator, startSimulator } from "@/lib/servicenow/simulator/server";

/** The demo data: the simulator's medium preset (about 60,000 records), always the same seed. */
export const DEMO_SIMULATOR = { size: "medium", seed: 1 } as const;
export const DEMO_SIMULATOR_CREDENTIALS = { username: "admin", password: "admin" } as const;

/** 8710, or the next free port after it, on the loopback interface. */
export async function freeSimulatorPort(first = DEFAULT_PORT, attempts = 20): Promise<number> {
  for (let port = first; port < first + attempts; port++) {
    if (await canListen(port)) return port;
  }
  throw new Error(`No free port for the ServiceNow simulator between ${first} and ${first + attempts - 1}`);
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

export const simulatorUrl = (port: number) => `http://127.0.0.1:${port}`;

/** Starts the demo simulator on `port` (generating its data takes a couple of seconds). */
export function startDemoSimulator(port: number): Promise<RunningSimulator> {
  return startSimulator({ port, host: "127.0.0.1", ...DEMO_SIMULATOR, quiet: true });
}
