#!/usr/bin/python3
"""Held-out evaluation corpus for the 绩效目标表 checker, built from the spec only.

    /usr/bin/python3 test/corpus/make_corpus.py [--out DIR] [--seed N] [--n N]
    /usr/bin/python3 test/corpus/make_corpus.py --verify DIR [--against DIR]

Writes N workbooks (default 60) into DIR (default /work/main/.corpus/), each with one or more
项目绩效目标表 laid out in the variants of shared/spec/table-format.md, and next to each
`<name>.expected.json` in the format of shared/fixtures (tables: sheet, title, name, range;
findings: rule, severity, sheet, cell: the complete list a correct checker reports).
Also writes corpus-summary.json (counts per variant and per rule).

How expectations are made (two derivations that must agree, or the generator stops):
  1. every table starts clean (values drawn from banks that satisfy every rule); each planted
     defect states the findings it causes, at logical positions (e.g. ("plan", 2));
  2. an independent model-level checker (`check_workbook`), written from rules.md, runs on the
     final logical tables and must produce exactly the union of the planted findings.
The layout then maps logical positions to cells. Only openpyxl is used (Debian's python3-openpyxl).

Cases the spec leaves open are NOT planted (nor produced by accident in clean tables):
  - a title separated from its block by a blank row; text within one row above a table, or (for a
    table without a title) within two rows; notes/signature lines directly under a block (always a
    blank row between); fully blank rows inside a block other than the one after the indicator header;
    content beside a table on the same rows other than a project list or a second table (both planted,
    with a blank column between);
  - goal/empty on a single-text goal (年度绩效目标/总体目标 with a blank text: "the blank text cell (or
    table's first cell)"); only a 目标N label with a blank text is planted;
  - two missing parts in one table (two findings on one cell); a missing indicator header; a table
    without 产出 at all (would missing-level2 also fire?); more than one 二级 missing from 产出;
  - indicator/missing-level2 where the 一级 label is repeated down the column (which cell is "the
    产出指标 label cell"?);
  - budget/purpose-empty where the group label is written once with blanks below (the usage row would
    be entirely blank);
  - a blank, unreadable or out-of-range LAST milestone (does final-not-100 then look at the last valid
    value?); a blank milestone among zeros (back-loaded?); bare plan numbers without a (%) label;
  - bare numbers under 成本 ("≤50": money? unit-missing and/or cost-not-monetary?); numbers whose unit
    is only in the 三级 name ("培训人数（人）" + "≥20"); numbers in 2021 社会/生态环境成本 values;
  - 满意度 values as bare numbers ("≥90" without %); "按期完成"/"按时" under 时效 (listed as a
    qualitative value elsewhere in the spec); 成本 money values without a comparison ("50万元",
    "达到50万元"): only explicit ceilings are clean and only ≥/不低于/不少于/以上/＞ are planted;
  - "/", "—", "无", "暂无" in budget parts, basis or description cells; placeholders anywhere but 指标值/三级;
  - a year in more than one source that disagree, or no year at all (deadline-year then undefined);
  - 二级 "成本指标" under 一级 成本 (2021); 效果 in 二级 names; percentages below 0% for indicators;
  - goal duplicates that differ by more than whitespace, full/half-width comma and a final 。; three
    tables sharing one goal;
  - blank 项目编码 values; an "info" finding for the assumed 万元 ("said so" in table-format.md names no
    rule id, so none is expected).
Exports of 预算管理一体化 systems (table-format.md "Exports", shared/research/export-layouts/), about
two tables in three: split 符号 | 值 | 计量单位 columns under a two-row header (指标值 over them) or one
row, with 依据 and 备注 columns and sometimes a 分值/权重 column; a 绩效指标 label column with merged
三级/指标值 cells; 实施期 and 年度 blocks side by side (实施期资金总额 beside 年度资金总额, 实施期目标 |
年度目标 over 总体目标); money in 元 or 万元 with the unit in 项目资金（元）; no 资金支出计划 in most
(plan/missing); year lines in Chinese numerals. Also: weights in 一级 labels adding up to 100 (a
planted defect moves one), zero-width characters inside labels, Chinese numerals in values
(不少于三家, 十二月底前, 百分之九十以上), the range 90%-95%, marks-only placeholders (—, -, --, _), goals
of only marks or spaces. Not planted: structural indicator defects in 实施期/年度 tables (the two
blocks mirror each other row by row); 时效 values naming a year in the 实施期 block.
Judgment calls that ARE in the corpus: a project-list sheet (项目汇总: 序号/项目名称/预算数 columns) is
not a 绩效目标表; a 2021 table with 二级 成本指标 under 产出 gets unknown-level2; "≥80%" satisfaction
is not low; 满意度 0.9 with a % number format is a percentage; parts 0.003 万元 off the total are
within the 0.005 tolerance; a 绩效标准 column with every cell blank describes (so no basis-empty).

--verify DIR loads every workbook back with openpyxl and checks titles, ranges and the cells the
expected findings point at; with --against ORIG_DIR it also checks that each workbook in DIR
(e.g. LibreOffice re-saves) holds the same cell values and merges as its original.
"""
import argparse
import datetime as dt
import glob
import json
import os
import random
import re
import sys
import unicodedata

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

SEVERITY = {
    "table/missing-field": "error",
    "project/name-empty": "error",
    "budget/total-invalid": "error",
    "budget/sum-mismatch": "error",
    "budget/part-invalid": "error",
    "budget/purpose-empty": "warning",
    "plan/not-percent": "error",
    "plan/out-of-range": "error",
    "plan/decreasing": "error",
    "plan/final-not-100": "error",
    "plan/back-loaded": "warning",
    "plan/missing": "warning",
    "goal/empty": "error",
    "goal/duplicate-across-tables": "warning",
    "indicator/missing-level1": "error",
    "indicator/missing-level2": "warning",
    "indicator/unknown-level2": "error",
    "indicator/name-empty": "error",
    "indicator/value-empty": "error",
    "indicator/basis-empty": "warning",
    "indicator/value-format": "error",
    "indicator/percent-out-of-range": "error",
    "indicator/satisfaction-low": "warning",
    "indicator/deadline-year": "error",
    "indicator/cost-not-monetary": "warning",
    "indicator/duplicate": "warning",
    "indicator/value-placeholder": "error",
    "indicator/unit-missing": "warning",
    "indicator/cost-lower-bound": "warning",
    "indicator/weights-sum": "error",
}
ALL_RULES = list(SEVERITY)


class Cycle:
    """Deterministic round-robin over choices (reshuffled each lap) so every variant shows up."""

    def __init__(self, rng, items):
        self.rng, self.items, self.queue = rng, list(items), []

    def next(self):
        if not self.queue:
            self.queue = list(self.items)
            self.rng.shuffle(self.queue)
        return self.queue.pop()


# =============================================================================================
# Banks of clean content. Every entry satisfies every rule for its kind (checked at run time).
# (三级, 描述, 指标值) ; "{Y}" is the budget year, "{T}" the table's total budget in 万元.
# =============================================================================================
DATE = "DATE"   # marker: a real Excel date (value is (DATE, month, day))
DATE_FORMATS = ['yyyy"年"m"月"d"日"', "yyyy-mm-dd", "yyyy/m/d"]

BANK = {
    "数量": [
        ("培训人次", "反映全年组织业务培训的人次", "≥500人次"),
        ("扶持企业数量", "反映实际获得扶持的企业数量", "不少于3家"),
        ("开展宣传活动次数", "反映开展集中宣传活动的次数", "≥10次"),
        ("发放宣传资料", "反映发放宣传资料的份数", "≥2000份"),
        ("新增就业岗位", "反映项目带动新增的就业岗位数", "＞50个"),
        ("完成检测样本数", "反映全年完成抽检的样本批次", "≥1,200批次"),
        ("购置设备数量", "反映购置到位的设备台数", "＝12台"),
        ("接待客商人数", "反映专项推介、现场考察的客商人数", "≥20人"),
        ("维修道路长度", "反映完成维修的道路长度", "≥3.5公里"),
        ("改造老旧小区数量", "反映完成改造的小区个数", "≧4个"),
        ("举办招聘会场次", "反映举办线上线下招聘会的场次", "20场以上"),
        ("补贴发放户数", "反映享受补贴的农户数量", "不低于800户"),
        ("巡查河道里程", "反映日常巡查的河道里程", "达到120公里"),
        ("服务老年人数", "反映接受居家养老服务的老年人数", ">=300人"),
        ("签约落地企业", "反映签约并落地的企业数量", "不少于三家"),
        ("开展督查次数", "反映全年开展专项督查的次数", "十二次以上"),
    ],
    "质量": [
        ("验收合格率", "反映项目验收合格的比例", "≥95%"),
        ("资金发放规范性", "反映资金是否按制度及协议发放", "是"),
        ("培训合格率", "反映参训人员考核合格的比例", "≥90%"),
        ("工程质量达标率", "反映工程质量达到设计标准的比例", "=100%"),
        ("服务规范性", "反映服务流程是否符合规范", "达标"),
        ("设备运行完好率", "反映设备正常运行的比例", "≥98%"),
        ("资料归档完整性", "反映项目资料是否完整归档", "合格"),
        ("抽检覆盖率", "反映抽检覆盖的经营主体比例", "100%"),
        ("监测数据合格率", "反映监测数据审核合格的比例", "=100%"),
        ("服务质量", "反映服务对象对服务质量的评价", "良好"),
    ],
    "时效": [
        ("项目完成时效", "反映项目任务完成的时间", "12月31日前"),
        ("资金拨付时限", "反映资金从申请到拨付的时限", "≤30个工作日"),
        ("任务完成时间", "反映年度任务完成的时间", "{Y}年12月31日前"),
        ("采购完成时间", "反映政府采购完成的时间", "{Y}年6月30日前"),
        ("培训完成时间", "反映年度培训完成的时间", "{Y}年底前"),
        ("项目实施周期", "反映项目从启动到完成的周期", "≤12个月"),
        ("验收完成时间", "反映项目验收完成的日期", (DATE, 11, 30)),
        ("故障响应时间", "反映设备故障的响应时限", "≤2小时"),
        ("工作完成时限", "反映工作任务完成的时限", "年底前"),
        ("资金下达时间", "反映资金下达到实施单位的时间", "{Y}年9月30日前"),
        ("整改完成时间", "反映问题整改完成的时间", "十二月底前"),
        ("建设周期", "反映项目建设的周期", "≤十二个月"),
    ],
    "成本": [
        ("项目总成本", "反映项目全年支出总额", "≤{T}万元"),
        ("人均培训成本", "反映每名参训人员的培训费用", "≤300元/人"),
        ("支出实现率", "实际支出资金/已到位资金", "≥95%"),
        ("设备购置单价", "反映单台设备的购置价格", "不超过2万元"),
        ("单位运维成本", "反映每个点位的年度运维费用", "≤1.5万元"),
        ("会议费支出", "反映全年会议费支出", "10万元以内"),
        ("预算执行率", "反映预算资金的执行比例", "≥90%"),
        ("单次活动成本", "反映每次活动的平均费用", "≦5万元"),
        ("每公里维护成本", "反映每公里道路的维护费用", "＜3000元"),
    ],
    "社会成本": [
        ("社会成本", "反映项目实施对社会造成的负面影响", "无明显负面影响"),
        ("对周边群众影响", "反映施工对周边群众生活的影响", "影响较小"),
    ],
    "生态环境成本": [
        ("生态环境成本", "反映项目实施对生态环境的影响", "不造成环境污染"),
        ("环境影响程度", "反映项目对周边环境的影响程度", "无明显影响"),
    ],
    "经济效益": [
        ("带动企业增收", "反映项目对企业增收的带动作用", "有所提高"),
        ("促进消费增长", "反映项目对区域消费的促进作用", "明显提升"),
        ("企业经营效益", "反映企业经营效益变化情况", "提升"),
    ],
    "社会效益": [
        ("群众获得感", "反映群众获得感变化情况", "明显提升"),
        ("政策知晓率", "反映目标群体对政策的知晓程度", "≥90%"),
        ("就业带动作用", "反映项目对就业的带动作用", "有所提升"),
        ("公共服务水平", "反映公共服务水平变化情况", "提高"),
    ],
    "生态效益": [
        ("人居环境改善", "反映人居环境改善情况", "有所改善"),
        ("绿化覆盖面积", "反映新增绿化覆盖面积", "≥2万平方米"),
        ("污染物减排", "反映主要污染物减排情况", "较好"),
    ],
    "可持续影响": [
        ("长效管理机制", "反映是否建立长效管理机制", "建立"),
        ("持续发挥效益", "反映项目能否持续发挥效益", "是"),
        ("项目可持续运行", "反映项目后续运行保障情况", "良好"),
    ],
    "服务对象满意度": [
        ("服务对象满意度", "反映服务对象对项目实施的满意程度", "≥90%"),
        ("受益群众满意度", "反映受益群众对项目的满意程度", "≥85%"),
        ("企业满意度", "反映企业对政策的满意程度", "≥95%"),
        ("参训人员满意度", "反映参训人员对培训的满意程度", "≥80%"),
        ("群众满意率", "反映群众对服务的满意比例", "≥90%"),
        ("社会公众满意度", "反映社会公众对项目的满意程度", "≥88%"),
        ("游客满意度", "反映游客对服务的满意程度", "百分之九十以上"),
        ("服务满意度", "反映服务对象对服务的满意程度", "90%-95%"),
    ],
}
BASES = ["工作计划", "工作经验", "工作要求", "计划标准", "历史标准", "行业标准", "制度及协议", "上年完成情况"]
BASES_STD = ["计划标准", "历史标准", "行业标准", "工作计划", "工作经验"]   # table-format.md's list

