import { getMe, updateMe } from "@/lib/accounts/me";
import { getMeOperation, updateMeOperation } from "@/lib/api/operations/me";
import { withApi } from "@/lib/api/with-api";

export const GET = withApi(getMeOperation, ({ ctx }) => getMe(ctx));

export const PUT = withApi(updateMeOperation, ({ ctx, body }) => updateMe(ctx, body));
