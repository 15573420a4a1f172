import type { TableKind } from "../model";

/** What each kind is called in the pane, the report sheet and messages. */
export const KIND_NAME: Record<TableKind, { zh: string; en: string }> = {
  project: { zh: "项目绩效目标表", en: "Project target table" },
  "self-evaluation": { zh: "自评表", en: "Self-evaluation" },
  monitoring: { zh: "监控表", en: "Monitoring table" },
  department: { zh: "部门整体目标表", en: "Department target table" },
};