PROJECTS = [
    "招商引资", "项目扶持资金", "农村饮水安全工程维护", "中小学校舍维修", "社区居家养老服务补贴",
    "就业创业培训", "城市道路照明维护", "食品安全监督抽检", "河道保洁", "公共文化服务",
    "困难群众临时救助", "森林防火", "农业技术推广", "老旧小区改造", "智慧城市平台运维",
    "基层医疗设备购置", "大气环境监测", "消防设施维护", "档案数字化", "青少年科技活动",
    "法律援助", "政务信息化运维", "农村人居环境整治", "退役军人服务保障", "全民健身设施更新",
    "中小企业融资担保补助", "外贸发展专项", "电子商务进农村", "市场监管执法装备", "安全生产宣传教育",
    "妇女儿童关爱服务", "非物质文化遗产保护", "耕地地力保护补贴", "城乡公交运营补贴", "污水管网维护",
    "校园安保服务", "图书馆数字资源采购", "残疾人康复服务", "社区矫正工作经费", "防汛应急物资储备",
]
DEPTS = ["高新区商务局", "区教育局", "区民政局", "区人力资源和社会保障局", "区城市管理局", "区市场监督管理局",
         "区农业农村局", "区卫生健康委员会", "区文化和旅游局", "区生态环境局", "区应急管理局", "区司法局"]
GOAL_PHRASES = [
    "确保各项任务按计划完成，资金使用规范高效",
    "提升服务质量和群众满意度，形成可复制的工作经验",
    "完善管理制度，建立长效运行机制",
    "加强过程监管，确保项目质量达到相关标准",
    "扩大政策覆盖面，使更多服务对象受益",
    "推动相关产业发展，带动就业和群众增收",
    "改善基础设施条件，提高公共服务均等化水平",
    "强化绩效运行监控，及时发现并纠正偏差",
]
GOAL_TEMPLATES = ["完成{name}年度工作任务，{p}。", "通过实施{name}项目，{p}。", "围绕{name}重点工作，{p}。"]

# =============================================================================================
# Model-level checker: an independent reading of rules.md on logical tables (no detection).
# =============================================================================================
FW_TRANS = str.maketrans("０１２３４５６７８９％．，＞＜＝－＋", "0123456789%.,><=-+")
NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
BOUNDED_RATES = ["完成率", "合格率", "覆盖率", "实现率", "达标率", "执行率", "到位率", "满意率", "知晓率", "及格率", "使用率"]


INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")   # rules.md: count as nothing


def norm_label(s):
    s = re.sub(r"\s+", "", INVISIBLE.sub("", str(s)))
    return s.rstrip(":：")


# Chinese numerals (rules.md: "三家", "十二个月", "百分之九十五", "二〇二四年" read as 3家, 12个月, 95%, 2024年)
CN_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}


def cn_number(run):
    if all(ch in CN_DIGIT for ch in run):
        return int("".join(str(CN_DIGIT[ch]) for ch in run))
    total, digit = 0, None
    for ch in run:
        if ch in CN_DIGIT:
            digit = CN_DIGIT[ch]
        else:
            total += (1 if digit is None else digit) * CN_UNIT[ch]
            digit = None
    return total + (digit or 0)


def cn_year(y):
    return "".join("〇一二三四五六七八九"[int(ch)] for ch in str(y))


def fold_cn(s):
    s = re.sub("百分之([〇零一二两三四五六七八九十百]+)", lambda m: "%d%%" % (100 if m.group(1) == "百" else cn_number(m.group(1))), s)
    return re.sub("([〇零一二两三四五六七八九十][〇零一二两三四五六七八九十百千]*)(?=[个家人次场项台份户年月日天]|以上|以内)",
                  lambda m: str(cn_number(m.group(1))), s)


def canon1(s):
    s = norm_label(s).translate(FW_TRANS)
    s = re.sub(r"\(\d+分\)|（\d+分）", "", s)
    s = s[:-2] if s.endswith("指标") else s
    return "效益" if s == "效果" else s


def canon2(s):
    s = norm_label(s)
    s = s[:-2] if s.endswith("指标") else s
    if s == "环境效益":
        return "生态效益"
    if s in ("社会公众或服务对象满意度", "满意度"):
        return "服务对象满意度"
    return s


FRAMEWORK = {
    "legacy": {"产出": ["数量", "质量", "时效", "成本"], "效益": ["经济效益", "社会效益", "生态效益", "可持续影响"],
               "满意度": ["服务对象满意度"]},
    "2021": {"成本": ["经济成本", "社会成本", "生态环境成本"], "产出": ["数量", "质量", "时效"],
             "效益": ["经济效益", "社会效益", "生态效益", "可持续影响"], "满意度": ["服务对象满意度"]},
}


def is_placeholder(v):
    if v is None or isinstance(v, (int, float, dt.date)):
        return False
    s = str(v)
    marks = re.sub(r"\s+", "", s)
    return "*" in s or "XX" in s or "××" in s or "待定" in s or (marks != "" and re.fullmatch(r"[-_/—–]+", marks) is not None)


def blank_text(v):
    """A goal that is only spaces, line breaks or marks (rules.md) is no goal."""
    return v is None or re.fullmatch(r"[\s\u3000\-_/—–]*", INVISIBLE.sub("", str(v))) is not None


def analyze_value(v, fmt):
    """What a 指标值 holds: numbers, unit, percent, money, bounds, years, deadline."""
    a = {"number": False, "unit": False, "percent": None, "money": False, "lower_only": False,
         "years": [], "deadline": False}
    if isinstance(v, dt.date):
        a.update(deadline=True, years=[v.year])
        return a
    if isinstance(v, (int, float)):
        a["number"] = True
        if fmt and "%" in fmt:
            a.update(unit=True, percent=v * 100)
        return a
    s = str(v).translate(FW_TRANS).replace("≧", "≥").replace("≦", "≤").replace(">=", "≥").replace("<=", "≤")
    s = fold_cn(re.sub(r"\s+", "", INVISIBLE.sub("", s)))
    rng_ = re.fullmatch("(" + NUM + ")%?-(" + NUM + ")%", s)
    if rng_:   # a range "90-95%" is a value (rules.md): at least its lower bound
        a.update(number=True, unit=True, percent=float(rng_.group(1)))
        return a
    m = re.search(NUM, s)
    if m:
        a["number"] = True
        a["unit"] = m.end() < len(s)
    p = re.search(r"(-?" + NUM + r")%", s)
    if p:
        a["percent"] = float(p.group(1).replace(",", ""))
    a["money"] = bool(re.search(NUM + r"(万元|元|亿元)", s))
    lower = s.startswith(("≥", ">", "不低于", "不少于", "大于")) or s.endswith("以上")
    upper = s.startswith(("≤", "<", "不高于", "不超过", "小于")) or s.endswith("以内")
    a["lower_only"] = lower and not upper
    a["years"] = [int(y) for y in re.findall(r"(\d{4})年", s)]
    a["deadline"] = bool(re.search(r"\d+月\d+日|年底|月底|年末|\d{4}年\d+月|\d+(个月|个工作日|工作日|天|小时|周)", s))
    return a


def parse_amount(v, unit):
    """Amount in 万元, or None when not a number. unit: the unit bare numbers are in."""
    if isinstance(v, (int, float)):
        x = float(v)
        return x / 10000 if unit == "元" else x
    s = re.sub(r"\s+", "", str(v)).replace(",", "")
    m = re.fullmatch(r"(-?\d+(?:\.\d+)?)(万元|元)?", s)
    if not m:
        return None
    x = float(m.group(1))
    u = m.group(2) or unit
    return x / 10000 if u == "元" else x


def parse_percent(v, fmt, label_has_pct):
    if v is None:
        return None
    if isinstance(v, (int, float)):
        if fmt and "%" in fmt:
            return round(v * 100, 9)
        return float(v) if label_has_pct else None
    s = re.sub(r"\s+", "", str(v).translate(FW_TRANS))
    m = re.fullmatch(r"(-?\d+(?:\.\d+)?)%", s)
    return float(m.group(1)) if m else None


def norm_goal(s):
    return "".join(ch for ch in str(s) if not ch.isspace() and not unicodedata.category(ch).startswith(("P", "S")))


def check_table(t, seen_goals):
    """Findings (rule, logical position) for one logical table, per rules.md."""
    out = []
    Y = t["year"]
    for part in ("code_row", "budget", "goals"):
        if t[part] is None:
            out.append(("table/missing-field", ("first",)))
    if t["plan"] is None:
        out.append(("plan/missing", ("first",)))
    cr = t["code_row"]
    if cr is not None and (cr["name"] is None or str(cr["name"]).strip() == ""):
        out.append(("project/name-empty", ("name",)))
    b = t["budget"]
    if b is not None:
        total = None if b["total"] is None else parse_amount(b["total"], b["unit"])
        bad = False
        if total is None or total < 0:
            out.append(("budget/total-invalid", ("total",)))
            bad = True
        s = 0.0
        for i, (_, v) in enumerate(b["parts"]):
            if v is None:
                continue
            x = parse_amount(v, b["unit"])
            if x is None or x < 0:
                out.append(("budget/part-invalid", ("part", i)))
                bad = True
            else:
                s += x
        if not bad and abs(total - s) > 0.005 + 1e-9:
            out.append(("budget/sum-mismatch", ("total",)))
        if not b.get("no_purpose") and (b["purpose"] is None or str(b["purpose"]).strip() == ""):
            out.append(("budget/purpose-empty", ("purpose",)))
    p = t["plan"]
    if p is not None:
        has_pct = "%" in p["label"].translate(FW_TRANS)
        vals = [parse_percent(v, p["numfmt"], has_pct) for v in p["values"]]
        valid = []
        for i, x in enumerate(vals):
            if x is None:
                out.append(("plan/not-percent", ("plan", i)))
            elif x < 0 or x > 100:
                out.append(("plan/out-of-range", ("plan", i)))
            else:
                valid.append((i, x))
        for (_, a), (j, c) in zip(valid, valid[1:]):
            if c < a:
                out.append(("plan/decreasing", ("plan", j)))
        n = len(vals)
        assert vals[-1] is not None and 0 <= vals[-1] <= 100, "generator never makes the last milestone invalid"
        if abs(vals[-1] - 100) > 1e-9:
            out.append(("plan/final-not-100", ("plan", n - 1)))
        if all(x is not None and x == 0 for x in vals[:-1]):
            out.append(("plan/back-loaded", ("plan", 0)))
    g = t["goals"]
    mine = []
    if g is not None:
        for i, (_, text) in enumerate(g["items"]):
            if blank_text(text):
                out.append(("goal/empty", ("goal", i)))
                continue
            k = norm_goal(text)
            if k in seen_goals:
                out.append(("goal/duplicate-across-tables", ("goal", i)))
            mine.append(k)
    seen_goals.update(mine)
    # indicators: the year's block, and the 实施期 block beside it when printed (rules apply to both)
    keys = [c[0] for c in t["ind"]["cols"]]
    out.extend(check_indicators(t, t["ind"]["rows"], keys, "ind"))
    if t.get("period"):
        out.extend(x for x in check_indicators(t, t["period"], ["l1", "l2", "l3", "value"], "pind") if x not in out)
    out.extend(check_weights(t))
    return out


def check_weights(t):
    """indicator/weights-sum (rules.md): label weights in 一级 labels, or a weight column, must add to 100."""
    w = t.get("weights")
    rows = t["ind"]["rows"]
    if not w or not rows:
        return []
    if w == "labels":
        seen, total = [], 0.0
        for r in rows:
            if r["l1"] not in seen:
                seen.append(r["l1"])
                m = re.search(r"[(（](\d+)分[)）]", r["l1"])
                total += float(m.group(1)) if m else 0
        return [] if abs(total - 100) < 1e-9 else [("indicator/weights-sum", ("l1label", canon1(rows[0]["l1"])))]
    total = sum(float(r.get("weight") or 0) for r in rows)
    return [] if abs(total - 100) < 1e-9 else [("indicator/weights-sum", ("ind", rows[0]["id"], "weight"))]


