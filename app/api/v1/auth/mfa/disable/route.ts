import { disableMfaOperation } from "@/lib/api/operations/auth-tokens";
import { withApi } from "@/lib/api/with-api";
import { disableMfa } from "@/lib/auth/mfa/disable-mfa";

export const POST = withApi(disableMfaOperation, ({ ctx, body }) => disableMfa(ctx, body.code));
