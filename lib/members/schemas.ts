import { z } from "zod";
import { BuiltInRoleSchema } from "@/lib/roles/schemas";

export const MemberSchema = z
  .object({
    id: z.uuid().describe("The user's id"),
    email: z.string(),
    name: z.string().nullable(),
    roles: z.array(z.object({ id: z.uuid(), name: z.string(), builtIn: BuiltInRoleSchema.nullable() })),
    teams: z.array(z.object({ id: z.uuid(), name: z.string() })),
    twoFactorEnabled: z.boolean(),
    joinedAt: z.date(),
  })
  .meta({ id: "Member" });
export type Member = z.infer<typeof MemberSchema>;

export const UserIdParams = z.object({ userId: z.uuid() });
export const UserRoleParams = z.object({ userId: z.uuid(), roleId: z.uuid() });

export const AssignRoleInput = z.object({ roleId: z.uuid() }).strict();
export type AssignRoleInput = z.infer<typeof AssignRoleInput>;
