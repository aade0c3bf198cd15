import { deleteInstanceOperation, getInstanceOperation, updateInstanceOperation } from "@/lib/api/operations/instances";
import { withApi } from "@/lib/api/with-api";
import { deleteInstance } from "@/lib/instances/delete-instance";
import { getInstance } from "@/lib/instances/get-instance";
import { updateInstance } from "@/lib/instances/update-instance";

export const GET = withApi(getInstanceOperation, ({ ctx, params }) => getInstance(ctx, params.instanceId));
export const PUT = withApi(updateInstanceOperation, ({ ctx, params, body }) => updateInstance(ctx, params.instanceId, body));
export const DELETE = withApi(deleteInstanceOperation, ({ ctx, params }) => deleteInstance(ctx, params.instanceId));
