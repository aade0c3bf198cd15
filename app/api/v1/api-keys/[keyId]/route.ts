import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { revokeApiKeyOperation } from "@/lib/api/operations/api-keys";
import { withApi } from "@/lib/api/with-api";

export const DELETE = withApi(revokeApiKeyOperation, ({ ctx, params }) => revokeApiKey(ctx, params.keyId));
