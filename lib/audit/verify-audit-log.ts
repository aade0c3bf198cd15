import type { ActorContext } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/authorize";
import { type AuditChainReport, verifyAuditChain } from "./verify-audit-chain";

/** Recomputes the caller's organization's hash chain and names the first broken link. */
export async function verifyAuditLog(ctx: ActorContext): Promise<AuditChainReport> {
  authorize(ctx, "audit:read");
  return verifyAuditChain(ctx.organizationId);
}
