// The benchmark's ServiceNow, in its own process so that the sync's memory is measured alone:
// builds the dataset (argv[2] = scale), serves it, prints {"url": ...} and runs until killed.
import { startSimulator } from "@/lib/servicenow/simulator/server";
import { buildBenchDataset } from "./sync-bench-dataset";

const sim = await startSimulator({ port: 0, quiet: true, dataset: buildBenchDataset(Number(process.argv[2] ?? "1")) });
console.log(JSON.stringify({ url: sim.url, counts: sim.state.counts() }));
process.on("SIGTERM", () => void sim.close().then(() => process.exit(0)));
