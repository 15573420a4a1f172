import { normalizeLabel } from "./normalize";
import { memoString } from "./memo";
import { PROJECT_TITLE, isKindTitle } from "./kinds/titles";

/**
 * The dictionary of field labels and their variants. Labels are compared after normalizeLabel
 * (NFKC, no whitespace, no trailing colon), so "项目\n\n编码", "项目编码：" and "项目编码" are one label.
 */
export type FieldId =
  | "code"
  | "name"
  | "department"
  | "implementer"
  | "attribute"
  | "period"
  | "budgetGroup"
  | "total"
  | "periodTotal"
  | "part"
  | "purpose"
  | "unitRow"
  | "plan"
  | "goals"
  | "goalItem";

/** Strip a parenthesised qualifier or unit: "预算数(万元)" → "预算数", "其他资金(体彩公益金)" → "其他资金". */
export function stripQualifier(label: string): string {
  return label.replace(/[([【][^)\]】]*[)\]】]/g, "");
}

function core(raw: string): string {
  return (
    stripQualifier(normalizeLabel(raw))
      // "*三级指标", "*符号": the systems' mark for a required column
      .replace(/^[*＊]+/, "")
      .replace(/^其中[:：]?/, "")
      .replace(/[:：]+$/, "")
  );
}

const EXACT: [FieldId, string[]][] = [
  ["code", ["项目编码", "项目代码", "项目编号"]],
  ["name", ["项目名称"]],
  ["department", ["主管部门", "主管单位", "预算部门", "主管部门及代码", "部门名称", "填报部门"]],
  ["implementer", ["实施单位", "项目实施单位", "预算单位", "单位名称"]],
  ["attribute", ["项目属性", "项目类型", "项目类别"]],
  ["period", ["项目期", "实施期", "项目周期", "项目实施期", "实施周期", "项目期限"]],
  [
    "budgetGroup",
    [
      "预算规模及资金用途",
      "预算规模及用途",
      "资金情况",
      "项目资金",
      "资金规模",
      "项目资金情况",
      "年度资金情况",
      "项目资金(万元)",
      "预算规模",
      "项目资金来源",
      "资金来源",
    ],
  ],
  [
    "total",
    ["预算数", "资金总额", "年度资金总额", "预算总额", "项目总预算", "年度预算数", "预算资金", "年度预算", "项目预算", "总预算", "预算金额", "资金合计"],
  ],
  [
    "part",
    [
      "财政资金",
      "财政拨款",
      "当年财政拨款",
      "本年财政拨款",
      "上年结转",
      "上年结转资金",
      "其他资金",
      "自筹资金",
      "财政拨款资金",
      "一般公共预算",
      "政府性基金",
      "政府性基金预算",
      "专项资金",
      "中央补助",
      "省级补助",
      "市级资金",
      "区级资金",
      "中央财政资金",
      "省级财政资金",
      "市级财政资金",
      "县级财政资金",
      "区级财政资金",
      "市县财政资金",
      "市县(区)财政资金",
      "本级财政资金",
      "中央资金",
      "省级资金",
      "上级补助",
      "上级补助资金",
      "本级安排",
      "本级资金",
      "转移支付资金",
      "单位自筹",
      "单位自筹资金",
      "单位资金",
      "社会资金",
      "财政专户管理资金",
      "一般公共预算财政拨款",
      "政府性基金预算财政拨款",
    ],
  ],
  ["periodTotal", ["实施期资金总额", "中期资金总额", "实施期预算总额", "项目实施期资金总额", "实施期资金"]],
  ["purpose", ["资金用途", "主要用途", "资金主要用途", "用途", "项目资金用途"]],
  ["plan", ["资金支出计划", "支出计划", "资金支出进度", "支出进度计划", "资金支出计划(%)", "资金使用计划", "预算执行计划"]],
  [
    "goals",
    [
      "绩效目标",
      "年度绩效目标",
      "总体目标",
      "年度目标",
      "项目绩效目标",
      "年度总体目标",
      "总体绩效目标",
      "实施期总体目标",
      "实施期目标",
      "实施期绩效目标",
      "中期目标",
      "中期绩效目标",
      // 变更阶段: the goal after the change is the table's (调整前总体绩效目标 is no label)
      "调整后总体绩效目标",
      "调整后绩效目标",
      "调整后年度绩效目标",
    ],
  ],
];

const LOOKUP = new Map<string, FieldId>();
for (const [id, names] of EXACT) for (const n of names) LOOKUP.set(core(n), id);

/** Which field a cell's text labels, if any. Long texts are never labels. */
export const fieldOf = memoString(fieldOfUncached);