def check_indicators(t, rows, keys, prefix):
    out = []
    Y = t["year"]
    fw = "2021" if any(canon1(r["l1"]) == "成本" for r in rows) else "legacy"
    present1 = [canon1(r["l1"]) for r in rows]
    for need in FRAMEWORK[fw]:
        if need not in present1:
            out.append(("indicator/missing-level1", ("hdr",)))
    chan = [canon2(r["l2"]) for r in rows if canon1(r["l1"]) == "产出" and r["l2"]]
    if "产出" in present1:
        missing = [x for x in ("数量", "质量", "时效") if x not in chan]
        assert len(missing) <= 1, "generator removes at most one required 二级"
        if missing:
            out.append(("indicator/missing-level2", ("l1label", "产出")))
    names = []
    for r in rows:
        rid = r["id"]
        cell = {}   # key -> list of rules (to apply the placeholder override per cell)
        k1, k2 = canon1(r["l1"]), canon2(r["l2"]) if r["l2"] else None
        if k2 is not None and k2 not in FRAMEWORK[fw].get(k1, []):
            cell.setdefault("l2", []).append("indicator/unknown-level2")
        if r["l3"] is None:
            cell.setdefault("l3", []).append("indicator/name-empty")
        else:
            n3 = norm_label(r["l3"])
            if n3 in names:
                cell.setdefault("l3", []).append("indicator/duplicate")
            names.append(n3)
        if "basis" in keys and r["basis"] is None:
            cell.setdefault("basis", []).append("indicator/basis-empty")
        v = r["value"]
        if t.get("split") and prefix == "ind":
            v = compose(split_value(v))   # what the 符号 | 值 | 计量单位 cells say together
        if v is None:
            cell.setdefault("value", []).append("indicator/value-empty")
        else:
            a = analyze_value(v, r.get("vfmt"))
            kind = k2
            if fw == "legacy" and k2 == "成本":
                kind = "cost"
            if fw == "2021" and k2 == "经济成本":
                kind = "cost"
            vr = []
            if kind == "数量":
                if not a["number"]:
                    vr.append("indicator/value-format")
                elif not a["unit"]:
                    vr.append("indicator/unit-missing")
            if kind == "cost":
                assert not (a["number"] and not a["unit"]), "no bare numbers under 成本 (ambiguous)"
                if not a["money"] and a["percent"] is None:
                    vr.append("indicator/cost-not-monetary")
                if a["money"] and a["lower_only"]:
                    vr.append("indicator/cost-lower-bound")
            if kind in ("社会成本", "生态环境成本"):
                assert not a["number"], "2021 social/eco cost values stay qualitative"
            if kind == "服务对象满意度":
                if a["percent"] is None:
                    vr.append("indicator/value-format")
                elif a["percent"] > 100 or a["percent"] < 0:
                    vr.append("indicator/percent-out-of-range")
                elif a["percent"] < 80:
                    vr.append("indicator/satisfaction-low")
            elif r["l3"] and any(w in r["l3"] for w in BOUNDED_RATES) and a["percent"] is not None:
                if a["percent"] > 100 or a["percent"] < 0:
                    vr.append("indicator/percent-out-of-range")
            if kind == "时效":
                if not a["deadline"]:
                    vr.append("indicator/value-format")
                elif any(y != Y for y in a["years"]):
                    vr.append("indicator/deadline-year")
            cell.setdefault("value", []).extend(vr)
        for key in ("l3", "value"):
            if is_placeholder(r[key]):
                cell[key] = ["indicator/value-placeholder"]
        for key in ("l2", "l3", "value", "basis"):
            for rule in cell.get(key, []):
                out.append((rule, (prefix, rid, key)))
    return out




def check_workbook(tables):
    seen = set()
    return [check_table(t, seen) for t in tables]


# =============================================================================================
# Table generation (clean) and planted defects
# =============================================================================================
IND_COLSETS = {
    # name: [(key, header)]   key in l1 l2 l3 desc value basis; None key = 绩效标准 decided later
    "source": [("l1", "一级\n\n指标"), ("l2", "二级指标"), ("l3", "三级指标"), ("desc", "绩效指标描述"),
               ("value", "指标值"), ("basis", "指标值确定依据")],
    "jieshi-yiju": [("l1", "一级指标"), ("l2", "二级指标"), ("l3", "三级指标"), ("desc", "指标解释"),
                    ("value", "年度指标值"), ("basis", "依据")],
    "neirong-laiyuan": [("l1", "一级\n指标"), ("l2", "二级\n指标"), ("l3", "三级\n指标"), ("desc", "指标内容"),
                        ("value", "目标值"), ("basis", "指标值来源")],
    "no-basis": [("l1", "一级指标"), ("l2", "二级指标"), ("l3", "三级指标"), ("desc", "绩效指标描述"),
                 ("value", "当年预期实现值")],
    "biaozhun-desc": [("l1", "一级指标"), ("l2", "二级指标"), ("l3", "三级指标"), ("desc", "绩效标准"),
                      ("value", "指标值"), ("basis", "指标值确定依据")],
    "biaozhun-basis": [("l1", "一级指标"), ("l2", "二级指标"), ("l3", "三级指标"), ("desc", "指标内容"),
                       ("value", "年度指标值"), ("basis", "绩效标准")],
    "biaozhun-empty": [("l1", "一级指标"), ("l2", "二级指标"), ("l3", "三级指标"), ("desc", "绩效标准"),
                       ("value", "指标值")],
    "no-desc": [("l1", "一级\n指标"), ("l2", "二级指标"), ("l3", "三级指标"), ("value", "指标值"),
                ("basis", "指标值确定依据")],
}
L1_STYLES = {
    "plain": {"产出": "产出指标", "效益": "效益指标", "满意度": "满意度指标", "成本": "成本指标"},
    "xiaoguo": {"产出": "产出指标", "效益": "效果指标", "满意度": "满意度指标", "成本": "成本指标"},
    "linebreak": {"产出": "产出\n\n指标 ", "效益": "效果\n\n指标", "满意度": "满意度\n指标", "成本": "成本\n指标"},
    "weights": {"产出": "产出指标(50分)", "效益": "效益指标（30分）", "满意度": "满意度指标(10分)", "成本": "成本指标（10分）"},
    "nosuffix": {"产出": "产出", "效益": "效益", "满意度": "满意度", "成本": "成本"},
}
L2_STYLES = {
    "plain": {},
    "nosuffix": {"*": "nosuffix"},
    "huanjing": {"生态效益": "环境效益指标", "服务对象满意度": "社会公众或服务对象满意度指标"},
    "manyidu": {"服务对象满意度": "满意度指标"},
}


WEIGHTED_L1 = {
    "legacy": {"产出": "产出指标(50分)", "效益": "效益指标（30分）", "满意度": "满意度指标(20分)"},
    "2021": {"产出": "产出指标(40分)", "效益": "效益指标（30分）", "满意度": "满意度指标(10分)", "成本": "成本指标（20分）"},
}


def l2_text(kind, style):
    m = L2_STYLES[style]
    if m.get("*") == "nosuffix":
        return kind
    return m.get(kind, kind + "指标")


class TableGen:
    def __init__(self, rng, cycles):
        self.rng, self.c = rng, cycles
        self.rid = 0

    def new_row(self, l1, l2, bank_entry, basis, Y, T, kind):
        self.rid += 1
        l3, desc, val = bank_entry
        if isinstance(val, tuple) and val[0] == DATE:
            val = dt.datetime(Y, val[1], val[2])
        elif isinstance(val, str):
            val = val.replace("{Y}", str(Y)).replace("{T}", fmt_num(T))
        return {"id": self.rid, "l1": l1, "l2": l2, "l3": l3, "desc": desc, "value": val, "basis": basis,
                "kind": kind, "vfmt": self.rng.choice(DATE_FORMATS) if isinstance(val, dt.datetime) else None}

    def make(self, Y, name, year_in_title, need_title):
        rng, c = self.rng, self.c
        v = {}   # variant tags of this table
        t = {"year": Y}
        fw = c["framework"].next()
        v["framework"] = fw
        # ---- title
        tmode = c["title"].next()
        if tmode == "none" and need_title:
            tmode = "merged"     # the title is this file's only source of the budget year
        v["title"] = tmode
        if tmode == "none":
            t["title"] = None
        else:
            base = rng.choice(["{n}项目绩效目标表", "{n}绩效目标表", "{n}项目支出绩效目标表"]).format(n=name)
            if year_in_title:
                base = rng.choice(["{Y}年{b}", "{Y}年度{b}", "{b}（{Y}年度）", "{CY}年{b}"]).format(Y=Y, b=base, CY=cn_year(Y))
            t["title"] = base
        t["title_merged"] = tmode != "single-cell"
        # ---- indicator columns
        cs = c["colset"].next()
        v["ind_columns"] = cs
        cols = list(IND_COLSETS[cs])
        # ---- width and spans
        monthly = c["plan_set"].next()
        v["plan_milestones"] = monthly
        budget_combo = c["budget_combo"].next()
        v["budget_labels"] = budget_combo
        nparts = 3 if budget_combo in ("nianduzonge-3parts",) else 2
        if monthly == "monthly":
            W = 13
        elif nparts == 3:
            W = rng.choice([9, 7])
        else:
            W = rng.choice([7, 7, 7, 6]) if len(cols) == 6 else rng.choice([7, 5])
        spans = spread(len(cols), W, cols)
        t["W"] = W
        t["ind"] = {"cols": [(k, h, s) for (k, h), s in zip(cols, spans)]}
        # ---- label styles
        t["group_mode"] = c["group_mode"].next()
        v["group_labels"] = t["group_mode"]
        t["l1_mode"] = c["l1_mode"].next()
        v["l1_labels"] = t["l1_mode"]
        t["l2_mode"] = rng.choice(["merge", "repeat", "repeat", "once"])
        v["l2_labels"] = t["l2_mode"]
        t["blank_after_header"] = c["blank_after_header"].next()
        v["blank_after_header"] = t["blank_after_header"]
        lab = c["label_style"].next()
        v["label_style"] = lab
        t["labels"] = label_set(lab)
        # ---- extras
        ex = c["extras"].next()
        v["extras"] = ex
        dept = rng.choice(DEPTS)
        t["extras"] = []
        if ex in ("dept", "both"):
            t["extras"].append([(t["labels"]["主管部门"], "区人民政府" if rng.random() < 0.3 else dept),
                                (t["labels"]["实施单位"], dept)])
        if ex in ("attr", "both"):
            t["extras"].append([(t["labels"]["项目属性"], rng.choice(["新增项目", "延续项目", "经常性项目"])),
                                (rng.choice(["项目期", "实施期"]), rng.choice(["1年", "3年", "1年"]))])
        # ---- code / name
        cm = c["code"].next()
        v["code_row"] = cm
        t["code_row"] = {"code_label": None if cm == "no-code" else t["labels"]["项目编码"],
                         "code": "————" if cm == "dash" else ("%d%02d%010d" % (Y, rng.randint(1, 40), rng.randint(1, 10 ** 9))),
                         "name_label": t["labels"]["项目名称"], "name": name}
        # ---- budget
        T = round(rng.choice([12, 30, 50, 80, 120, 200, 350, 2200]) * rng.choice([1, 1, 1.25, 0.6]), 2)
        t["budget"] = make_budget(rng, c, budget_combo, T, W, t, v)
        # ---- plan
        t["plan"] = make_plan(rng, c, monthly, v)
        # ---- goals
        gm = c["goals"].next()
        v["goals"] = gm
        phrases = rng.sample(GOAL_PHRASES, 3)
        tmpl = rng.sample(GOAL_TEMPLATES, 3)
        if gm == "numbered":
            n = rng.choice([2, 2, 3])
            items = [("目标%d" % (i + 1), tmpl[i].format(name=name, p=phrases[i])) for i in range(n)]
            t["goals"] = {"mode": "numbered", "label": t["labels"]["绩效目标"], "items": items}
        else:
            lbl = "年度绩效目标" if gm == "single-niandu" else "总体目标"
            if rng.random() < 0.3:
                lbl = lbl[:2] + "\n" + lbl[2:]
            t["goals"] = {"mode": "single", "label": lbl,
                          "items": [(None, tmpl[0].format(name=name, p=phrases[0] + "，" + phrases[1]))]}
        # ---- indicators
        l1s = c["l1_style"].next()
        v["l1_names"] = l1s
        l2s = c["l2_style"].next()
        v["l2_names"] = l2s
        L1 = dict(L1_STYLES[l1s])
        if l1s == "weights":
            # weights in labels must add up to 100 (indicator/weights-sum) in a clean table
            L1 = dict(WEIGHTED_L1[fw])
            t["weights"] = "labels"
        keys = [k for k, _, _ in t["ind"]["cols"]]
        basis_std = cs == "biaozhun-basis"
        pick = {k: list(b) for k, b in BANK.items()}
        for k in pick:
            rng.shuffle(pick[k])

        def basis():
            if "basis" not in keys:
                return None
            return rng.choice(BASES_STD if basis_std else BASES)

        rows = []

        def add(l1key, kind, n=1):
            for _ in range(n):
                e = pick[kind].pop()
                r = self.new_row(L1[l1key], l2_text(kind, l2s), e, basis(), Y, T, kind)
                rows.append(r)

        pct_numeric = c["pct_numeric"].next()
        v["value_pct_numeric"] = pct_numeric
        cost_first = rng.random() < 0.5
        if fw == "2021":
            cost_rows = []
            e = pick["成本"].pop()
            cost_rows.append(self.new_row(L1["成本"], l2_text("经济成本", l2s), e, basis(), Y, T, "cost"))
            if rng.random() < 0.6:
                k = rng.choice(["社会成本", "生态环境成本"])
                cost_rows.append(self.new_row(L1["成本"], l2_text(k, l2s), pick[k].pop(), basis(), Y, T, k))
            if cost_first:
                rows.extend(cost_rows)
        add("产出", "数量", rng.choice([1, 2]))
        add("产出", "质量", rng.choice([1, 1, 2]))
        add("产出", "时效", 1)
        if fw == "legacy" and rng.random() < 0.75:
            e = pick["成本"].pop()
            rows.append(self.new_row(L1["产出"], l2_text("成本", l2s), e, basis(), Y, T, "cost"))
        if fw == "2021" and not cost_first:
            rows.extend(cost_rows)
        bens = rng.sample(["经济效益", "社会效益", "生态效益", "可持续影响"], rng.choice([1, 2, 2, 3]))
        for k in ["经济效益", "社会效益", "生态效益", "可持续影响"]:
            if k in bens:
                add("效益", k, 1)
        add("满意度", "服务对象满意度", rng.choice([1, 1, 2]))
        for r in rows:
            if pct_numeric and r["kind"] == "服务对象满意度" and isinstance(r["value"], str):
                m = re.fullmatch(r"≥(\d+)%", r["value"])
                if m:
                    r["value"] = int(m.group(1)) / 100
                    r["vfmt"] = "0%"
        if cs == "biaozhun-desc":
            for r in rows:
                r["desc"] = r["desc"] if r["desc"].startswith("反映") else "反映" + r["desc"]
        if cs == "biaozhun-empty":
            for r in rows:
                r["desc"] = None
        if "desc" not in keys:
            for r in rows:
                r["desc"] = None
        if cs not in ("biaozhun-desc", "biaozhun-empty") and rng.random() < 0.15 and "desc" in keys:
            rows[rng.randrange(len(rows))]["desc"] = None   # blank description: no rule
            v["blank_description"] = True
        t["ind"]["rows"] = rows
        t["L1"] = L1
        t["l2style"] = l2s
        t["T"] = T
        t["variants"] = v
        return t


