import type { DepartmentData, MonitoringData, SelfEvaluationData } from "./kinds/types";
import { CellInfo } from "./sheet";
import { Rect } from "./address";

/** A value read from the sheet together with where it came from. */
export interface Field {
  /** The cell holding the value (top-left of its merge); for a missing value, where it should be. */
  row: number;
  col: number;
  /** Raw cell value and displayed text. */
  cell: CellInfo;
}

export interface LabelledField extends Field {
  /** The label cell as written ("其中：财政资金", "预算数（万元）"). */
  label: string;
  labelRow: number;
  labelCol: number;
}

export type FrameworkId = "legacy" | "2021";

/**
 * What a table is (table-kinds.md): the 项目绩效目标表, or one of the other tables finance staff fill
 * in the same budget cycle. Each kind's own reading lives in src/engine/kinds/.
 */
export type TableKind = "project" | "self-evaluation" | "monitoring" | "department";

export const TABLE_KINDS: readonly TableKind[] = ["project", "self-evaluation", "monitoring", "department"];

export interface BudgetPart extends LabelledField {
  /** Canonical part name: 财政资金, 其他资金, 上年结转, 当年财政拨款, … as normalised from the label. */
  name: string;
  /** A part of another part ("财政拨款" then "其中：上级补助", "本级安排"): that part's name; not summed into the total. */
  within?: string;
}

export interface Budget {
  /** Group label cell (预算规模及资金用途) when the table has one. */
  group?: { row: number; col: number; text: string };
  total?: LabelledField;
  parts: BudgetPart[];
  /** Usage text (资金用途); its cell even when blank. */
  purpose?: Field;
  /** Unit that applies to the whole block, from a label or unit row ("预算数（万元）", "单位：万元"). */
  unitFromLabel?: "万元" | "元";
  /** The 实施期 (中期) amounts beside the year's (实施期资金总额 and its parts), when printed. */
  period?: { total?: LabelledField; parts: BudgetPart[] };
}

export interface Milestone {
  label: string;
  labelRow: number;
  labelCol: number;
  value: Field;
}

export interface Plan {
  label: { row: number; col: number; text: string };
  /** True when the plan's label says the values are percentages ("资金支出计划（%）"). */
  percentLabel: boolean;
  milestones: Milestone[];
}

export interface Goal {
  /** "目标1", or undefined for a single unlabelled goal text. */
  label?: string;
  labelRow?: number;
  labelCol?: number;
  text: Field;
}

export interface Goals {
  label: { row: number; col: number; text: string };
  goals: Goal[];
}

/**
 * The columns of an indicator block. Exports of 预算管理一体化 systems split 指标值 into sign
 * (符号: ≥ ＞ ＝ ＜ ≤ 定性), value (值: the number) and unit (计量单位), and may add weight (权重/分值).
 */
export type IndicatorColumn = "level1" | "level2" | "name" | "description" | "value" | "basis" | "sign" | "unit" | "weight";

export interface IndicatorHeader {
  row: number;
  col: number;
  /** Column of each indicator part; description and basis may be absent. */
  columns: Partial<Record<IndicatorColumn, number>>;
  /** The header text of each column as written. */
  headers: Partial<Record<IndicatorColumn, string>>;
  /** A second header row under the first (指标值 spanning 符号 | 值 | 单位 below it). */
  subRow?: number;
}

export interface IndicatorRow {
  row: number;
  /** As written in this row, or carried from the merge / label above ("" when none). */
  level1: string;
  level1Cell: { row: number; col: number };
  level2: string;
  level2Cell: { row: number; col: number };
  name: Field;
  description?: Field;
  /** The 指标值 cell; with split columns, the number's cell (值). */
  value: Field;
  basis?: Field;
  /** Split value columns: the sign (符号) and unit (计量单位) cells of this row. */
  sign?: Field;
  unit?: Field;
  /** The row's weight (权重 / 分值 column). */
  weight?: Field;
}

/**
 * A second indicator block beside the year's in the same rows: the 实施期 (中期) targets of a
 * multi-year project (三级 | 指标值 ‖ 二级 | 三级 | 指标值). Rules read it as they read the year's.
 */
export interface IndicatorBlock {
  header: IndicatorHeader;
  indicators: IndicatorRow[];
}

export interface TableModel {
  sheet: string;
  /** What the table is; project tables are read by parse.ts alone, the others also by src/engine/kinds. */
  kind: TableKind;
  /** The kind's own blocks (money matrix, scores, tasks…), for kinds other than project. */
  selfEvaluation?: SelfEvaluationData;
  monitoring?: MonitoringData;
  departmentData?: DepartmentData;
  /** Index of the table in the workbook, in reading order. */
  index: number;
  /** From the title cell (if any) to the block's bottom-right cell. */
  range: Rect;
  /** The table's first cell: its title cell, or the block's top-left cell. */
  first: { row: number; col: number };
  title?: Field;
  /** A budget-year line between the title and the block ("（2023年度）", "预算年度：2023年"). */
  yearLine?: Field;
  code?: LabelledField;
  name?: LabelledField;
  department?: LabelledField;
  implementer?: LabelledField;
  budget?: Budget;
  plan?: Plan;
  goals?: Goals;
  header?: IndicatorHeader;
  /** The year's indicator rows (the 年度 block when a table has 实施期 and 年度 blocks side by side). */
  indicators: IndicatorRow[];
  /** The 实施期 (中期) block beside the year's, when the table has one. */
  period?: IndicatorBlock;
  /** The 实施期 (中期) goal beside the year's (实施期目标 | 年度目标), when the table has one. */
  periodGoals?: Goals;
  /** Framework as recognised from the 一级 labels (before any forcing by configuration). */
  detectedFramework: FrameworkId;
  /** Things the reader assumed, said to the user (e.g. 万元 assumed). */
  notes: string[];
}
