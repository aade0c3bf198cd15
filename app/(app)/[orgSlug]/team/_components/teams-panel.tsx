"use client";

import { useState } from "react";
import { Pencil, Plus, Trash2, UsersRound } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { Team } from "@/lib/teams/schemas";
import { deleteTeamAction } from "../actions";
import { TeamDialog, type TeamMemberOption } from "./team-dialog";
import { useAction } from "./use-action";

export function TeamsPanel({ orgSlug, teams, members, canManage }: { orgSlug: string; teams: Team[]; members: TeamMemberOption[]; canManage: boolean }) {
  const [editing, setEditing] = useState<Team | "new" | null>(null);
  const { pending, run } = useAction();

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="max-w-2xl text-sm text-muted-foreground">Teams group members who work together, such as an IT risk team or an internal audit team.</p>
        {canManage ? (
          <Button onClick={() => setEditing("new")}>
            <Plus aria-hidden />
            New team
          </Button>
        ) : null}
      </div>
      {teams.length === 0 ? (
        <EmptyState
          icon={UsersRound}
          title="No teams yet"
          description={canManage ? "Use New team to create one, then choose its members." : "Organization Admins can create teams and assign members to them."}
        />
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {teams.map((team) => (
            <li key={team.id}>
              <Card className="h-full">
                <CardHeader>
                  <div className="flex items-start justify-between gap-2">
                    <CardTitle className="text-base">{team.name}</CardTitle>
                    {canManage ? (
                      <div className="-mt-1 -mr-2 flex gap-0.5">
                        <Button variant="ghost" size="icon-sm" aria-label={`Edit ${team.name}`} disabled={pending} onClick={() => setEditing(team)}>
                          <Pencil aria-hidden />
                        </Button>
                        <Button
                          variant="ghost"
                          size="icon-sm"
                          aria-label={`Delete ${team.name}`}
                          disabled={pending}
                          onClick={() => {
                            if (window.confirm(`Delete the team "${team.name}"? Its members stay in the organization.`)) {
                              run(() => deleteTeamAction(orgSlug, team.id), `Team "${team.name}" deleted`);
                            }
                          }}
                        >
                          <Trash2 aria-hidden />
                        </Button>
                      </div>
                    ) : null}
                  </div>
                  {team.description ? <CardDescription>{team.description}</CardDescription> : null}
                </CardHeader>
                <CardContent>
                  {team.members.length === 0 ? (
                    <p className="text-sm text-muted-foreground">No members yet{canManage ? ": edit the team to add some." : "."}</p>
                  ) : (
                    <ul className="grid gap-1 text-sm" aria-label={`Members of ${team.name}`}>
                      {team.members.map((m) => (
                        <li key={m.id} className="truncate">
                          {m.name ?? m.email}
                          {m.name ? <span className="text-muted-foreground"> · {m.email}</span> : null}
                        </li>
                      ))}
                    </ul>
                  )}
                </CardContent>
              </Card>
            </li>
          ))}
        </ul>
      )}
      {canManage ? (
        <TeamDialog orgSlug={orgSlug} team={editing === "new" ? null : editing} open={editing !== null} members={members} onClose={() => setEditing(null)} />
      ) : null}
    </div>
  );
}