def spread(n, W, cols):
    """Column spans for n indicator columns over W columns: extra width to desc, then basis, l3."""
    spans = [1] * n
    keys = [k for k, _ in cols]
    order = [k for k in ("desc", "basis", "l3", "value", "l2") if k in keys]
    i = 0
    while sum(spans) < W:
        spans[keys.index(order[i % len(order)])] += 1
        i += 1
    if sum(spans) > W:
        raise ValueError("too many columns")
    return spans


def label_set(style):
    base = {"项目编码": "项目编码", "项目名称": "项目名称", "主管部门": "主管部门", "实施单位": "实施单位",
            "项目属性": "项目属性", "绩效目标": "绩效目标", "预算": "预算规模及资金用途", "计划": "资金支出计划（%）"}
    if style == "source":
        base.update({"项目编码": "项目\n\n编码", "绩效目标": "绩效\n\n目标"})
    elif style == "colon-full":
        base.update({k: v + "：" for k, v in base.items() if k in ("项目编码", "项目名称", "主管部门", "实施单位", "项目属性")})
    elif style == "colon-half":
        base.update({k: v + ":" for k, v in base.items() if k in ("项目名称", "主管部门", "实施单位", "项目属性")})
        base["计划"] = "资金支出计划(%)"
    elif style == "spaces":
        base.update({"项目名称": "项 目 名 称", "项目编码": "项 目 编 码", "绩效目标": "绩 效 目 标",
                     "预算": "预算规模及\n资金用途", "计划": "资金支出\n计划（%）"})
    return base


BUDGET_COMBOS = {
    "yusuanshu": ("预算数", ["其中：财政资金", "其他资金"]),
    "zijinzonge": ("资金总额", ["其中：财政拨款", "其他资金"]),
    "nianduzonge-3parts": ("年度资金总额", ["其中：当年财政拨款", "上年结转", "其他资金"]),
    "qualified-part": ("预算数", ["财政资金", "其他资金（体彩公益金）"]),
    "niandu-2parts": ("年度资金总额", ["当年财政拨款", "其他资金"]),
}


def fmt_num(x):
    return ("%.2f" % x).rstrip("0").rstrip(".")


def make_budget(rng, c, combo, T, W, t, v):
    total_label, part_labels = BUDGET_COMBOS[combo]
    n = len(part_labels)
    # split T into parts (last part often blank = 0)
    if n == 2:
        if rng.random() < 0.5:
            amounts = [T, None if rng.random() < 0.75 else 0]
        else:
            a = round(T * rng.choice([0.6, 0.75, 0.8]), 2)
            amounts = [a, round(T - a, 2)]
    else:
        a = round(T * 0.7, 2)
        b_ = round(T * 0.2, 2)
        amounts = [a, b_, round(T - a - b_, 2)]
        if rng.random() < 0.3:
            amounts[2] = None
            amounts[1] = round(T - a, 2)
    um = c["unit_mode"].next()
    if um == "unitrow" and t["title"] is None:
        um = "label"
    v["budget_amounts"] = um
    b = {"group_label": t["labels"]["预算"], "total_label": total_label, "unit": "万元", "numfmt": None,
         "unit_mode": um, "purpose_label": None}
    if um == "text":
        def show(x):
            if x is None:
                return None
            r = rng.random()
            if r < 0.2 and abs(x * 10000 - round(x * 10000)) < 1e-6:
                return "%d元" % round(x * 10000)
            if r < 0.4 and x >= 1000:
                return "{:,} 万元".format(int(x)) if x == int(x) else "{:,.2f}万元".format(x)
            return fmt_num(x) + "万元"
        b["total"] = show(T)
        b["parts"] = [[l, show(x)] for l, x in zip(part_labels, amounts)]
    else:
        b["total"] = T
        b["parts"] = [[l, x] for l, x in zip(part_labels, amounts)]
        if amounts[1] is not None and rng.random() < 0.2:
            # parts to 3 decimals, off the total by 0.003 万元: inside rules.md's 0.005 tolerance
            b["parts"][0][1] = round(amounts[0] - 0.003, 3)
            v["budget_rounding"] = "within-tolerance"
        if rng.random() < 0.4:
            b["numfmt"] = "#,##0.00"
        if um == "label":
            b["total_label"] = total_label + rng.choice(["（万元）", "(万元)"])
        elif um == "unitrow":
            t["unit_row"] = True
    if rng.random() < 0.3:
        b["total_label"] += rng.choice(["：", ":"])
    fits_inline = 3 + 2 * n <= W
    b["layout"] = "inline" if fits_inline and rng.random() < 0.75 else "stacked"
    v["budget_layout"] = b["layout"]
    if b["layout"] == "stacked" or rng.random() < 0.2:
        b["purpose_label"] = "资金用途"
    b["purpose"] = rng.choice(["主要用于{n}相关工作的组织实施及日常运转。", "用于{n}项目的设备购置、维护和服务采购。",
                               "保障{n}各项任务顺利开展。"]).format(n=t["code_row"]["name"])
    return b


PLAN_SETS = {
    "3-6-9-12": ["3月底", "6月底", "9月底", "12月底"],
    "3-6-10-12": ["3月底", "6月底", "10月底", "12月底"],
    "monthly": ["%d月" % m for m in range(1, 13)],
}
CLEAN_PLANS4 = [[10, 40, 70, 100], [25, 50, 75, 100], [20, 45, 80, 100], [15, 50, 85, 100], [30, 60, 90, 100]]
DECIMAL_PLANS4 = [[12.5, 37.5, 62.5, 100], [8.5, 45.2, 78.6, 100]]
CLEAN_PLAN12 = [[5, 10, 18, 25, 33, 42, 50, 58, 67, 75, 88, 100], [8, 16, 25, 33, 41, 50, 58, 66, 75, 83, 91, 100]]


def make_plan(rng, c, ms, v):
    labels = list(PLAN_SETS[ms])
    if ms == "monthly" and rng.random() < 0.5:
        labels = [m + "底" for m in labels]
    pcts = list(rng.choice(CLEAN_PLAN12 if ms == "monthly" else CLEAN_PLANS4))
    fmt = c["plan_format"].next()
    v["plan_values"] = fmt
    if ms != "monthly" and fmt != "fw" and rng.random() < 0.25:
        pcts = list(rng.choice(DECIMAL_PLANS4))
        v["plan_decimals"] = True
    label = rng.choice(["资金支出计划（%）", "资金支出计划(%)", "资金支出\n计划（%）"]) if fmt == "bare" else \
        rng.choice(["资金支出计划（%）", "资金支出计划", "资金支出计划(%)"])
    p = {"label": label, "milestones": labels, "format": fmt,
         "numfmt": ("0.0%" if v.get("plan_decimals") else "0%") if fmt == "pctfmt" else None}
    p["values"] = [plan_cell(x, fmt) for x in pcts]
    return p


def plan_cell(x, fmt):
    """The cell value for x percent in a plan of this format."""
    if fmt == "text":
        return "%s%%" % fmt_num(x)
    if fmt == "fw":
        return "".join(chr(ord(ch) + 0xFEE0) if ch.isdigit() else ch for ch in fmt_num(x)) + "％"
    if fmt == "pctfmt":
        return round(x / 100, 6)
    return x   # bare


def plan_pct(p, i):
    return parse_percent(p["values"][i], p["numfmt"], "%" in p["label"].translate(FW_TRANS))


# ---- defects: each returns the findings it causes [(rule, pos)] or None when not applicable -----
def rows_of(t, kind=None, l1=None, free=True):
    out = []
    for r in t["ind"]["rows"]:
        if kind is not None and r["kind"] != kind:
            continue
        if l1 is not None and canon1(r["l1"]) != l1:
            continue
        if free and r.get("claimed"):
            continue
        out.append(r)
    return out


def fw_of(t):
    return "2021" if any(canon1(r["l1"]) == "成本" for r in t["ind"]["rows"]) else "legacy"


def claim(rng, rows):
    if not rows:
        return None
    r = rng.choice(rows)
    r["claimed"] = True
    return r


def d_missing(part):
    def f(t, ctx):
        if t[part] is None:
            return None
        if part == "budget" and t.get("unit_row"):
            t["unit_row"] = False
        t[part] = None
        t["variants"]["missing"] = part
        return [("plan/missing" if part == "plan" else "table/missing-field", ("first",))]
    return f


def d_name_empty(t, ctx):
    t["code_row"]["name"] = None
    return [("project/name-empty", ("name",))]


def d_total_invalid(t, ctx):
    b = t["budget"]
    b["total"] = ctx.rng.choice([None, "另行下达", -abs(t["T"]) if b["unit_mode"] != "text" else "-%s万元" % fmt_num(t["T"])])
    return [("budget/total-invalid", ("total",))]


def d_sum_mismatch(t, ctx):
    b = t["budget"]
    d = ctx.rng.choice([1, 5, 10, 0.5])
    if b["unit_mode"] == "text":
        if ctx.rng.random() < 0.4:
            # first part written in 元 at a tenth of its 万元 value ("300000元" for 30万元 expected):
            # the units must be compared properly to see the mismatch
            x = parse_amount(b["parts"][0][1], "万元")
            b["parts"][0][1] = "%d元" % round(x * 1000)
        else:
            b["total"] = fmt_num(t["T"] + d) + "万元"
    else:
        b["total"] = round(t["T"] + d, 2)
    return [("budget/sum-mismatch", ("total",))]


def d_part_invalid(t, ctx):
    b = t["budget"]
    i = ctx.rng.randrange(len(b["parts"]))
    b["parts"][i][1] = ctx.rng.choice(["见附表", -5 if b["unit_mode"] != "text" else "-5万元"])
    return [("budget/part-invalid", ("part", i))]


def d_purpose_empty(t, ctx):
    b = t["budget"]
    if b.get("no_purpose"):
        return None
    if b["purpose_label"] is None and t["group_mode"] == "once":
        return None   # the usage row would be an entirely blank row: ambiguous, avoided
    b["purpose"] = None
    return [("budget/purpose-empty", ("purpose",))]


def d_plan(kind):
    def f(t, ctx):
        p = t["plan"]
        rng = ctx.rng
        n = len(p["values"])
        fmt = p["format"]
        pcts = [plan_pct(p, i) for i in range(n)]
        if kind == "blank":
            i = rng.randrange(n - 1)
            p["values"][i] = None
            return [("plan/not-percent", ("plan", i))]
        if kind == "text":
            i = rng.randrange(n - 1)
            p["values"][i] = rng.choice(["按进度", "过半"])
            return [("plan/not-percent", ("plan", i))]
        if kind == "range":
            i = rng.randrange(n - 1)
            p["values"][i] = plan_cell(rng.choice([110, 120, 150]), fmt)
            return [("plan/out-of-range", ("plan", i))]
        if kind == "decreasing":
            i = rng.randrange(1, n - 1)
            low = pcts[i - 1] - rng.choice([5, 10]) if pcts[i - 1] >= 10 else 0
            if low >= pcts[i - 1] or low < 0:
                return None
            p["values"][i] = plan_cell(low, fmt)
            return [("plan/decreasing", ("plan", i))]
        if kind == "final":
            last = rng.choice([90, 95]) if pcts[-2] < 90 else 95
            if last <= pcts[-2]:
                return None
            p["values"][-1] = plan_cell(last, fmt)
            return [("plan/final-not-100", ("plan", n - 1))]
        if kind == "backloaded":
            for i in range(n - 1):
                p["values"][i] = plan_cell(0, fmt)
            return [("plan/back-loaded", ("plan", 0))]
    return f


def d_goal_empty(t, ctx):
    g = t["goals"]
    if g["mode"] != "numbered":
        return None
    i = ctx.rng.randrange(len(g["items"]))
    g["items"][i] = (g["items"][i][0], ctx.rng.choice([None, None, "——", " \n ", "/"]))
    return [("goal/empty", ("goal", i))]


def perturb(rng, s):
    """Same text after whitespace/punctuation normalisation."""
    choice = rng.randrange(4)
    if choice == 0:
        return s
    if choice == 1:
        return s.replace("，", ",").rstrip("。")      # half-width comma, no final full stop
    if choice == 2:
        return s.replace("，", "， ").rstrip("。")     # extra spaces
    return " " + s.replace("，", ",") + " "


def d_goal_dup(t, ctx):
    if not ctx.earlier_goals:
        return None
    src = ctx.rng.choice(ctx.earlier_goals)
    g = t["goals"]
    i = ctx.rng.randrange(len(g["items"]))
    g["items"][i] = (g["items"][i][0], perturb(ctx.rng, src))
    return [("goal/duplicate-across-tables", ("goal", i))]


