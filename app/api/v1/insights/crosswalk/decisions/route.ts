import { decideCrosswalkOperation } from "@/lib/api/operations/insight-exports";
import { withApi } from "@/lib/api/with-api";
import { decideCrosswalk } from "@/lib/crosswalk/decide-crosswalk";

export const POST = withApi(decideCrosswalkOperation, ({ ctx, body }) => decideCrosswalk(ctx, body));
