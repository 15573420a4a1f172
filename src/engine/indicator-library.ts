/**
 * The wizard's indicator library: common indicators per 二级, and typical ones per project class
 * (会议培训, 设备购置, 信息系统建设运维, 基建工程, 补助补贴, 宣传推介), each with a description, a
 * typical target value, its unit and a basis. Pure data and lookups; every entry checks clean when
 * used in a table of either framework it belongs to (test/engine/indicator-library.test.ts).
 *
 * Entries name their 二级 by its canonical short form (frameworks.ts). 成本 is placed where the
 * framework keeps it: 产出指标 / 成本指标 in the legacy framework, 成本指标 / 经济成本指标 in the 2021
 * one. Values are typical, to be adjusted: "{year}" stands for the budget year.
 */
import type { FrameworkId } from "./model";
import type { SpecIndicator } from "./spec";
import { FRAMEWORKS, Level1, level1Label, level2Label } from "./frameworks";

export type ProjectClass = "meeting" | "equipment" | "it" | "construction" | "subsidy" | "publicity";

export const PROJECT_CLASSES: { id: ProjectClass; zh: string; en: string }[] = [
  { id: "meeting", zh: "会议培训", en: "Meetings and training" },
  { id: "equipment", zh: "设备购置", en: "Equipment purchase" },
  { id: "it", zh: "信息系统建设运维", en: "IT systems: building and running" },
  { id: "construction", zh: "基建工程", en: "Construction works" },
  { id: "subsidy", zh: "补助补贴", en: "Subsidies and grants" },
  { id: "publicity", zh: "宣传推介", en: "Publicity and promotion" },
];

/** Where an entry goes: a 二级 (canonical short name); 成本 follows the framework (see above). */
export type LibrarySlot =
  "数量" | "质量" | "时效" | "成本" | "社会成本" | "生态环境成本" | "经济效益" | "社会效益" | "生态效益" | "可持续影响" | "服务对象满意度";

export interface LibraryEntry {
  id: string;
  slot: LibrarySlot;
  name: string;
  description: string;
  /** Typical 指标值; "{year}" is the budget year. */
  value: string;
  /** The value's unit ("" for qualitative values and deadlines). */
  unit: string;
  basis: string;
  /** Project classes it is typical of; empty: common to any project. */
  classes: ProjectClass[];
  /** Only in this framework (社会成本 and 生态环境成本 exist in the 2021 one only). */
  framework?: FrameworkId;
}

const C: ProjectClass[] = [];

