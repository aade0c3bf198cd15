// Peak resident memory of this process, sampled every 50 ms by a worker thread: an engine runs
// synchronously for seconds, and a timer on the main thread would not fire until it is done. RSS
// is per process, so the worker sees the main thread's memory; the peak lives in shared memory.
import { Worker } from "node:worker_threads";

export interface RssSampler {
  /** Starts a new peak from the current RSS. */
  reset(): void;
  /** The highest RSS seen since the last reset, in bytes. */
  peak(): number;
  stop(): Promise<void>;
}

export function startRssSampler(intervalMs = 50): RssSampler {
  const peak = new BigInt64Array(new SharedArrayBuffer(8));
  const worker = new Worker(
    `const { workerData: peak } = require("node:worker_threads");
     setInterval(() => {
       const rss = BigInt(process.memoryUsage.rss());
       if (rss > Atomics.load(peak, 0)) Atomics.store(peak, 0, rss);
     }, ${intervalMs});`,
    { eval: true, workerData: peak },
  );
  const now = () => BigInt(process.memoryUsage.rss());
  return {
    reset: () => void Atomics.store(peak, 0, now()),
    peak: () => {
      const seen = Atomics.load(peak, 0);
      const current = now();
      return Number(seen > current ? seen : current);
    },
    stop: async () => void (await worker.terminate()),
  };
}
