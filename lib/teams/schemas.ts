import { z } from "zod";

export const TeamSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string().nullable(),
    members: z.array(z.object({ id: z.uuid().describe("The user's id"), email: z.string(), name: z.string().nullable() })),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: "Team" });
export type Team = z.infer<typeof TeamSchema>;

const TeamName = z.string().trim().min(1, "Enter a name").max(80, "At most 80 characters");
const TeamDescription = z.string().trim().max(500, "At most 500 characters").nullable();
const MemberIds = z.array(z.uuid()).max(1000, "At most 1000 members");

export const CreateTeamInput = z
  .object({
    name: TeamName,
    description: TeamDescription.optional(),
    memberIds: MemberIds.optional().describe("User ids of members of the organization"),
  })
  .strict();
export type CreateTeamInput = z.infer<typeof CreateTeamInput>;

export const UpdateTeamInput = z
  .object({
    name: TeamName.optional(),
    description: TeamDescription.optional(),
    memberIds: MemberIds.optional().describe("Replaces the team's members (user ids of members of the organization)"),
  })
  .strict();
export type UpdateTeamInput = z.infer<typeof UpdateTeamInput>;

export const TeamIdParams = z.object({ teamId: z.uuid() });
export const TeamMemberParams = z.object({ teamId: z.uuid(), userId: z.uuid() });
export const AddTeamMemberInput = z.object({ userId: z.uuid() }).strict();
