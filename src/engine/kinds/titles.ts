/**
 * Titles of the other kinds' tables ("项目支出绩效自评表", "项目支出绩效目标执行监控表",
 * "部门整体支出绩效目标表"). labels.isTitle asks this too, so that such a title opens a table
 * as a 绩效目标表's does. No imports: labels.ts depends on it.
 */
const KIND_TITLE = /(绩效|项目|支出)(目标)?(自评|评价|运行监控|执行监控|目标监控|监控|跟踪监控|运行监测)表$|自评表$/;

/**
 * A project table's title ends so ("…项目绩效目标表", the systems' "…绩效信息表", "…绩效目标申报表",
 * "…绩效目标批复表", 安徽's "项目支出绩效批复表", 湖北's "项目申报表").
 */
export const PROJECT_TITLE = /绩效(目标|信息|目标及指标|目标和指标)(申报|审核|申请|填报|批复|审批|调整|变更)?表$|绩效(批复|审批|调整)表$|^项目(申报|批复)表$/;

/** `normalized`: the title after normalizeLabel, its trailing "（2023年度）" removed. */
export function isKindTitle(normalized: string): boolean {
  return KIND_TITLE.test(normalized);
}