def d_missing_l1(t, ctx):
    if t.get("weights") == "labels":
        return None   # the 一级 weights would no longer add up: a second finding, planted on its own
    rng = ctx.rng
    opts = [k for k in ("效益", "满意度") if not any(r.get("claimed") for r in rows_of(t, l1=k, free=False))]
    if not opts:
        return None
    k = rng.choice(opts)
    t["ind"]["rows"] = [r for r in t["ind"]["rows"] if canon1(r["l1"]) != k]
    t["variants"]["removed_level1"] = k
    return [("indicator/missing-level1", ("hdr",))]


def d_missing_l2(t, ctx):
    if t["l1_mode"] == "repeat":
        return None   # which repeated 产出 cell is "the label cell" is ambiguous: avoided
    rng = ctx.rng
    opts = [k for k in ("质量", "时效", "数量") if rows_of(t, kind=k, free=False)
            and not any(r.get("claimed") for r in rows_of(t, kind=k, free=False))]
    if not opts:
        return None
    k = rng.choice(opts)
    t["ind"]["rows"] = [r for r in t["ind"]["rows"] if r["kind"] != k]
    return [("indicator/missing-level2", ("l1label", "产出"))]


def insert_after(t, anchor, row):
    rows = t["ind"]["rows"]
    rows.insert(rows.index(anchor) + 1, row)


def d_unknown_l2(t, ctx):
    rng = ctx.rng
    g = ctx.gen
    g.rid += 1
    fw = fw_of(t)
    opts = [("产出", "经济效益指标"), ("产出", "社会效益指标"), ("效益", "数量指标"), ("效益", "服务对象满意度指标"),
            ("满意度", "社会效益指标")]
    if fw == "2021":
        opts += [("产出", "成本指标"), ("产出", "成本指标")]
    l1k, l2 = rng.choice(opts)
    grp = rows_of(t, l1=l1k, free=False)
    if not grp:
        return None
    if l2 == "成本指标":
        row = {"l3": "专项经费支出", "desc": "反映专项经费支出情况", "value": "≤%s万元" % fmt_num(t["T"])}
    else:
        row = {"l3": rng.choice(["政策知晓度", "服务覆盖程度"]), "desc": "反映目标群体对项目的了解程度", "value": "≥90%"}
    keys = [k for k, _, _ in t["ind"]["cols"]]
    row.update({"id": g.rid, "l1": grp[0]["l1"], "l2": l2, "basis": "工作计划" if "basis" in keys else None,
                "kind": "unknown", "vfmt": None, "claimed": True})
    if "desc" not in keys or t["variants"]["ind_columns"] == "biaozhun-empty":
        row["desc"] = None
    insert_after(t, grp[-1], row)
    return [("indicator/unknown-level2", ("ind", row["id"], "l2"))]


def d_label_only_row(t, ctx):
    grp = rows_of(t, l1="效益", free=False)
    if not grp:
        return None
    used = [canon2(r["l2"]) for r in grp]
    left = [k for k in ("可持续影响", "生态效益", "社会效益", "经济效益") if k not in used]
    if not left:
        return None
    g = ctx.gen
    g.rid += 1
    row = {"id": g.rid, "l1": grp[0]["l1"], "l2": l2_text(left[0], t["l2style"]), "l3": None, "desc": None,
           "value": None, "basis": None, "kind": left[0], "vfmt": None, "claimed": True}
    insert_after(t, grp[-1], row)
    keys = [k for k, _, _ in t["ind"]["cols"]]
    out = [("indicator/name-empty", ("ind", row["id"], "l3")), ("indicator/value-empty", ("ind", row["id"], "value"))]
    if "basis" in keys:
        out.append(("indicator/basis-empty", ("ind", row["id"], "basis")))
    return out


def d_dup_ind(t, ctx):
    cands = [r for r in t["ind"]["rows"] if r["kind"] in ("数量", "质量", "经济效益", "社会效益") and not r.get("claimed")]
    r = claim(ctx.rng, cands)
    if r is None:
        return None
    g = ctx.gen
    g.rid += 1
    row = dict(r, id=g.rid, claimed=True)
    insert_after(t, r, row)
    return [("indicator/duplicate", ("ind", row["id"], "l3"))]


def d_row(rule, kinds, values, key="value", need_basis=False):
    def f(t, ctx):
        keys = [k for k, _, _ in t["ind"]["cols"]]
        if need_basis and "basis" not in keys:
            return None
        fw = fw_of(t)
        cands = []
        for r in t["ind"]["rows"]:
            if r.get("claimed"):
                continue
            k = r["kind"]
            if kinds is not None and k not in kinds:
                continue
            cands.append(r)
        r = claim(ctx.rng, cands)
        if r is None:
            return None
        val = ctx.rng.choice(values) if values else None
        if callable(val):
            val = val(t)
        if isinstance(val, str):
            val = val.replace("{Y-1}", str(t["year"] - 1)).replace("{Y+1}", str(t["year"] + 1))
        r[key] = val
        if key == "value":
            r["vfmt"] = ctx.rng.choice(DATE_FORMATS) if isinstance(val, dt.datetime) else None
        return [(rule, ("ind", r["id"], key))]
    return f


def d_weights_bad(t, ctx):
    if not t.get("weights"):
        return None
    t["weights_bad"] = True
    return []   # the finding is stated by assign_weights once the rows are final


ANY = None
DEFECTS = {
    "missing-plan": d_missing("plan"),
    "missing-goals": d_missing("goals"),
    "missing-name": d_missing("code_row"),
    "missing-budget": d_missing("budget"),
    "name-empty": d_name_empty,
    "total-invalid": d_total_invalid,
    "sum-mismatch": d_sum_mismatch,
    "part-invalid": d_part_invalid,
    "purpose-empty": d_purpose_empty,
    "plan-blank": d_plan("blank"),
    "plan-text": d_plan("text"),
    "plan-range": d_plan("range"),
    "plan-decreasing": d_plan("decreasing"),
    "plan-final": d_plan("final"),
    "plan-backloaded": d_plan("backloaded"),
    "goal-empty": d_goal_empty,
    "goal-dup": d_goal_dup,
    "missing-l1": d_missing_l1,
    "missing-l2": d_missing_l2,
    "unknown-l2": d_unknown_l2,
    "label-only-row": d_label_only_row,
    "dup-indicator": d_dup_ind,
    "name-empty-ind": d_row("indicator/name-empty", ANY, [None], key="l3"),
    "value-empty": d_row("indicator/value-empty", ANY, [None]),
    "basis-empty": d_row("indicator/basis-empty", ANY, [None], key="basis", need_basis=True),
    "vf-quantity": d_row("indicator/value-format", ["数量"], ["若干", "较多", "大幅增加", "按需配置"]),
    "vf-satisfaction": d_row("indicator/value-format", ["服务对象满意度"], ["满意", "较高", "群众满意"]),
    "vf-time": d_row("indicator/value-format", ["时效"], ["及时", "尽快", "抓紧完成"]),
    "pct-range-sat": d_row("indicator/percent-out-of-range", ["服务对象满意度"], ["≥105%", "=110%", "120%"]),
    "sat-low": d_row("indicator/satisfaction-low", ["服务对象满意度"], ["≥70%", "≥60%", "75%", "≥78%"]),
    "deadline-year": d_row("indicator/deadline-year", ["时效"],
                           ["{Y-1}年12月31日前", "{Y+1}年6月30日前", "{Y-1}年底前",
                            lambda t: dt.datetime(t["year"] - 1, 12, 31)]),
    "cost-not-monetary": d_row("indicator/cost-not-monetary", ["cost"], ["≥1场", "符合相关标准", "≥3次", "按标准执行"]),
    "cost-lower-bound": d_row("indicator/cost-lower-bound", ["cost"],
                              ["≥50万元", "不低于30万元", "20万元以上", "＞10万元", "不少于5万元"]),
    "placeholder-value": d_row("indicator/value-placeholder", ANY,
                               [lambda t: "≥**%", lambda t: "**月**日前", "XX人", "待定", "/", "≥××%", "—", "-", "--", "_"]),
    "placeholder-name": d_row("indicator/value-placeholder", ANY, ["××", "XX指标", "待定", "——", "/"], key="l3"),
    "unit-missing": d_row("indicator/unit-missing", ["数量"], ["≥20", 600, "不少于15", "≥1000"]),
    "weights-bad": d_weights_bad,
}
# slots: at most one defect per slot in a table
SLOT = {"missing-plan": "plan", "missing-goals": "goals", "missing-name": "name", "missing-budget": "budget",
        "name-empty": "name", "total-invalid": "budget", "sum-mismatch": "budget", "part-invalid": "budget",
        "purpose-empty": "purpose", "goal-empty": "goals", "goal-dup": "goals",
        "missing-l1": "indstruct", "missing-l2": "indstruct", "unknown-l2": "indstruct",
        "label-only-row": "indstruct", "dup-indicator": "indstruct"}
for _k in DEFECTS:
    if _k.startswith("plan-"):
        SLOT[_k] = "plan"
# a missing part is one per table (two would be two findings on one cell)
for _k in ("missing-plan", "missing-goals", "missing-name", "missing-budget"):
    SLOT[_k] = "missing"
CONFLICT = {"missing": ["plan", "goals", "name", "budget", "purpose"]}


class Ctx:
    pass


MISSING_BLOCKS = {"plan", "goals", "name", "budget", "purpose"}
NEEDS = {"plan": lambda t: t["plan"] is not None, "goals": lambda t: t["goals"] is not None,
         "name": lambda t: t["code_row"] is not None, "budget": lambda t: t["budget"] is not None,
         "purpose": lambda t: t["budget"] is not None}


def plant(t, rng, gen, dq, earlier_goals, n):
    """Apply n defects from the round-robin queue; return (defect names, findings they state)."""
    ctx = Ctx()
    ctx.rng, ctx.gen, ctx.earlier_goals = rng, gen, earlier_goals
    used, out, names, deferred = set(), [], [], []
    tries = 0
    while len(names) < n and tries < 80:
        tries += 1
        d = dq.next()
        s = SLOT.get(d)
        if s and (s in used or (s == "missing" and used & MISSING_BLOCKS) or ("missing" in used and s in MISSING_BLOCKS)):
            deferred.append(d)
            continue
        if s in NEEDS and not NEEDS[s](t):
            deferred.append(d)
            continue
        if t.get("export") == "period" and d in STRUCTURAL:
            deferred.append(d)   # the 实施期 rows mirror the 年度 rows one to one
            continue
        res = DEFECTS[d](t, ctx)
        if res is None:
            deferred.append(d)
            continue
        if s:
            used.add(s)
        names.append(d)
        out.extend(res)
    dq.queue.extend(reversed(deferred))   # retried first by the next tables
    return names, out


# =============================================================================================
# Layout: write a logical table into a sheet; return positions of every logical cell
# =============================================================================================
THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
FONT = Font(name="宋体", size=11)
BOLD = Font(name="宋体", size=11, bold=True)
TITLE_FONT = Font(name="黑体", size=16, bold=True)


def A1(r, c):
    return "%s%d" % (get_column_letter(c), r)


class Writer:
    def __init__(self, ws):
        self.ws = ws

    def put(self, r, c, value, c2=None, r2=None, bold=False, align=CENTER, numfmt=None, font=None):
        cell = self.ws.cell(row=r, column=c)
        if value is not None:
            cell.value = value
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"     # "=12台", "=100%" are text, not formulas
        cell.alignment = align
        cell.font = font or (BOLD if bold else FONT)
        if numfmt:
            cell.number_format = numfmt
        c2, r2 = c2 or c, r2 or r
        if c2 != c or r2 != r:
            self.ws.merge_cells(start_row=r, start_column=c, end_row=r2, end_column=c2)
        return A1(r, c)

    def border(self, r1, r2, c1, c2):
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                cell = self.ws.cell(row=r, column=c)
                cell.border = BORDER


def group_label(w, mode, r, c, n, text, bold=True):
    """A label for a group of n rows starting at row r in column c."""
    if n == 1 or mode == "merge":
        w.put(r, c, text, r2=r + n - 1, bold=bold)
    elif mode == "repeat":
        for i in range(n):
            w.put(r + i, c, text, bold=bold)
    else:   # once, blanks below
        w.put(r, c, text, bold=bold)
    return A1(r, c)


def put_plan(w, p, r, c0, pos, mode):
    """The 资金支出计划 rows: its label, the milestones and their values below; returns the next row."""
    group_label(w, mode, r, c0, 2, p["label"])
    for i, (lbl, val) in enumerate(zip(p["milestones"], p["values"])):
        w.put(r, c0 + 1 + i, lbl, bold=True)
        pos[("plan", i)] = w.put(r + 1, c0 + 1 + i, val, numfmt=p["numfmt"])
    return r + 2


