import { z } from "zod";

// `source` and `requirement` name things outside ComplianceIQ's own records (a ServiceNow sys_id
// and a NIST control id), so they are not called ...Id like our resource ids.
export const CrosswalkDecisionInput = z
  .object({
    instanceId: z.uuid(),
    source: z
      .string()
      .regex(/^[0-9a-f]{32}$/i, "Expected a 32-character ServiceNow sys_id")
      .describe("The sys_id of the control or citation in the suggestion")
      .meta({ examples: ["0a1b2c3d4e5f60718293a4b5c6d7e8f9"] }),
    requirement: z
      .string()
      .regex(/^[A-Z]{2}-\d{2}(\(\d{2}\))?$/, "Expected a NIST SP 800-53 control id such as AC-02 or AC-02(01)")
      .describe("The NIST SP 800-53 Rev. 5 control id")
      .meta({ examples: ["AC-02"] }),
    decision: z.enum(["accepted", "rejected"]),
  })
  .strict();
export type CrosswalkDecisionInput = z.infer<typeof CrosswalkDecisionInput>;

export const CrosswalkDecisionSchema = CrosswalkDecisionInput.extend({
  id: z.uuid(),
  decidedAt: z.iso.datetime(),
});
export type CrosswalkDecisionView = z.infer<typeof CrosswalkDecisionSchema>;
