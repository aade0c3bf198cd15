import { resetPassword } from "@/lib/accounts/reset-password";
import { resetPasswordOperation } from "@/lib/api/operations/auth";
import { requestMetaOf } from "@/lib/api/request-meta";
import { withApi } from "@/lib/api/with-api";

export const POST = withApi(resetPasswordOperation, async ({ body, request, requestId }) => {
  const { sessionsRevoked } = await resetPassword(body, { ...requestMetaOf(request, requestId), origin: new URL(request.url).origin });
  return { message: "Password changed: sign in with the new password", sessionsRevoked };
});