/** The library. Ids are stable (tests and the pane refer to them). */
export const INDICATOR_LIBRARY: LibraryEntry[] = [
  // ---- common ---------------------------------------------------------------------------------
  {
    id: "common.tasks",
    slot: "数量",
    name: "年度计划任务完成数",
    description: "年度计划实施的任务（事项）数量",
    value: "≥1项",
    unit: "项",
    basis: "工作计划",
    classes: C,
  },
  { id: "common.coverage", slot: "数量", name: "服务覆盖人数", description: "项目服务覆盖的人数", value: "≥100人", unit: "人", basis: "工作计划", classes: C },
  {
    id: "common.acceptance",
    slot: "质量",
    name: "任务验收合格率",
    description: "完成的任务通过验收的比例",
    value: "≥95%",
    unit: "%",
    basis: "工作计划",
    classes: C,
  },
  {
    id: "common.compliance",
    slot: "质量",
    name: "资金使用合规率",
    description: "合规使用的资金占项目资金的比例",
    value: "=100%",
    unit: "%",
    basis: "财务管理制度",
    classes: C,
  },
  {
    id: "common.deadline",
    slot: "时效",
    name: "年度任务完成时间",
    description: "年度任务全部完成的时限",
    value: "{year}年12月31日前",
    unit: "",
    basis: "工作计划",
    classes: C,
  },
  {
    id: "common.payment",
    slot: "时效",
    name: "资金支付时限",
    description: "任务完成至资金支付的时长",
    value: "≤30个工作日",
    unit: "个工作日",
    basis: "财务管理制度",
    classes: C,
  },
  {
    id: "common.costControl",
    slot: "成本",
    name: "成本控制率",
    description: "实际支出占年度预算的比例",
    value: "≤100%",
    unit: "%",
    basis: "部门预算批复",
    classes: C,
  },
  {
    id: "common.economic",
    slot: "经济效益",
    name: "对地区经济发展的带动作用",
    description: "项目实施对地区经济发展的带动作用",
    value: "有所提升",
    unit: "",
    basis: "工作计划",
    classes: C,
  },
  {
    id: "common.social",
    slot: "社会效益",
    name: "政策知晓率",
    description: "服务对象对相关政策的知晓程度",
    value: "≥85%",
    unit: "%",
    basis: "历史标准",
    classes: C,
  },
  {
    id: "common.ecology",
    slot: "生态效益",
    name: "对生态环境的影响",
    description: "项目实施对生态环境的影响",
    value: "无明显负面影响",
    unit: "",
    basis: "行业标准",
    classes: C,
  },
  {
    id: "common.sustainable",
    slot: "可持续影响",
    name: "长效管理机制",
    description: "项目形成长效管理机制的情况",
    value: "建立健全",
    unit: "",
    basis: "工作计划",
    classes: C,
  },
  {
    id: "common.satisfaction",
    slot: "服务对象满意度",
    name: "服务对象满意度",
    description: "服务对象对项目实施情况的满意程度",
    value: "≥90%",
    unit: "%",
    basis: "行业标准",
    classes: C,
  },
  {
    id: "common.socialCost",
    slot: "社会成本",
    name: "对社会发展的负面影响",
    description: "项目实施对社会发展可能造成的负面影响",
    value: "无",
    unit: "",
    basis: "行业标准",
    classes: C,
    framework: "2021",
  },
  {
    id: "common.ecoCost",
    slot: "生态环境成本",
    name: "对生态环境的负面影响",
    description: "项目实施对生态环境可能造成的负面影响",
    value: "无",
    unit: "",
    basis: "行业标准",
    classes: C,
    framework: "2021",
  },

  // ---- 会议培训 -------------------------------------------------------------------------------
  {
    id: "meeting.sessions",
    slot: "数量",
    name: "培训期数",
    description: "全年举办培训的期数",
    value: "≥4期",
    unit: "期",
    basis: "工作计划",
    classes: ["meeting"],
  },
  {
    id: "meeting.trainees",
    slot: "数量",
    name: "参训人次",
    description: "全年参加培训的人次",
    value: "≥200人次",
    unit: "人次",
    basis: "工作计划",
    classes: ["meeting"],
  },
  {
    id: "meeting.meetings",
    slot: "数量",
    name: "召开会议次数",
    description: "全年召开会议的次数",
    value: "≥2次",
    unit: "次",
    basis: "工作计划",
    classes: ["meeting"],
  },
  {
    id: "meeting.pass",
    slot: "质量",
    name: "培训考核合格率",
    description: "考核合格人数占参训人数的比例",
    value: "≥95%",
    unit: "%",
    basis: "历史标准",
    classes: ["meeting"],
  },
  {
    id: "meeting.attendance",
    slot: "质量",
    name: "参训人员出勤率",
    description: "实际出勤人次占应参训人次的比例",
    value: "≥95%",
    unit: "%",
    basis: "历史标准",
    classes: ["meeting"],
  },
  {
    id: "meeting.deadline",
    slot: "时效",
    name: "培训完成时间",
    description: "全年培训任务完成的时限",
    value: "{year}年11月30日前",
    unit: "",
    basis: "工作计划",
    classes: ["meeting"],
  },
  {
    id: "meeting.costPerHead",
    slot: "成本",
    name: "人均培训费用",
    description: "每人每天的培训费用（含师资、场地、资料）",
    value: "≤550元/人天",
    unit: "元/人天",
    basis: "中央和国家机关培训费管理办法",
    classes: ["meeting"],
  },
  {
    id: "meeting.ability",
    slot: "社会效益",
    name: "参训人员业务能力",
    description: "参训人员业务能力是否提升",
    value: "明显提升",
    unit: "",
    basis: "工作计划",
    classes: ["meeting"],
  },
  {
    id: "meeting.satisfaction",
    slot: "服务对象满意度",
    name: "参训人员满意度",
    description: "参训人员对培训的满意程度",
    value: "≥90%",
    unit: "%",
    basis: "历史标准",
    classes: ["meeting"],
  },

  // ---- 设备购置 -------------------------------------------------------------------------------
  {
    id: "equipment.count",
    slot: "数量",
    name: "设备购置数量",
    description: "年度购置设备的台（套）数",
    value: "≥10台（套）",
    unit: "台（套）",
    basis: "采购计划",
    classes: ["equipment"],
  },
  {
    id: "equipment.acceptance",
    slot: "质量",
    name: "设备验收合格率",
    description: "验收合格设备占购置设备的比例",
    value: "=100%",
    unit: "%",
    basis: "采购合同",
    classes: ["equipment"],
  },
  {
    id: "equipment.intact",
    slot: "质量",
    name: "设备完好率",
    description: "完好设备占在用设备的比例",
    value: "≥95%",
    unit: "%",
    basis: "行业标准",
    classes: ["equipment"],
  },
  {
    id: "equipment.deadline",
    slot: "时效",
    name: "设备采购完成时间",
    description: "设备采购、安装、验收完成的时限",
    value: "{year}年9月30日前",
    unit: "",
    basis: "采购计划",
    classes: ["equipment"],
  },
  {
    id: "equipment.cost",
    slot: "成本",
    name: "设备采购成本",
    description: "设备采购的总费用",
    value: "≤50万元",
    unit: "万元",
    basis: "采购预算",
    classes: ["equipment"],
  },
  {
    id: "equipment.efficiency",
    slot: "社会效益",
    name: "工作效率",
    description: "设备投入使用后工作效率的变化",
    value: "有所提高",
    unit: "",
    basis: "工作计划",
    classes: ["equipment"],
  },
  {
    id: "equipment.life",
    slot: "可持续影响",
    name: "设备使用年限",
    description: "设备可正常使用的年限",
    value: "≥5年",
    unit: "年",
    basis: "行业标准",
    classes: ["equipment"],
  },
  {
    id: "equipment.satisfaction",
    slot: "服务对象满意度",
    name: "使用人员满意度",
    description: "设备使用人员的满意程度",
    value: "≥90%",
    unit: "%",
    basis: "历史标准",
    classes: ["equipment"],
  },

  // ---- 信息系统建设运维 ----------------------------------------------------------------------
  {
    id: "it.modules",
    slot: "数量",
    name: "系统功能模块数",
    description: "建设或升级的系统功能模块数",
    value: "≥5个",
    unit: "个",
    basis: "建设方案",
    classes: ["it"],
  },
  {
    id: "it.maintenance",
    slot: "数量",
    name: "运维巡检次数",
    description: "全年系统运维巡检的次数",
    value: "≥12次",
    unit: "次",
    basis: "运维合同",
    classes: ["it"],
  },
  {
    id: "it.uptime",
    slot: "质量",
    name: "系统正常运行率",
    description: "系统正常运行时间占总时间的比例",
    value: "≥99%",
    unit: "%",
    basis: "运维合同",
    classes: ["it"],
  },
  {
    id: "it.security",
    slot: "质量",
    name: "网络安全等级保护测评",
    description: "系统通过网络安全等级保护测评",
    value: "通过",
    unit: "",
    basis: "行业标准",
    classes: ["it"],
  },
  {
    id: "it.launch",
    slot: "时效",
    name: "系统上线时间",
    description: "系统建设完成并上线运行的时限",
    value: "{year}年10月31日前",
    unit: "",
    basis: "建设方案",
    classes: ["it"],
  },
  {
    id: "it.response",
    slot: "时效",
    name: "故障响应时间",
    description: "系统故障报修到响应的时长",
    value: "≤2小时",
    unit: "小时",
    basis: "运维合同",
    classes: ["it"],
  },
  {
    id: "it.cost",
    slot: "成本",
    name: "系统运维费用",
    description: "全年系统运维服务费用",
    value: "≤30万元",
    unit: "万元",
    basis: "运维合同",
    classes: ["it"],
  },
  {
    id: "it.efficiency",
    slot: "社会效益",
    name: "业务办理效率",
    description: "系统投入使用后业务办理效率的变化",
    value: "明显提升",
    unit: "",
    basis: "工作计划",
    classes: ["it"],
  },
  {
    id: "it.life",
    slot: "可持续影响",
    name: "系统稳定运行年限",
    description: "系统可稳定运行的年限",
    value: "≥3年",
    unit: "年",
    basis: "建设方案",
    classes: ["it"],
  },
  {
    id: "it.satisfaction",
    slot: "服务对象满意度",
    name: "系统使用人员满意度",
    description: "系统使用人员的满意程度",
    value: "≥90%",
    unit: "%",
    basis: "历史标准",
    classes: ["it"],
  },

  // ---- 基建工程 -------------------------------------------------------------------------------
  {
    id: "construction.area",
    slot: "数量",
    name: "新建（改造）面积",
    description: "年度新建或改造的建筑面积",
    value: "≥1000平方米",
    unit: "平方米",
    basis: "项目批复",
    classes: ["construction"],
  },
  {
    id: "construction.quality",
    slot: "质量",
    name: "工程验收合格率",
    description: "验收合格的单位工程占全部单位工程的比例",
    value: "=100%",
    unit: "%",
    basis: "建设工程质量管理条例",
    classes: ["construction"],
  },
  {
    id: "construction.safety",
    slot: "质量",
    name: "安全生产事故",
    description: "施工期间发生的安全生产事故次数",
    value: "=0次",
    unit: "次",
    basis: "行业标准",
    classes: ["construction"],
  },
  {
    id: "construction.deadline",
    slot: "时效",
    name: "工程竣工时间",
    description: "工程完工并通过竣工验收的时限",
    value: "{year}年12月31日前",
    unit: "",
    basis: "项目批复",
    classes: ["construction"],
  },
  {
    id: "construction.cost",
    slot: "成本",
    name: "工程建设成本",
    description: "工程建设的总投资",
    value: "≤500万元",
    unit: "万元",
    basis: "项目概算",
    classes: ["construction"],
  },
  {
    id: "construction.living",
    slot: "社会效益",
    name: "群众生产生活条件",
    description: "项目建成后群众生产生活条件的变化",
    value: "明显改善",
    unit: "",
    basis: "项目批复",
    classes: ["construction"],
  },
  {
    id: "construction.life",
    slot: "可持续影响",
    name: "工程设计使用年限",
    description: "工程设计的使用年限",
    value: "≥50年",
    unit: "年",
    basis: "设计规范",
    classes: ["construction"],
  },
  {
    id: "construction.satisfaction",
    slot: "服务对象满意度",
    name: "周边群众满意度",
    description: "周边群众对工程建设的满意程度",
    value: "≥90%",
    unit: "%",
    basis: "历史标准",
    classes: ["construction"],
  },

  // ---- 补助补贴 -------------------------------------------------------------------------------
  {
    id: "subsidy.recipients",
    slot: "数量",
    name: "补助对象数量",
    description: "年度享受补助的对象户数",
    value: "≥100户",
    unit: "户",
    basis: "补助政策",
    classes: ["subsidy"],
  },
  {
    id: "subsidy.accuracy",
    slot: "质量",
    name: "补助资金发放准确率",
    description: "准确发放的补助资金占应发资金的比例",
    value: "=100%",
    unit: "%",
    basis: "补助政策",
    classes: ["subsidy"],
  },
  {
    id: "subsidy.deadline",
    slot: "时效",
    name: "补助资金发放时间",
    description: "补助资金足额发放到位的时限",
    value: "{year}年12月31日前",
    unit: "",
    basis: "补助政策",
    classes: ["subsidy"],
  },
  {
    id: "subsidy.standard",
    slot: "成本",
    name: "户均补助标准",
    description: "每户享受的补助金额",
    value: "≤2000元/户",
    unit: "元/户",
    basis: "补助政策",
    classes: ["subsidy"],
  },
  {
    id: "subsidy.income",
    slot: "经济效益",
    name: "补助对象收入",
    description: "补助对象收入的变化",
    value: "有所增加",
    unit: "",
    basis: "补助政策",
    classes: ["subsidy"],
  },
  {
    id: "subsidy.awareness",
    slot: "社会效益",
    name: "补助政策知晓率",
    description: "补助对象对补助政策的知晓程度",
    value: "≥90%",
    unit: "%",
    basis: "历史标准",
    classes: ["subsidy"],
  },
  {
    id: "subsidy.satisfaction",
    slot: "服务对象满意度",
    name: "补助对象满意度",
    description: "补助对象对补助政策执行的满意程度",
    value: "≥90%",
    unit: "%",
    basis: "历史标准",
    classes: ["subsidy"],
  },

  // ---- 宣传推介 -------------------------------------------------------------------------------
  {
    id: "publicity.events",
    slot: "数量",
    name: "举办推介活动场次",
    description: "全年举办或参加推介活动的场次",
    value: "≥5场",
    unit: "场",
    basis: "工作计划",
    classes: ["publicity"],
  },
  {
    id: "publicity.posts",
    slot: "数量",
    name: "发布宣传信息条数",
    description: "通过各类媒体发布宣传信息的条数",
    value: "≥50条",
    unit: "条",
    basis: "工作计划",
    classes: ["publicity"],
  },
  {
    id: "publicity.review",
    slot: "质量",
    name: "宣传内容审核通过率",
    description: "审核通过的宣传内容占发布内容的比例",
    value: "=100%",
    unit: "%",
    basis: "工作计划",
    classes: ["publicity"],
  },
  {
    id: "publicity.deadline",
    slot: "时效",
    name: "宣传活动完成时间",
    description: "年度宣传推介活动完成的时限",
    value: "{year}年12月31日前",
    unit: "",
    basis: "工作计划",
    classes: ["publicity"],
  },
  {
    id: "publicity.costPerEvent",
    slot: "成本",
    name: "单场活动费用",
    description: "每场推介活动的费用",
    value: "≤10万元",
    unit: "万元",
    basis: "历史标准",
    classes: ["publicity"],
  },
  {
    id: "publicity.reach",
    slot: "社会效益",
    name: "宣传覆盖人次",
    description: "宣传推介覆盖的受众人次",
    value: "≥10000人次",
    unit: "人次",
    basis: "历史标准",
    classes: ["publicity"],
  },
  {
    id: "publicity.deals",
    slot: "经济效益",
    name: "意向签约项目数",
    description: "推介活动促成的意向签约项目数",
    value: "≥3个",
    unit: "个",
    basis: "工作计划",
    classes: ["publicity"],
  },
  {
    id: "publicity.satisfaction",
    slot: "服务对象满意度",
    name: "参与企业满意度",
    description: "参与推介活动的企业的满意程度",
    value: "≥90%",
    unit: "%",
    basis: "历史标准",
    classes: ["publicity"],
  },
];

