/**
 * The words the other kinds' tables are filled with, for dropdowns and the wizard's value helper
 * (research/table-kinds.md: the 一体化 systems' own lists).
 */

/** 监控表 完成目标可能性. */
export const LIKELIHOODS = ["确定能", "有可能", "完全不可能"] as const;

/** 偏差原因 categories (监控表 columns 经费保障 … 其他; the 自评表's 偏差原因 dropdown). */
export const DEVIATION_REASONS = ["经费保障", "制度保障", "人员保障", "硬件条件保障", "其他"] as const;

/** 定性 targets' attainment and the share of the weight each earns (达成 80–100%, 部分达成 60–80%, 未达成 0–60%). */
export const QUALITATIVE_BANDS = [
  { label: "达成", from: 0.8, to: 1 },
  { label: "部分达成", from: 0.6, to: 0.8 },
  { label: "未达成", from: 0, to: 0.6 },
] as const;

/** Grade words of a 自评表's 总分. */
export const GRADES = ["优", "良", "中", "差"] as const;