function fieldOfUncached(raw: string): FieldId | undefined {
  if (!raw) return undefined;
  const n = normalizeLabel(raw);
  if (n.length === 0 || n.length > 24) return undefined;
  if (/^(金额|资金)?单位[:：]?(万元|元)$/.test(n.replace(/[()（）]/g, ""))) return "unitRow";
  if (/^目标[0-9一二三四五六七八九十]+$/.test(n)) return "goalItem";
  const c = core(raw);
  const hit = LOOKUP.get(c);
  if (hit) return hit;
  // "资金支出计划（%）" with any qualifier, "资金支出计划及进度"…
  if (/^资金支出(计划|进度)/.test(c)) return "plan";
  return undefined;
}

/** The part name as reported: the label without "其中：" and without a qualifier. */
export function partName(raw: string): string {
  return core(raw);
}

/** A title row: "招商引资项目绩效目标表", "2023年度项目支出绩效目标申报表". */
export const isTitle = memoString(isTitleUncached);

function isTitleUncached(raw: string): boolean {
  const n = normalizeLabel(raw);
  const bare = n.replace(/[(（][^)）]*[)）]$/, "");
  // the systems' own names too: "预算项目绩效信息表（预算编制阶段）", "政策及项目绩效目标表"
  return n.length >= 5 && n.length <= 60 && (PROJECT_TITLE.test(bare) || /绩效目标表[)）]?$/.test(bare) || isKindTitle(bare));
}

// ---- indicator header ----------------------------------------------------------------

export type HeaderKind = "level1" | "level2" | "name" | "description" | "value" | "basis" | "standard" | "sign" | "unit" | "weight";

const HEADER: [HeaderKind, string[]][] = [
  ["level1", ["一级指标"]],
  ["level2", ["二级指标"]],
  ["name", ["三级指标", "指标名称", "三级指标名称"]],
  ["description", ["绩效指标描述", "指标解释", "指标内容", "指标描述", "指标说明", "绩效指标解释", "指标定义", "备注", "指标值说明"]],
  [
    "value",
    [
      "指标值",
      "年度指标值",
      "当年预期实现值",
      "目标值",
      "预期目标值",
      "年度目标值",
      "指标目标值",
      "预期值",
      "绩效指标值",
      "指标值(目标值)",
      "值",
      "数值",
      "指标数值",
      "调整后指标值",
      "调整后值",
      // 变更阶段 (湖北): 符号 | 调整前值 | 调整后值 | 计量单位 under 指标值; the later column wins
      "调整前值",
    ],
  ],
  ["sign", ["符号", "运算符", "计算符号", "指标性质", "比较符号", "关系符号", "指标符号"]],
  ["unit", ["计量单位", "度量单位", "单位", "计算单位", "指标单位", "计量单位名称"]],
  ["weight", ["权重", "分值", "指标权重", "指标分值", "权重分值", "分数"]],
  ["basis", ["指标值确定依据", "依据", "指标值来源", "指标值设定依据", "确定依据", "指标来源", "设定依据", "取值依据"]],
  ["standard", ["绩效标准", "评价标准", "指标标准"]],
];
const HEADER_LOOKUP = new Map<string, HeaderKind>();
for (const [k, names] of HEADER) for (const n of names) HEADER_LOOKUP.set(core(n), k);

export const headerKindOf = memoString(headerKindOfUncached);

function headerKindOfUncached(raw: string): HeaderKind | undefined {
  const c = core(raw);
  if (!c || c.length > 16) return undefined;
  return HEADER_LOOKUP.get(c);
}

// ---- milestones ------------------------------------------------------------------------

/** "3月底", "6月末", "1月", "第一季度", "上半年", "全年", "12月31日" */
export const isMilestoneLabel = memoString(isMilestoneLabelUncached);

function isMilestoneLabelUncached(raw: string): boolean {
  const n = normalizeLabel(raw);
  return (
    /^(截[至止])?([1-9]|1[0-2])月(份)?(底|末|前)?(累计)?$/.test(n) ||
    /^([1-9]|1[0-2])月(\d{1,2})日(前)?$/.test(n) ||
    /^(第)?[一二三四1-4]季度(末|底)?$/.test(n) ||
    /^(上半年|下半年|全年|前三季度|年底|年末)$/.test(n)
  );
}

/** Texts that close a table when met below it: signatures, notes. */
export const isFooter = memoString(isFooterUncached);

function isFooterUncached(raw: string): boolean {
  const n = normalizeLabel(raw);
  return /^(填报人|填表人|审核人|负责人|单位负责人|联系人|联系电话|填报日期|填表日期|制表人|制表|注(?![册入射重])|备注|说明|财务负责人|审核|部门负责人)/.test(
    n,
  );
}

/** Everything the row reader asks of a cell's text, in one memoised lookup. */
export interface TextKinds {
  title: boolean;
  field: FieldId | undefined;
  header: HeaderKind | undefined;
}

const NONE: TextKinds = { title: false, field: undefined, header: undefined };

export const kindsOf = memoString((raw: string): TextKinds => {
  const title = isTitle(raw);
  const field = fieldOf(raw);
  const header = headerKindOf(raw);
  return title || field || header ? { title, field, header } : NONE;
});
