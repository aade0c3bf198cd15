import { startMfaEnrollmentOperation } from "@/lib/api/operations/auth-tokens";
import { withApi } from "@/lib/api/with-api";
import { startMfaEnrollment } from "@/lib/auth/mfa/start-mfa-enrollment";

export const POST = withApi(startMfaEnrollmentOperation, ({ ctx }) => startMfaEnrollment(ctx));