/** The 一级 and 二级 an entry takes in a framework (written names), or undefined when it has no place there. */
export function placeOf(slot: LibrarySlot, framework: FrameworkId): { level1: string; level2: string } | undefined {
  const tree = FRAMEWORKS[framework].tree;
  if (slot === "成本") {
    if (framework === "2021") return { level1: level1Label("成本"), level2: level2Label("经济成本") };
    return { level1: level1Label("产出"), level2: level2Label("成本") };
  }
  for (const l1 of Object.keys(tree) as Level1[]) if (tree[l1]!.includes(slot)) return { level1: level1Label(l1), level2: level2Label(slot) };
  return undefined;
}

export interface PlacedEntry extends LibraryEntry {
  level1: string;
  level2: string;
}

/**
 * The entries for a framework (those that have a place in it), optionally narrowed to one 二级
 * (its written or short name) and ordered for a project class: its own entries first, then the
 * common ones. Entries typical of other classes are left out when a class is given.
 */
export function libraryFor(framework: FrameworkId, options: { level2?: string; projectClass?: ProjectClass | "" } = {}): PlacedEntry[] {
  const out: PlacedEntry[] = [];
  for (const e of INDICATOR_LIBRARY) {
    if (e.framework && e.framework !== framework) continue;
    const place = placeOf(e.slot, framework);
    if (!place) continue;
    if (options.level2 && place.level2 !== options.level2 && `${e.slot}指标` !== options.level2 && e.slot !== options.level2) continue;
    if (options.projectClass && e.classes.length > 0 && !e.classes.includes(options.projectClass)) continue;
    out.push({ ...e, ...place });
  }
  if (options.projectClass) {
    const own = (e: PlacedEntry) => (e.classes.length > 0 ? 0 : 1);
    out.sort((a, b) => own(a) - own(b));
  }
  return out;
}

/** An entry as the spec's indicator, in a framework, for a budget year. */
export function indicatorFromEntry(entry: LibraryEntry, framework: FrameworkId, year: number): Required<SpecIndicator> {
  const place = placeOf(entry.slot, framework);
  if (!place) throw new Error(`indicator library: ${entry.id} has no place in the ${framework} framework`);
  return {
    level1: place.level1,
    level2: place.level2,
    name: entry.name,
    description: entry.description,
    value: entry.value.replace(/\{year\}/g, String(year)),
    basis: entry.basis,
  };
}
