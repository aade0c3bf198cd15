import { z } from "zod";

export const CrosswalkDecisionInput = z
  .object({
    instanceId: z.uuid(),
    sourceId: z.string().min(1).max(64).describe("The control or citation sys_id of the suggestion"),
    requirementId: z.string().min(1).max(32).describe("The NIST SP 800-53 requirement id, e.g. AC-02"),
    decision: z.enum(["accepted", "rejected"]),
  })
  .strict();
export type CrosswalkDecisionInput = z.infer<typeof CrosswalkDecisionInput>;

export const CrosswalkDecisionSchema = CrosswalkDecisionInput.omit({}).extend({
  id: z.uuid(),
  decidedAt: z.iso.datetime(),
});
export type CrosswalkDecisionView = z.infer<typeof CrosswalkDecisionSchema>;
