import { searchFindingsOperation } from "@/lib/api/operations/insights";
import { withApi } from "@/lib/api/with-api";
import { searchFindings } from "@/lib/insights/search-findings";

export const GET = withApi(searchFindingsOperation, ({ ctx, query }) => searchFindings(ctx, query));
