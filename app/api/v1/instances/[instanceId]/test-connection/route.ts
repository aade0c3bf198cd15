import { testInstanceConnectionOperation } from "@/lib/api/operations/instances";
import { withApi } from "@/lib/api/with-api";
import { testInstanceConnection } from "@/lib/instances/test-connection";

export const POST = withApi(testInstanceConnectionOperation, ({ ctx, params }) => testInstanceConnection(ctx, params.instanceId));
