import { tokenLoginOperation } from "@/lib/api/operations/auth-tokens";
import { requestMetaOf } from "@/lib/api/request-meta";
import { withApi } from "@/lib/api/with-api";
import { loginForTokens } from "@/lib/auth/tokens/login-for-tokens";

export const POST = withApi(tokenLoginOperation, ({ body, request, requestId }) =>
  loginForTokens(body, requestMetaOf(request, requestId)),
);
