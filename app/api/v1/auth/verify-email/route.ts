import { verifyEmail } from "@/lib/accounts/verify-email";
import { verifyEmailOperation } from "@/lib/api/operations/auth";
import { requestMetaOf } from "@/lib/api/request-meta";
import { withApi } from "@/lib/api/with-api";

export const POST = withApi(verifyEmailOperation, async ({ body, request, requestId }) => {
  const { email } = await verifyEmail(body.token, requestMetaOf(request, requestId));
  return { email, emailVerified: true as const };
});
