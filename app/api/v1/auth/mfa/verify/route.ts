import { confirmMfaEnrollmentOperation } from "@/lib/api/operations/auth-tokens";
import { withApi } from "@/lib/api/with-api";
import { confirmMfaEnrollment } from "@/lib/auth/mfa/confirm-mfa-enrollment";

export const POST = withApi(confirmMfaEnrollmentOperation, ({ ctx, body }) => confirmMfaEnrollment(ctx, body.code));