def layout(ws, t, top, c0):
    """Write table t with its first row at `top`, first column c0. Returns (last_row, pos, range)."""
    w = Writer(ws)
    W = t["W"]
    cl = c0 + W - 1
    pos = {}
    r = top
    if t["title"] is not None:
        if t["title_merged"]:
            w.put(r, c0, t["title"], c2=cl, font=TITLE_FONT)
        else:
            w.put(r, c0, t["title"], font=TITLE_FONT, align=Alignment(horizontal="left", vertical="center"))
        ws.row_dimensions[r].height = 30
        pos[("first",)] = A1(r, c0)
        r += 1
        if t.get("unit_row"):
            w.put(r, cl, "单位：万元", align=Alignment(horizontal="right"))
            r += 1
    block_top = r
    if t["title"] is None:
        pos[("first",)] = A1(r, c0)
    mid = c0 + (W - 1) // 2
    for pairs in t["extras"]:
        (l1, v1), (l2, v2) = pairs
        w.put(r, c0, l1, bold=True)
        w.put(r, c0 + 1, v1, c2=mid - 1)
        w.put(r, mid, l2, bold=True)
        w.put(r, mid + 1, v2, c2=cl)
        r += 1
    cr = t["code_row"]
    if cr is not None:
        if cr["code_label"]:
            w.put(r, c0, cr["code_label"], bold=True)
            w.put(r, c0 + 1, cr["code"])
            w.put(r, c0 + 2, cr["name_label"], bold=True)
            pos[("name",)] = w.put(r, c0 + 3, cr["name"], c2=cl)
        else:
            w.put(r, c0, cr["name_label"], bold=True)
            pos[("name",)] = w.put(r, c0 + 1, cr["name"], c2=cl)
        r += 1
    b = t["budget"]
    if b is not None:
        fmt = b["numfmt"]
        n = len(b["parts"])
        if b["layout"] == "inline":
            group_label(w, t["group_mode"], r, c0, 2, b["group_label"])
            w.put(r, c0 + 1, b["total_label"], bold=True)
            pos[("total",)] = w.put(r, c0 + 2, b["total"], numfmt=fmt)
            c = c0 + 3
            for i, (lbl, val) in enumerate(b["parts"]):
                w.put(r, c, lbl, bold=True)
                last = i == n - 1
                pos[("part", i)] = w.put(r, c + 1, val, c2=cl if last else None, numfmt=fmt)
                c += 2
            if b["purpose_label"]:
                w.put(r + 1, c0 + 1, b["purpose_label"], bold=True)
                pos[("purpose",)] = w.put(r + 1, c0 + 2, b["purpose"], c2=cl, align=LEFT)
            else:
                pos[("purpose",)] = w.put(r + 1, c0 + 1, b["purpose"], c2=cl, align=LEFT)
            r += 2
        else:
            group_label(w, t["group_mode"], r, c0, n + 2, b["group_label"])
            w.put(r, c0 + 1, b["total_label"], bold=True)
            pos[("total",)] = w.put(r, c0 + 2, b["total"], c2=cl, numfmt=fmt)
            for i, (lbl, val) in enumerate(b["parts"]):
                w.put(r + 1 + i, c0 + 1, lbl, bold=True)
                pos[("part", i)] = w.put(r + 1 + i, c0 + 2, val, c2=cl, numfmt=fmt)
            w.put(r + n + 1, c0 + 1, b["purpose_label"], bold=True)
            pos[("purpose",)] = w.put(r + n + 1, c0 + 2, b["purpose"], c2=cl, align=LEFT)
            r += n + 2
    p = t["plan"]
    if p is not None:
        r = put_plan(w, p, r, c0, pos, t["group_mode"])
    g = t["goals"]
    if g is not None:
        n = len(g["items"])
        group_label(w, t["group_mode"], r, c0, n, g["label"])
        for i, (lbl, text) in enumerate(g["items"]):
            if g["mode"] == "numbered":
                w.put(r + i, c0 + 1, lbl, bold=True)
                pos[("goal", i)] = w.put(r + i, c0 + 2, text, c2=cl, align=LEFT)
            else:
                pos[("goal", i)] = w.put(r + i, c0 + 1, text, c2=cl, align=LEFT)
        r += n
    # indicator header
    cols = t["ind"]["cols"]
    colpos = {}
    c = c0
    for key, head, span in cols:
        colpos[key] = (c, c + span - 1)
        w.put(r, c, head, c2=c + span - 1, bold=True)
        c += span
    pos[("hdr",)] = A1(r, c0)
    r += 1
    if t["blank_after_header"]:
        for key, head, span in cols:
            a, z = colpos[key]
            if z > a:
                ws.merge_cells(start_row=r, start_column=a, end_row=r, end_column=z)
        r += 1
    rows = t["ind"]["rows"]
    first_ind = r
    # 一级 groups
    i = 0
    while i < len(rows):
        j = i
        while j + 1 < len(rows) and rows[j + 1]["l1"] == rows[i]["l1"]:
            j += 1
        a = group_label(w, t["l1_mode"], first_ind + i, c0, j - i + 1, rows[i]["l1"])
        pos.setdefault(("l1label", canon1(rows[i]["l1"])), a)
        # 二级 groups inside
        k = i
        while k <= j:
            m = k
            while m + 1 <= j and rows[m + 1]["l2"] == rows[k]["l2"]:
                m += 1
            ca, cz = colpos["l2"]
            rr = first_ind + k
            n = m - k + 1
            if n == 1 or t["l2_mode"] == "merge":
                w.put(rr, ca, rows[k]["l2"], c2=cz, r2=rr + n - 1)
            elif t["l2_mode"] == "repeat":
                for q in range(n):
                    w.put(rr + q, ca, rows[k]["l2"], c2=cz)
            else:
                w.put(rr, ca, rows[k]["l2"], c2=cz)
                for q in range(1, n):
                    if cz > ca:
                        ws.merge_cells(start_row=rr + q, start_column=ca, end_row=rr + q, end_column=cz)
            k = m + 1
        i = j + 1
    for idx, row in enumerate(rows):
        rr = first_ind + idx
        for key, head, span in cols:
            if key in ("l1", "l2"):
                continue
            a, z = colpos[key]
            val = row.get(key)
            fmt = row.get("vfmt") if key == "value" else None
            pos[("ind", row["id"], key)] = w.put(rr, a, val, c2=z, numfmt=fmt,
                                                 align=LEFT if key == "desc" else CENTER)
        # the row's own 二级 cell (an unknown-level2 row is alone in its 二级 group)
        pos[("ind", row["id"], "l2")] = A1(rr, colpos["l2"][0])
    last = first_ind + len(rows) - 1
    w.border(block_top, last, c0, cl)
    for rr in range(block_top, last + 1):
        ws.row_dimensions[rr].height = 30
    return last, pos, "%s:%s" % (pos[("first",)], A1(last, cl))


# =============================================================================================
# Exports of 预算管理一体化 systems (table-format.md "Exports"; shared/research/export-layouts/):
# split 符号 | 值 | 计量单位 columns (two-row or one-row header), weights, 实施期 and 年度 blocks side
# by side, money in 元, no 资金支出计划, a 绩效指标 label column. Layouts written from the digests'
# row structure, with this generator's own content.
# =============================================================================================
SIGN_WORDS = {"不少于": "≥", "不低于": "≥", "不超过": "≤", "不高于": "≤"}
SPLIT_RE = re.compile(r"(≥|≤|>=|<=|>|<|=|＞|＜|＝|≧|≦|不少于|不低于|不超过|不高于)?(" + NUM + r")(\D*?)(以上|以内)?")
DEADLINE_WORDS = re.compile(r"年底|月底|年末|年内|\d+月")


def split_value(v):
    """How a system prints a 指标值 in split columns: (符号, 值, 计量单位)."""
    if not isinstance(v, str) or is_placeholder(v):
        return ("", v, "")
    s = fold_cn(re.sub(r"\s+", "", v))
    m = SPLIT_RE.fullmatch(s)
    if m and not re.search(r"[\d\-~]", m.group(3)) and not DEADLINE_WORDS.search(m.group(3)) and not m.group(3).startswith(("年", "月", "日")):
        sign = m.group(1) or ""
        sign = SIGN_WORDS.get(sign, sign)
        if m.group(4):
            sign = "≥" if m.group(4) == "以上" else "≤"
        x = float(m.group(2).replace(",", ""))
        return (sign, int(x) if x == int(x) else x, m.group(3))
    if not re.search(r"\d", s) and not DEADLINE_WORDS.search(s):
        return ("定性", v, "")
    return ("", s, "")


def compose(parts):
    """The one 指标值 the split columns make (rules.md: symbol + number + unit; 定性 = qualitative)."""
    sign, val, unit = parts
    if sign == "定性" or not isinstance(val, (int, float, str)) or isinstance(val, bool) or (sign == "" and unit == ""):
        return val
    if isinstance(val, (int, float)):
        val = fmt_num(val)
    return "%s%s%s" % (sign, val, unit)


FAMILIES = ["split2", "split1", "joined", "period"]
STRUCTURAL = {"missing-l1", "missing-l2", "unknown-l2", "label-only-row", "dup-indicator"}
SIGN_HEADS = ["*符号", "符号", "运算符", "计算符号", "指标性质"]
UNIT_HEADS = ["计量单位", "度量单位", "单位", "计算单位"]


def to_export(t, fam, rng, c):
    """Turn a generated table into a system export of family fam (same logical content)."""
    Y = t["year"]
    v = t["variants"]
    t["export"] = fam
    v["export"] = fam
    name = t["code_row"]["name"]
    t["title"] = rng.choice(["预算项目绩效信息表（预算编制阶段）", "项目支出绩效目标申报表", "政策及项目绩效目标表",
                             "%s项目支出绩效目标表" % name])
    t["title_merged"] = True
    t["year_line"] = rng.choice(["（%d年度）" % Y, "（%s年度）" % cn_year(Y)])
    t["extras"] = t["extras"][:1]
    # money: numbers in 元 or 万元 with the unit in the group label, no usage slot
    b = t["budget"]
    if b is not None:
        if b["unit_mode"] == "text":
            b["total"] = parse_amount(b["total"], "万元") if b["total"] is not None else None
            b["parts"] = [[l, parse_amount(x, "万元") if x is not None else None] for l, x in b["parts"]]
        b["unit_mode"] = "label"
        b["numfmt"] = None
        b["yuan"] = rng.random() < 0.6
        b["group_label"] = "项目资金（元）" if b["yuan"] else "项目资金（万元）"
        b["total_label"] = rng.choice(["年度资金总额", "资金总额", "年度资金总额："])
        b["no_purpose"] = True
        b["purpose"] = "(none)"
        t["unit_row"] = False
        v["money"] = "元" if b["yuan"] else "万元"
    # most exports print no 资金支出计划
    if rng.random() < 0.75 or fam == "period":
        t["plan"] = None
        v["plan"] = "none"
        t["base_findings"] = [("plan/missing", ("first",))]
    elif t["plan"] is not None and len(t["plan"]["values"]) > 4:
        t["plan"] = make_plan(rng, c, "3-6-9-12", v)
    g = t["goals"]
    if g is not None:
        text = " ".join(x for _, x in g["items"] if x)
        t["goals"] = {"mode": "single", "label": rng.choice(["年度绩效目标", "绩效目标", "年度总体目标"]), "items": [(None, text)]}
    rows = t["ind"]["rows"]
    if fam in ("split2", "split1"):
        cols = [("l1", "一级指标"), ("l2", "二级指标"), ("l3", "*三级指标" if fam == "split2" else "三级指标"),
                ("sign", rng.choice(SIGN_HEADS)), ("value", "*值" if fam == "split2" else rng.choice(["值", "指标值"])),
                ("unit", rng.choice(UNIT_HEADS)), ("basis", rng.choice(["指标值确定依据", "依据"])),
                ("desc", rng.choice(["备注（指标解释等）", "指标解释"]))]
        t["split"] = True
        for r in rows:
            if r["basis"] is None:
                r["basis"] = rng.choice(BASES)
        if rng.random() < 0.5 and t.get("weights") is None:
            t["weights"] = "column"
            cols.append(("weight", rng.choice(["分值", "权重"])))
    elif fam == "joined":
        cols = [("l1", "一级指标"), ("l2", "二级指标"), ("l3", "三级指标"), ("value", "指标值")]
    else:
        cols = [("l1", "一级指标"), ("l2", "二级指标"), ("l3", "三级指标"), ("value", "指标值")]
        t["weights"] = None
        t["period"] = [period_row(t, r) for r in rows]
    if "basis" not in [k for k, _ in cols]:
        for r in rows:
            r["basis"] = None
    t["ind"]["cols"] = [(k, h, 1) for k, h in cols]
    t["W"] = {"split2": 8, "split1": 8, "joined": 9, "period": 9}[fam] + (1 if t.get("weights") == "column" else 0)
    if t.get("weights") == "labels" and fam == "period":
        t["weights"] = None


def period_row(t, r):
    """The 实施期 target beside a 年度 one: a multi-year total, clean (no year named, so no deadline-year)."""
    val = r["value"]
    if r["kind"] == "时效":
        val = "≤36个月"
    elif isinstance(val, str):
        sign, x, unit = split_value(val)
        if isinstance(x, (int, float)) and sign != "定性" and unit != "%" and r["kind"] != "cost":
            val = compose((sign, x * 3, unit))
    elif isinstance(val, float) and r.get("vfmt"):
        val = "≥%d%%" % round(val * 100)
    return {"id": r["id"], "l1": r["l1"], "l2": r["l2"], "l3": r["l3"], "desc": None, "value": val, "basis": None,
            "kind": r["kind"], "vfmt": None}


def assign_weights(t, rng, bad):
    """Weights for a clean table add up to 100; a planted defect moves one of them. Returns the findings."""
    rows = t["ind"]["rows"]
    if t.get("weights") == "column":
        n = len(rows)
        for i, r in enumerate(rows):
            r["weight"] = 100 // n + (1 if i < 100 % n else 0)
        if bad:
            rows[rng.randrange(n)]["weight"] += rng.choice([5, -1, 10])
            return [("indicator/weights-sum", ("ind", rows[0]["id"], "weight"))]
    elif t.get("weights") == "labels" and bad:
        last = rows[-1]["l1"]
        m = re.search(r"(\d+)分", last)
        new = last.replace(m.group(0), "%d分" % (int(m.group(1)) - 5))
        for r in rows:
            if r["l1"] == last:
                r["l1"] = new
        return [("indicator/weights-sum", ("l1label", canon1(rows[0]["l1"])))]
    return []


