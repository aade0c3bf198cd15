import { defineTable } from "../define-table";
import { sn } from "../fields";

// `item` is a control or a risk (both extend sn_grc_item); `entity` must equal that item's profile.
export const indicators = defineTable({
  name: "indicators",
  table: "sn_grc_indicator",
  shape: {
    number: sn.text,
    short_description: sn.text,
    item: sn.reference,
    entity: sn.reference,
    category: sn.choice,
    owner: sn.reference,
    owning_group: sn.reference,
    active: sn.boolean,
    collection_frequency: sn.choice,
    method: sn.choice,
    target_type: sn.choice,
    target: sn.number,
    last_result_passed: sn.boolean,
    next_run_time: sn.dateTime,
  },
  toProduct: (r) => ({
    number: r.number,
    shortDescription: r.short_description,
    itemId: r.item,
    entityId: r.entity,
    category: r.category,
    ownerId: r.owner,
    owningGroupId: r.owning_group,
    active: r.active,
    collectionFrequency: r.collection_frequency,
    method: r.method,
    targetType: r.target_type,
    target: r.target,
    lastResultPassed: r.last_result_passed,
    nextRunAt: r.next_run_time,
  }),
});

// A result without its indicator cannot be attributed to anything, so it is malformed.
export const indicatorResults = defineTable({
  name: "indicator_results",
  table: "sn_grc_indicator_result",
  shape: {
    indicator: sn.requiredReference,
    passed: sn.boolean,
    value: sn.number,
    target: sn.number,
    collection_date: sn.dateTime,
  },
  toProduct: (r) => ({
    indicatorId: r.indicator,
    passed: r.passed,
    value: r.value,
    target: r.target,
    collectedAt: r.collection_date,
  }),
});
