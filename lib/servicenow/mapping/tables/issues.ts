import { defineTable } from "../define-table";
import { sn } from "../fields";

// `state` is numeric: 1 New, 2 Analyze, 5 Respond, 0 Review, 3 Closed Complete, 4 Closed
// Incomplete. `issue_source` is kept as the raw text: a list of sn_grc_choice sys_ids on a real
// instance, plain codes in the simulator, and nothing here resolves either.
export const issues = defineTable({
  name: "issues",
  table: "sn_grc_issue",
  shape: {
    number: sn.text,
    short_description: sn.text,
    description: sn.text,
    profile: sn.reference,
    issue_type: sn.choice,
    issue_source: sn.text,
    classification: sn.choice,
    priority: sn.choice,
    impact: sn.choice,
    urgency: sn.choice,
    state: sn.choice,
    active: sn.boolean,
    assignment_group: sn.reference,
    assigned_to: sn.reference,
    issue_manager: sn.reference,
    opened_at: sn.dateTime,
    closed_at: sn.dateTime,
    due_date: sn.dateTime,
  },
  toProduct: (r) => ({
    number: r.number,
    shortDescription: r.short_description,
    description: r.description,
    entityId: r.profile,
    issueType: r.issue_type,
    issueSource: r.issue_source,
    classification: r.classification,
    priority: r.priority,
    impact: r.impact,
    urgency: r.urgency,
    state: r.state,
    active: r.active,
    assignmentGroupId: r.assignment_group,
    assignedToId: r.assigned_to,
    issueManagerId: r.issue_manager,
    openedAt: r.opened_at,
    closedAt: r.closed_at,
    dueAt: r.due_date,
  }),
});

// Links an issue to the control or risk (an sn_grc_item) it is about. Column names follow the
// platform's m2m convention; UNCERTAIN in the doc.
export const issueItems = defineTable({
  name: "issue_items",
  table: "sn_grc_m2m_issue_item",
  shape: { sn_grc_issue: sn.requiredReference, sn_grc_item: sn.requiredReference },
  toProduct: (r) => ({ issueId: r.sn_grc_issue, itemId: r.sn_grc_item }),
});
