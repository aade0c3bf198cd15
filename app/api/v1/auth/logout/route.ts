import { logoutOperation } from "@/lib/api/operations/auth-tokens";
import { withApi } from "@/lib/api/with-api";
import { logoutTokens } from "@/lib/auth/tokens/logout-tokens";

export const POST = withApi(logoutOperation, ({ body, request }) => {
  const accessToken = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "")?.[1];
  return logoutTokens({ refreshToken: body?.refreshToken, accessToken });
});
