import { defineTable } from "../define-table";
import { sn } from "../fields";

export const entityClasses = defineTable({
  name: "entity_classes",
  table: "sn_grc_profile_class",
  shape: { name: sn.text, description: sn.text, active: sn.boolean },
  toProduct: (r) => ({ name: r.name, description: r.description, active: r.active }),
});

// Entities are called profiles in ServiceNow; the class table is sn_grc_profile_class, not
// sn_grc_profile_type.
export const entities = defineTable({
  name: "entities",
  table: "sn_grc_profile",
  shape: {
    name: sn.text,
    profile_class: sn.reference,
    owned_by: sn.reference,
    description: sn.text,
    compliance_score: sn.number,
    active: sn.boolean,
  },
  toProduct: (r) => ({
    name: r.name,
    entityClassId: r.profile_class,
    ownerId: r.owned_by,
    description: r.description,
    complianceScore: r.compliance_score,
    active: r.active,
  }),
});
