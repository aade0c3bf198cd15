import { requestPasswordReset } from "@/lib/accounts/request-password-reset";
import { forgotPasswordOperation } from "@/lib/api/operations/auth";
import { requestMetaOf } from "@/lib/api/request-meta";
import { withApi } from "@/lib/api/with-api";

export const POST = withApi(forgotPasswordOperation, ({ body, request, requestId }) =>
  requestPasswordReset(body.email, { ...requestMetaOf(request, requestId), origin: new URL(request.url).origin }),
);
