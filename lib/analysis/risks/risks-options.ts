// Options of the risk correlation engine, with the defaults every stored insight records.
import { z } from "zod";

export const risksOptionsSchema = z
  .object({
    /** No link is tested or reported on fewer observations than this. */
    minSampleSize: z.number().int().min(3).max(1000).default(8),
    /** False discovery rate for the Benjamini-Hochberg correction over all link tests. */
    alpha: z.number().min(0.001).max(0.5).default(0.05),
    /** A failed control test counts against the risk's indicator results for this many days after it. */
    windowDays: z.number().int().min(7).max(365).default(90),
    /** Weight, in pseudo-tests at the dataset-wide failure rate, of the prior behind each smoothed failure rate. */
    priorTests: z.number().min(0).max(100).default(4),
    /** A control is failing when its smoothed failure rate is at least this. */
    failingRate: z.number().min(0.05).max(0.95).default(0.3),
    /** A risk's controls are weak when at least this share of its tested controls is failing. */
    failingShare: z.number().min(0.1).max(1).default(0.5),
    /** Inherent scores (likelihood × impact, 1-25) at or above this make a coverage gap high severity. */
    highInherentScore: z.number().int().min(1).max(25).default(15),
  })
  .strict();

export type RisksOptions = z.infer<typeof risksOptionsSchema>;

/** The engine reads nothing stored: every input is in the dataset. */
export type RisksContext = Record<string, never>;

export const DEFAULT_RISKS_OPTIONS: RisksOptions = risksOptionsSchema.parse({});
