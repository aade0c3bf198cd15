import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getMember } from "@/lib/members/list-members";
import { removeMember } from "@/lib/members/remove-member";
import { createMember } from "@/lib/testing/factories";
import { addTeamMember, createTeam, deleteTeam, removeTeamMember, updateTeam } from "./manage-teams";
import { getTeam, listAllTeams, listTeams } from "./queries";

describe("teams", () => {
  it("creates, renames, re-staffs and deletes a team, with an audit event each time", async () => {
    const admin = await createMember("ORG_ADMIN");
    const alice = await createMember("VIEWER", admin.organization.id);
    const bob = await createMember("ANALYST", admin.organization.id);
    const team = await createTeam(admin.ctx, { name: "Risk", memberIds: [alice.user.id] });
    expect(team.members.map((m) => m.id)).toEqual([alice.user.id]);
    expect((await getMember(admin.ctx, alice.user.id)).teams).toEqual([{ id: team.id, name: "Risk" }]);
    await expect(createTeam(admin.ctx, { name: "Risk" })).rejects.toMatchObject({ code: "conflict" });

    const renamed = await updateTeam(admin.ctx, team.id, { name: "Risk & Controls", memberIds: [bob.user.id] });
    expect(renamed.name).toBe("Risk & Controls");
    expect(renamed.members.map((m) => m.id)).toEqual([bob.user.id]);
    expect((await addTeamMember(admin.ctx, team.id, alice.user.id)).members).toHaveLength(2);
    expect((await removeTeamMember(admin.ctx, team.id, bob.user.id)).members.map((m) => m.id)).toEqual([alice.user.id]);
    await expect(removeTeamMember(admin.ctx, team.id, bob.user.id)).rejects.toMatchObject({ code: "not_found" });

    // Removing someone from the organization takes their team seat with them.
    await removeMember(admin.ctx, alice.user.id);
    expect((await getTeam(admin.ctx, team.id)).members).toEqual([]);

    expect((await listAllTeams(admin.ctx)).map((t) => t.id)).toEqual([team.id]);
    expect((await listTeams(admin.ctx, { limit: 10 })).data).toHaveLength(1);
    await deleteTeam(admin.ctx, team.id);
    await expect(getTeam(admin.ctx, team.id)).rejects.toMatchObject({ code: "not_found" });
    const actions = (await db.auditEvent.findMany({ where: { organizationId: admin.organization.id, action: { startsWith: "team." } }, orderBy: { seq: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["team.created", "team.updated", "team.member_added", "team.member_removed", "team.deleted"]);
  });

  it("lets viewers read teams but not change them", async () => {
    const admin = await createMember("ORG_ADMIN");
    const viewer = await createMember("VIEWER", admin.organization.id);
    const team = await createTeam(admin.ctx, { name: "Ops" });
    expect((await getTeam(viewer.ctx, team.id)).name).toBe("Ops");
    await expect(createTeam(viewer.ctx, { name: "Mine" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(updateTeam(viewer.ctx, team.id, { name: "Mine" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(deleteTeam(viewer.ctx, team.id)).rejects.toMatchObject({ code: "forbidden" });
    expect((await getTeam(admin.ctx, team.id)).name).toBe("Ops");
  });

  it("keeps teams and members of other organizations apart", async () => {
    const a = await createMember("ORG_ADMIN");
    const b = await createMember("ORG_ADMIN");
    const aTeam = await createTeam(a.ctx, { name: "A team", memberIds: [a.user.id] });
    await expect(getTeam(b.ctx, aTeam.id)).rejects.toMatchObject({ status: 404 });
    await expect(updateTeam(b.ctx, aTeam.id, { name: "Taken" })).rejects.toMatchObject({ status: 404 });
    await expect(deleteTeam(b.ctx, aTeam.id)).rejects.toMatchObject({ status: 404 });
    await expect(addTeamMember(b.ctx, aTeam.id, b.user.id)).rejects.toMatchObject({ status: 404 });
    await expect(removeTeamMember(b.ctx, aTeam.id, a.user.id)).rejects.toMatchObject({ status: 404 });
    // A's members cannot be put into B's teams.
    const bTeam = await createTeam(b.ctx, { name: "B team" });
    await expect(addTeamMember(b.ctx, bTeam.id, a.user.id)).rejects.toMatchObject({ status: 404 });
    await expect(createTeam(b.ctx, { name: "Sneaky", memberIds: [b.user.id, a.user.id] })).rejects.toMatchObject({
      status: 400,
      errors: [{ path: "memberIds.1", message: expect.any(String) }],
    });
    expect(await db.team.count({ where: { name: "Sneaky" } })).toBe(0);
    expect((await listAllTeams(b.ctx)).map((t) => t.id)).toEqual([bTeam.id]);
    expect((await getTeam(a.ctx, aTeam.id)).members.map((m) => m.id)).toEqual([a.user.id]);
  });
});