def invisible_labels(t):
    """Zero-width characters inside labels (rules.md: they count as nothing)."""
    cr = t["code_row"]
    if cr is not None:
        cr["name_label"] = cr["name_label"][:2] + "\u200b" + cr["name_label"][2:]
    if t["budget"] is not None:
        tl = t["budget"]["total_label"]
        t["budget"]["total_label"] = tl[:2] + "\ufeff" + tl[2:]
    rows = t["ind"]["rows"]
    if rows:
        first = rows[0]["l1"]
        for r in rows:
            if r["l1"] == first:
                r["l1"] = first[:2] + "\u200b" + first[2:]
    t["ind"]["cols"] = [(k, h[:2] + "\u200b" + h[2:] if k == "l1" else h, s) for k, h, s in t["ind"]["cols"]]


def put_groups(w, rows, first_row, col, key, pos, merge_to=None, pos_key=None):
    """Write a label column (一级 or 二级) merged down each run of equal labels."""
    i = 0
    while i < len(rows):
        j = i
        while j + 1 < len(rows) and rows[j + 1][key] == rows[i][key]:
            j += 1
        a = w.put(first_row + i, col, rows[i][key], c2=merge_to, r2=first_row + j)
        if pos_key:
            pos.setdefault(pos_key(rows[i]), a)
        i = j + 1


def layout_export(ws, t, top, c0):
    """Write an export-family table; returns (last_row, pos, range) like layout()."""
    w = Writer(ws)
    fam = t["export"]
    W = t["W"]
    cl = c0 + W - 1
    pos = {}
    r = top
    w.put(r, c0, t["title"], c2=cl, font=TITLE_FONT)
    pos[("first",)] = A1(r, c0)
    r += 1
    w.put(r, c0, t["year_line"], c2=cl)
    r += 1
    block_top = r
    wide = fam in ("joined", "period")   # labels three columns wide (A+2), values from D
    lab_end = c0 + 2 if wide else c0
    cr = t["code_row"]
    if cr is not None:
        w.put(r, c0, cr["name_label"], c2=lab_end, bold=True)
        if cr["code_label"] and not wide:
            pos[("name",)] = w.put(r, c0 + 1, cr["name"], c2=c0 + 3)
            w.put(r, c0 + 4, cr["code_label"], bold=True)
            w.put(r, c0 + 5, cr["code"], c2=cl)
        else:
            pos[("name",)] = w.put(r, lab_end + 1, cr["name"], c2=cl)
        r += 1
    for pairs in t["extras"]:
        (l1, v1), (l2, v2) = pairs
        mid = c0 + 5 if wide else c0 + 4
        w.put(r, c0, l1, c2=lab_end, bold=True)
        w.put(r, lab_end + 1, v1, c2=mid - 1)
        w.put(r, mid, l2, bold=True, c2=mid + 1 if wide else mid)
        w.put(r, mid + 2 if wide else mid + 1, v2, c2=cl)
        r += 1
    b = t["budget"]
    if b is not None:
        k = 10000 if b["yuan"] else 1
        money = lambda x: x * k if isinstance(x, (int, float)) and not isinstance(x, bool) else x
        n = len(b["parts"])
        if fam == "period":
            w.put(r, c0, b["group_label"], c2=c0 + 2, r2=r + n, bold=True)
            T3 = round(3 * t["T"], 2)
            w.put(r, c0 + 3, "实施期资金总额：", bold=True)
            w.put(r, c0 + 4, money(T3))
            w.put(r, c0 + 5, b["total_label"], c2=c0 + 6, bold=True)
            pos[("total",)] = w.put(r, c0 + 7, money(b["total"]), c2=cl)
            for i, (lbl, val) in enumerate(b["parts"]):
                w.put(r + 1 + i, c0 + 3, lbl, bold=True)
                w.put(r + 1 + i, c0 + 4, money(T3) if i == 0 else None)
                w.put(r + 1 + i, c0 + 5, lbl, c2=c0 + 6, bold=True)
                pos[("part", i)] = w.put(r + 1 + i, c0 + 7, money(val), c2=cl)
            r += n + 1
        else:
            w.put(r, c0, b["group_label"], c2=lab_end, r2=r + n, bold=True)
            w.put(r, lab_end + 1, b["total_label"], c2=lab_end + 2, bold=True)
            pos[("total",)] = w.put(r, lab_end + 3, money(b["total"]), c2=cl)
            for i, (lbl, val) in enumerate(b["parts"]):
                w.put(r + 1 + i, lab_end + 1, lbl, c2=lab_end + 2, bold=True)
                pos[("part", i)] = w.put(r + 1 + i, lab_end + 3, money(val), c2=cl)
            r += n + 1
    p = t["plan"]
    if p is not None:
        r = put_plan(w, p, r, c0, pos, "merge")
    g = t["goals"]
    if g is not None:
        text = g["items"][0][1]
        if fam == "period":
            w.put(r, c0, "实施期目标", c2=c0 + 5, bold=True)
            w.put(r, c0 + 6, "年度目标", c2=cl, bold=True)
            w.put(r + 1, c0, "总体目标", bold=True)
            w.put(r + 1, c0 + 1, "分三年完成%s各项建设任务，形成长效机制。" % cr["name"] if cr else "分三年完成各项建设任务。", c2=c0 + 5, align=LEFT)
            pos[("goal", 0)] = w.put(r + 1, c0 + 6, text, c2=cl, align=LEFT)
            r += 2
        else:
            w.put(r, c0, g["label"], c2=lab_end, bold=True)
            pos[("goal", 0)] = w.put(r, lab_end + 1, text, c2=cl, align=LEFT)
            r += 1
    rows = t["ind"]["rows"]
    keys = [k for k, _, _ in t["ind"]["cols"]]
    heads = {k: h for k, h, _ in t["ind"]["cols"]}
    hdr = r
    if fam == "split2":
        col = {k: c0 + i for i, k in enumerate(keys)}
        for k in keys:
            if k in ("sign", "value", "unit"):
                continue
            w.put(hdr, col[k], heads[k], r2=hdr + 1, bold=True)
        w.put(hdr, col["sign"], "指标值", c2=col["unit"], bold=True)
        for k in ("sign", "value", "unit"):
            w.put(hdr + 1, col[k], heads[k], bold=True)
        first = hdr + 2
    elif fam == "split1":
        col = {k: c0 + i for i, k in enumerate(keys)}
        for k in keys:
            w.put(hdr, col[k], heads[k], bold=True)
        first = hdr + 1
    elif fam == "joined":
        col = {"l1": c0 + 1, "l2": c0 + 2, "l3": c0 + 3, "value": c0 + 6}
        w.put(hdr, c0, "绩 效 指 标", bold=True)
        w.put(hdr, col["l1"], heads["l1"], bold=True)
        w.put(hdr, col["l2"], heads["l2"], bold=True)
        w.put(hdr, col["l3"], heads["l3"], c2=c0 + 5, bold=True)
        w.put(hdr, col["value"], heads["value"], c2=cl, bold=True)
        first = hdr + 1
    else:
        col = {"l1": c0 + 1, "pl2": c0 + 2, "pl3": c0 + 3, "pvalue": c0 + 4, "l2": c0 + 6, "l3": c0 + 7, "value": c0 + 8}
        w.put(hdr, c0, "绩效指标", r2=hdr + len(rows), bold=True)
        w.put(hdr, col["l1"], heads["l1"], bold=True)
        for pre in ("p", ""):
            w.put(hdr, col[pre + "l2"], "二级指标", bold=True)
            w.put(hdr, col[pre + "l3"], "三级指标", bold=True)
        w.put(hdr, col["pvalue"], "指标值", c2=c0 + 5, bold=True)
        w.put(hdr, col["value"], "指标值", bold=True)
        first = hdr + 1
    pos[("hdr",)] = A1(hdr, col["l1"])
    put_groups(w, rows, first, col["l1"], "l1", pos, pos_key=lambda row: ("l1label", canon1(row["l1"])))
    put_groups(w, rows, first, col["l2"], "l2", pos)
    if fam == "period":
        put_groups(w, t["period"], first, col["pl2"], "l2", pos)
    for i, row in enumerate(rows):
        rr = first + i
        pos[("ind", row["id"], "l2")] = A1(rr, col["l2"])
        pos[("ind", row["id"], "l3")] = w.put(rr, col["l3"], row["l3"], c2=c0 + 5 if fam == "joined" else None)
        val, fmt = row["value"], row.get("vfmt")
        if t.get("split"):
            sign, x, unit = split_value(val)
            if isinstance(x, float) and fmt and "%" in fmt:
                x, unit, fmt = round(x * 100), "%", None
            w.put(rr, col["sign"], sign or None)
            pos[("ind", row["id"], "value")] = w.put(rr, col["value"], x, numfmt=fmt)
            w.put(rr, col["unit"], unit or None)
            pos[("ind", row["id"], "basis")] = w.put(rr, col["basis"], row["basis"])
            w.put(rr, col["desc"], row.get("desc"), align=LEFT)
            if "weight" in col:
                pos[("ind", row["id"], "weight")] = w.put(rr, col["weight"], row.get("weight"))
        else:
            pos[("ind", row["id"], "value")] = w.put(rr, col["value"], val, numfmt=fmt, c2=cl if fam == "joined" else None)
        if fam == "period":
            pr = t["period"][i]
            pos[("pind", pr["id"], "l2")] = A1(rr, col["pl2"])
            pos[("pind", pr["id"], "l3")] = w.put(rr, col["pl3"], pr["l3"])
            pos[("pind", pr["id"], "value")] = w.put(rr, col["pvalue"], pr["value"], c2=c0 + 5)
    last = first + len(rows) - 1
    w.border(block_top, last, c0, cl)
    return last, pos, "%s:%s" % (pos[("first",)], A1(last, cl))


# =============================================================================================
# Workbooks
# =============================================================================================
PARAGRAPHS = [
    "{Y}年部门整体绩效目标",
    "一、总体绩效目标",
    "按照区委、区政府部署要求，贯彻落实国家和省、市有关政策，研究制定年度工作计划并组织实施，保障各项重点工作顺利开展。",
    "二、分项绩效目标",
    "绩效目标：做好各项业务工作，规范资金管理，提高财政资金使用效益。",
    "绩效指标：按照相关要求，保证各项工作正常运行，工作完成率85%以上。",
    "三、工作保障措施",
    "通过优化支出结构、编细编实预算、加快履行政府采购手续、及时支付资金等措施，确保支出进度达标。",
]
NOTES = ["注：1.绩效指标应当细化、量化，便于监控和评价；", "2.难以量化的指标，应当采用定性描述。"]
SIGN = ["填报人：", "审核人：", "联系电话："]


def write_paragraphs(ws, r, c, lines, Y):
    for i, line in enumerate(lines):
        cell = ws.cell(row=r + i, column=c, value=line.replace("{Y}", str(Y)))
        cell.alignment = Alignment(wrap_text=False, vertical="top")
    return r + len(lines)


def write_project_list(ws, Y, names, rng):
    heads = ["序号", "项目名称", "预算数（万元）", "主管部门", "备注"]
    ws.cell(row=1, column=1, value="%d年项目支出预算汇总表" % Y).font = TITLE_FONT
    for j, h in enumerate(heads, 1):
        ws.cell(row=2, column=j, value=h).font = BOLD
    for i, n in enumerate(names, 1):
        ws.cell(row=2 + i, column=1, value=i)
        ws.cell(row=2 + i, column=2, value=n)
        ws.cell(row=2 + i, column=3, value=rng.choice([20, 50, 120.5, 300]))
        ws.cell(row=2 + i, column=4, value=rng.choice(DEPTS))
    ws.column_dimensions["B"].width = 28


def set_widths(ws, c0, W):
    for c in range(1, c0 + W + 1):
        ws.column_dimensions[get_column_letter(c)].width = 14
    ws.column_dimensions[get_column_letter(c0 + 2)].width = 18


def safe_sheet(name):
    for ch in "[]:*?/\\":
        name = name.replace(ch, "")
    return name[:28]


