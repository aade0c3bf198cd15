import { refreshTokensOperation } from "@/lib/api/operations/auth-tokens";
import { requestMetaOf } from "@/lib/api/request-meta";
import { withApi } from "@/lib/api/with-api";
import { refreshTokens } from "@/lib/auth/tokens/refresh-tokens";

export const POST = withApi(refreshTokensOperation, ({ body, request, requestId }) =>
  refreshTokens(body.refreshToken, requestMetaOf(request, requestId)),
);
