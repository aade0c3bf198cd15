import { registerAccount } from "@/lib/accounts/register-account";
import { registerOperation } from "@/lib/api/operations/auth";
import { requestMetaOf } from "@/lib/api/request-meta";
import { withApi } from "@/lib/api/with-api";

export const POST = withApi(registerOperation, ({ body, request, requestId }) =>
  registerAccount(body, { ...requestMetaOf(request, requestId), origin: new URL(request.url).origin }),
);