def build_file(idx, rng, cycles, gen, dq, out_dir, summary):
    Y = cycles["year"].next()
    ym = cycles["year_mode"].next()
    ntab = cycles["ntables"].next()
    arrangement = cycles["arrangement"].next() if ntab > 1 else "per-sheet"
    extras = cycles["extra_sheets"].next()
    names = rng.sample(PROJECTS, ntab)
    year_in_title = ym in ("title", "title+file")
    tables = []
    for k in range(ntab):
        t = gen.make(Y, names[k], year_in_title, ym == "title")
        fam = cycles["family"].next()
        if fam != "manual":
            to_export(t, fam, rng, cycles)
        if cycles["invisible"].next():
            invisible_labels(t)
            t["variants"]["invisible"] = True
        tables.append(t)
    # defects, in workbook order (goal duplicates point at the later table)
    earlier = []
    planted = []
    for t in tables:
        clean = rng.random() < 0.36
        n = 0 if clean else rng.choice([1, 2, 2, 3, 3])
        dnames, dfind = plant(t, rng, gen, dq, list(earlier), n)
        dfind = t.get("base_findings", []) + dfind + assign_weights(t, rng, t.get("weights_bad"))
        if t.get("weights"):
            t["variants"]["weights"] = t["weights"]
        t["variants"]["defects"] = dnames
        planted.append(dfind)
        if t["goals"] is not None and "goal-dup" not in dnames:
            earlier.extend(txt for _, txt in t["goals"]["items"] if txt)
    model = check_workbook(tables)
    for t, a, b in zip(tables, planted, model):
        if sorted(map(repr, a)) != sorted(map(repr, b)):
            for r in t["ind"]["rows"]:
                print(r["id"], r["kind"], repr(r["value"]), r.get("vfmt"), split_value(r["value"]) if t.get("split") else "")
            raise AssertionError("file %d table %s: planted %r but model checker says %r" %
                                 (idx, t["code_row"] and t["code_row"]["name"], a, b))
    # sheets
    wb = Workbook()
    wb.remove(wb.active)
    sheet_plan = []   # (sheet name, [tables])
    def tname(k, t):
        return ("%d年%s" % (Y, names[k])) if ym == "sheet" else names[k]
    if arrangement == "per-sheet":
        for k, t in enumerate(tables):
            sheet_plan.append((tname(k, t), [t]))
    elif arrangement == "stacked":
        sheet_plan.append((("%d年绩效目标表" % Y) if ym == "sheet" else rng.choice(["绩效目标表", "项目绩效目标", "Sheet1"]), tables))
    elif arrangement == "side-by-side":   # the first two side by side on one sheet, the rest one per sheet
        sheet_plan.append((("%d年绩效目标表" % Y) if ym == "sheet" else "项目绩效目标表", tables[:2]))
        for k, t in enumerate(tables[2:], 2):
            sheet_plan.append((tname(k, t), [t]))
    else:   # mixed: first two stacked, rest one per sheet
        sheet_plan.append((("%d年绩效目标表" % Y) if ym == "sheet" else "项目绩效目标表", tables[:2]))
        for k, t in enumerate(tables[2:], 2):
            sheet_plan.append((tname(k, t), [t]))
    exp_tables, exp_find = [], []
    file_variants = {"year": Y, "year_source": ym, "arrangement": arrangement, "extra_sheets": extras}
    if extras in ("text-first", "text-and-list"):
        ws = wb.create_sheet("部门整体绩效目标")
        ws.column_dimensions["A"].width = 100
        write_paragraphs(ws, 1, 1, PARAGRAPHS, Y)
    layout_choice = cycles["sheet_layout"].next()
    file_variants["sheet_layout"] = layout_choice
    pos_of = {}
    beside = cycles["beside_list"].next()
    file_variants["beside_list"] = beside
    for sname, tlist in sheet_plan:
        sname = safe_sheet(sname)
        ws = wb.create_sheet(sname)
        if arrangement == "side-by-side" and len(tlist) == 2:
            c0 = 1
            for t in tlist:
                set_widths(ws, c0, t["W"])
                last, pos, rng_ = (layout_export if t.get("export") else layout)(ws, t, 1, c0)
                pos_of[id(t)] = (sname, pos)
                exp_tables.append({"sheet": sname, "title": t["title"],
                                   "name": t["code_row"]["name"] if t["code_row"] else None, "range": rng_,
                                   "variants": dict(t["variants"], arrangement="side-by-side")})
                c0 += t["W"] + 1
            continue
        if beside and len(tlist) == 1:
            # a project list in A–E beside the table, on the same rows (a table is bounded by its own block)
            write_project_list(ws, Y, names, rng)
            t = tlist[0]
            set_widths(ws, 7, t["W"])
            last, pos, rng_ = (layout_export if t.get("export") else layout)(ws, t, 1, 7)
            pos_of[id(t)] = (sname, pos)
            exp_tables.append({"sheet": sname, "title": t["title"], "name": t["code_row"]["name"] if t["code_row"] else None,
                               "range": rng_, "variants": dict(t["variants"], beside_list=True)})
            continue
        c0 = 1 + (rng.choice([1, 2]) if layout_choice in ("offset", "offset+content") else 0)
        r = 1
        if layout_choice in ("offset",):
            r = rng.choice([2, 3, 4])
        if layout_choice in ("content", "offset+content"):
            r = write_paragraphs(ws, 1, 1, rng.choice([["附件2"], ["附件", "{Y}年项目支出绩效目标申报材料"],
                                                       PARAGRAPHS[2:3]]), Y)
            # one or two blank rows; two above a table without a title (nothing title-like near it)
            r += 2 if tlist[0]["title"] is None else rng.choice([1, 2])
        for k, t in enumerate(tlist):
            set_widths(ws, c0, t["W"])
            last, pos, rng_ = (layout_export if t.get("export") else layout)(ws, t, r, c0)
            pos_of[id(t)] = (sname, pos)
            exp_tables.append({"sheet": sname, "title": t["title"],
                               "name": t["code_row"]["name"] if t["code_row"] else None, "range": rng_,
                               "variants": t["variants"]})
            r = last + 1
            if layout_choice in ("content", "offset+content") and (k == len(tlist) - 1 or rng.random() < 0.4):
                r += 1
                if rng.random() < 0.5:
                    for j, s in enumerate(SIGN):
                        ws.cell(row=r, column=c0 + 2 * j, value=s)
                    r += 1
                else:
                    r = write_paragraphs(ws, r, c0, NOTES, Y)
            gap = rng.choice([1, 2, 3])
            if k + 1 < len(tlist) and tlist[k + 1]["title"] is None:
                gap = max(gap, 2)
            r += gap
    if extras in ("list", "text-and-list"):
        write_project_list(wb.create_sheet("项目汇总"), Y, names, rng)
    if extras == "notes":
        ws = wb.create_sheet("填表说明")
        write_paragraphs(ws, 1, 1, ["填表说明", "本项目绩效目标表由项目实施单位填报，主管部门审核。"] + NOTES +
                         ["3.资金支出计划按累计进度填写。"], Y)
    # expected findings in workbook order
    for t, finds in zip(tables, model):
        sname, pos = pos_of[id(t)]
        for rule, key in finds:
            exp_find.append({"rule": rule, "severity": SEVERITY[rule], "sheet": sname, "cell": pos[key]})
            summary["rules"][rule] = summary["rules"].get(rule, 0) + 1
        summary["tables"] += 1
        if not finds:
            summary["clean_tables"] += 1
        for k, v in t["variants"].items():
            if k == "defects":
                for d in v:
                    summary["defects"][d] = summary["defects"].get(d, 0) + 1
                continue
            key = "%s=%s" % (k, v)
            summary["variants"][key] = summary["variants"].get(key, 0) + 1
    for k, v in file_variants.items():
        key = "file.%s=%s" % (k, v)
        summary["variants"][key] = summary["variants"].get(key, 0) + 1
    dept = rng.choice(DEPTS)
    fname = "c%02d_%s%s.xlsx" % (idx, ("%d年_" % Y) if ym in ("file", "title+file") else "", dept)
    wb.properties.creator = "jixiao-corpus"
    fixed = dt.datetime(2024, 1, 1)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    path = os.path.join(out_dir, fname)
    wb.save(path)
    exp = {"file": fname, "tables": exp_tables, "findings": exp_find, "file_variants": file_variants,
           "notes": "Generated by test/corpus/make_corpus.py (independent of the engine). Budget year %d from %s." %
                    (Y, {"title": "the titles", "file": "the file name", "sheet": "the sheet names",
                         "title+file": "the titles and the file name"}[ym])}
    with open(path[:-5] + ".expected.json", "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1, default=str)
        f.write("\n")
    return fname


def make_cycles(rng):
    C = lambda items: Cycle(rng, items)
    return {
        "year": C([2023, 2024, 2025]),
        "year_mode": C(["title", "file", "sheet", "title+file"]),
        "ntables": C([1, 2, 2, 3, 3, 4]),
        "arrangement": C(["per-sheet", "stacked", "mixed", "side-by-side"]),
        "family": C(["manual", "manual", "split2", "split1", "joined", "period"]),
        "invisible": C([False, False, False, True]),
        "beside_list": C([False, False, True]),
        "extra_sheets": C(["none", "none", "text-first", "list", "notes", "text-and-list"]),
        "sheet_layout": C(["plain", "offset", "content", "offset+content", "plain"]),
        "framework": C(["legacy", "legacy", "2021"]),
        "title": C(["merged", "merged", "merged", "single-cell", "none"]),
        "colset": C(list(IND_COLSETS)),
        "plan_set": C(["3-6-9-12", "3-6-10-12", "3-6-9-12", "3-6-10-12", "monthly"]),
        "plan_format": C(["text", "fw", "pctfmt", "bare"]),
        "budget_combo": C(list(BUDGET_COMBOS)),
        "unit_mode": C(["text", "label", "unitrow", "none"]),
        "group_mode": C(["merge", "merge", "repeat", "once"]),
        "l1_mode": C(["merge", "merge", "repeat", "once"]),
        "blank_after_header": C([True, False]),
        "label_style": C(["plain", "source", "colon-full", "colon-half", "spaces"]),
        "extras": C(["none", "none", "dept", "attr", "both"]),
        "code": C(["dash", "number", "no-code"]),
        "goals": C(["numbered", "numbered", "single-niandu", "single-zongti"]),
        "l1_style": C(list(L1_STYLES)),
        "l2_style": C(list(L2_STYLES)),
        "pct_numeric": C([False, False, False, True]),
    }


# =============================================================================================
# Verification: load back with openpyxl
# =============================================================================================
def cell_map(ws):
    vals = {}
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None and not (isinstance(c.value, str) and c.value == ""):
                vals[c.coordinate] = c.value
    merges = sorted(str(m) for m in ws.merged_cells.ranges)
    return vals, merges


def same_value(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 1e-9
    if isinstance(a, dt.datetime) or isinstance(b, dt.datetime):
        return str(a)[:10] == str(b)[:10]
    return str(a) == str(b)


def verify(dir_, against=None):
    problems = 0
    files = sorted(glob.glob(os.path.join(dir_, "*.xlsx")))
    for path in files:
        exp_path = path[:-5] + ".expected.json"
        if not os.path.exists(exp_path):
            print("MISSING expected:", exp_path)
            problems += 1
            continue
        exp = json.load(open(exp_path, encoding="utf-8"))
        wb = load_workbook(path)
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    if c.data_type == "f":
                        print("%s: %s!%s holds a formula %r" % (path, ws.title, c.coordinate, c.value))
                        problems += 1
        for t in exp["tables"]:
            ws = wb[t["sheet"]]
            first = t["range"].split(":")[0]
            got = ws[first].value
            if t["title"] is not None and got != t["title"]:
                print("%s: title at %s is %r, expected %r" % (path, first, got, t["title"]))
                problems += 1
        for f in exp["findings"]:
            ws = wb[f["sheet"]]
            for m in ws.merged_cells.ranges:
                if f["cell"] in m and f["cell"] != m.start_cell.coordinate:
                    print("%s: %s points inside a merged area %s" % (path, f["cell"], m))
                    problems += 1
        if against:
            orig = os.path.join(against, os.path.basename(path))
            wo = load_workbook(orig)
            if wo.sheetnames != wb.sheetnames:
                print("%s: sheets differ %r vs %r" % (path, wb.sheetnames, wo.sheetnames))
                problems += 1
                continue
            for sn in wo.sheetnames:
                va, ma = cell_map(wo[sn])
                vb, mb = cell_map(wb[sn])
                if ma != mb:
                    print("%s/%s: merges differ: %s" % (path, sn, sorted(set(ma) ^ set(mb))[:6]))
                    problems += 1
                for k in sorted(set(va) | set(vb)):
                    if k not in va or k not in vb or not same_value(va[k], vb[k]):
                        print("%s/%s!%s: %r vs %r" % (path, sn, k, va.get(k), vb.get(k)))
                        problems += 1
                for k, v in va.items():
                    fa, fb = wo[sn][k].number_format, wb[sn][k].number_format
                    if isinstance(v, (int, float)) and ("%" in fa) != ("%" in fb):
                        print("%s/%s!%s: number format %r vs %r" % (path, sn, k, fa, fb))
                        problems += 1
    print("verified %d workbooks in %s: %d problem(s)" % (len(files), dir_, problems))
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="/work/main/.corpus/")
    ap.add_argument("--seed", type=int, default=20240)
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--verify", metavar="DIR")
    ap.add_argument("--against", metavar="ORIG_DIR")
    a = ap.parse_args()
    if a.verify:
        sys.exit(1 if verify(a.verify, a.against) else 0)
    os.makedirs(a.out, exist_ok=True)
    for old in glob.glob(os.path.join(a.out, "c[0-9][0-9]_*.xlsx")) + glob.glob(os.path.join(a.out, "c[0-9][0-9]_*.expected.json")):
        os.remove(old)
    rng = random.Random(a.seed)
    cycles = make_cycles(rng)
    gen = TableGen(rng, cycles)
    dq = Cycle(rng, list(DEFECTS))
    summary = {"seed": a.seed, "files": 0, "tables": 0, "clean_tables": 0, "rules": {}, "defects": {}, "variants": {}}
    for i in range(1, a.n + 1):
        build_file(i, rng, cycles, gen, dq, a.out, summary)
        summary["files"] += 1
    summary["rules"] = {k: summary["rules"].get(k, 0) for k in ALL_RULES}
    summary["findings"] = sum(summary["rules"].values())
    summary["variants"] = dict(sorted(summary["variants"].items()))
    with open(os.path.join(a.out, "corpus-summary.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, ensure_ascii=False, indent=1)
        f.write("\n")
    missing = [k for k, v in summary["rules"].items() if v == 0]
    print("wrote %d workbooks, %d tables (%d clean), %d expected findings to %s" %
          (summary["files"], summary["tables"], summary["clean_tables"], summary["findings"], a.out))
    if missing:
        print("WARNING: rules with no planted finding:", ", ".join(missing))


if __name__ == "__main__":
    main()
