#!/usr/bin/python3
"""Workbooks in the layouts the provincial 预算管理一体化 systems print (one per digest of
shared/research/export-layouts/, each with a second region's plausible variations), clean and with
planted mistakes, and NAME.expected.json beside each: the tables a correct checker finds (sheet,
kind, name, range, the 三级 names of every indicator row it reads) and the complete list of its
findings (rule, sheet, cell; table-kinds.md / rules.md).

    /usr/bin/python3 test/corpus/make_layouts.py OUTDIR

A layout is written in the digests' own notation: "A+2v1" is a cell in column A merged 3 wide and
2 tall. The indicator rows follow the templates' loop: the 一级 and 二级 labels on the first row of
their group only (or, as a variation, repeated on every row, or merged down). Expectations are
stated per planted mistake at the cell the layout put it in; clean tables carry only what their
layout deserves (plan/missing where no 资金支出计划 is printed).
"""
import datetime
import json
import os
import re
import sys

from openpyxl import Workbook
from openpyxl.utils import column_index_from_string, get_column_letter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_corpus import A1, TITLE_FONT, Writer  # noqa: E402

YEAR = 2024
SPEC = re.compile(r"^([A-Z]+)(?:\+(\d+))?(?:v(\d+))?$")


def span(spec, r):
    """'C+5v1' at row r → (row, col, last row, last col)."""
    m = SPEC.match(spec)
    c = column_index_from_string(m.group(1))
    return r, c, r + int(m.group(3) or 0), c + int(m.group(2) or 0)


class Sheet:
    """Rows written one after another in the digests' notation; remembers where each key landed."""

    def __init__(self, ws, left=0):
        self.w = Writer(ws)
        self.ws = ws
        self.r = 1
        self.left = left  # columns to shift everything right by (content beside, on the left)
        self.at = {}
        self.width = 0

    def shift(self, spec):
        m = SPEC.match(spec)
        col = get_column_letter(column_index_from_string(m.group(1)) + self.left)
        return col + spec[len(m.group(1)):]

    def row(self, *cells, keys=None, fmt=None):
        """cells: spec, value, spec, value…; keys: {spec: key} to remember; fmt: {spec: number format}."""
        for spec, value in zip(cells[0::2], cells[1::2]):
            r, c, r2, c2 = span(self.shift(spec), self.r)
            font = TITLE_FONT if value is not None and isinstance(value, str) and re.search(r"表(（|$)", value) and self.r <= 2 else None
            self.w.put(r, c, value, c2=c2, r2=r2, numfmt=(fmt or {}).get(spec), font=font)
            self.width = max(self.width, c2)
            key = keys and (keys.get(spec) or keys.get(re.sub(r"v\d+$", "", spec)))
            if key:
                self.at[key] = A1(r, c)
        self.r += 1

    def skip(self, n=1):
        self.r += n


# ---- content ---------------------------------------------------------------------------------

def ind(l1, l2, name, sign, value, unit):
    return {"l1": l1, "l2": l2, "name": name, "sign": sign, "value": value, "unit": unit, "basis": "工作计划"}


def clean_indicators():
    return [
        ind("产出指标", "数量指标", "培训人数", "≥", 300, "人"),
        ind("产出指标", "质量指标", "培训合格率", "≥", 95, "%"),
        ind("产出指标", "时效指标", "培训完成时间", "≤", 12, "个月"),
        ind("产出指标", "成本指标", "人均培训成本", "≤", 1500, "元"),
        ind("效益指标", "社会效益指标", "就业技能提升", "定性", "明显提升", ""),
        ind("满意度指标", "服务对象满意度指标", "学员满意度", "≥", 90, "%"),
    ]


def joined(i):
    """The 指标值 as one text: "≥300人", "明显提升"."""
    if i["sign"] == "定性":
        return str(i["value"])
    return "%s%s%s" % (i["sign"], i["value"], i["unit"])


def indicator_rows(sh, inds, cells, mode="once", keys=None):
    """One row per indicator; cells(i, first1, first2, k) → [spec, value, …], the 一级 cell first when
    first1; keys(k) → {spec: key} to remember. mode: "once" (一级/二级 on the first row of their
    group, as the templates print), "repeat" (on every row), "merge" (一级 merged down its group)."""
    size = {}
    for i in inds:
        size[i["l1"]] = size.get(i["l1"], 0) + 1
    prev1 = prev2 = None
    for k, i in enumerate(inds):
        first1 = i["l1"] != prev1
        first2 = first1 or i["l2"] != prev2
        prev1, prev2 = i["l1"], i["l2"]
        cs = list(cells(i, True, True, k) if mode == "repeat" else cells(i, first1, first2, k))
        if mode == "merge" and first1 and size[i["l1"]] > 1:
            cs[0] += "v%d" % (size[i["l1"]] - 1)
        sh.row(*cs, keys=(keys(k) if keys else None))


# ---- layouts ---------------------------------------------------------------------------------
# Each writes one table from row sh.r and returns (table, findings). `v` holds the variation:
# header wording, label mode, money, planted mistakes ("defects": value defects on indicators;
# "more": other findings by remembered key).

DEFECT = {
    # name: (indicator index, field changes, rule)
    "satisfaction-low": (5, {"value": 70}, "indicator/satisfaction-low"),
    "percent-out-of-range": (1, {"value": 105}, "indicator/percent-out-of-range"),
    "placeholder": (0, {"value": "XX"}, "indicator/value-placeholder"),
    "unit-missing": (0, {"unit": ""}, "indicator/unit-missing"),
    "value-empty": (4, {"value": None, "sign": None}, "indicator/value-empty"),
    "cost-lower-bound": (3, {"sign": "≥", "value": 5, "unit": "万元"}, "indicator/cost-lower-bound"),
}


def planted(v):
    inds = clean_indicators()
    if v.get("no-timeliness"):
        del inds[2]
    found = []
    for d in v.get("defects", []):
        k, change, rule = DEFECT[d]
        k -= 1 if v.get("no-timeliness") and k > 2 else 0
        inds[k].update(change)
        found.append((rule, ("value", k)))
    if v.get("no-timeliness"):
        found.append(("indicator/missing-level2", "l1-output"))
    if v.get("date"):
        # the deadline as a real date (a 时效 value; its year is the budget year's)
        inds[2].update(name="培训完成时限", sign=None, value=datetime.date(v["date"], 12, 31), unit="")
        if v["date"] != YEAR:
            found.append(("indicator/deadline-year", ("value", 2)))
    if v.get("money-text"):
        v["money"] = tuple(("%.2f" % x if not isinstance(x, list) else ["%.2f" % y for y in x]) for x in v.get("money", ()))
    return inds, found


def shown(i):
    if isinstance(i["value"], datetime.date):
        return i["value"]
    return joined(i) if i["value"] is not None else None


def value_keys(spec, l1spec=None):
    def keys(k):
        out = {spec: ("value", k)}
        if l1spec:
            out[l1spec] = "l1-output" if k == 0 else ("l1", k)
        return out
    return keys


class Table:
    """Collects what a layout function wrote: its first row, findings and indicator names."""

    def __init__(self, sh, ws, v, name):
        self.sh, self.ws, self.v, self.name = sh, ws, v, name
        self.top = sh.r
        self.found = []
        self.names = []
        self.right = None
        self.kind = "project"

    def expect(self, kind="project", plan_missing=True, bottom=None, extra=()):
        sh, ws = self.sh, self.ws
        first = A1(self.top, 1 + sh.left)
        out = [{"rule": rule, "sheet": ws.title, "cell": sh.at[key]} for rule, key in self.found]
        if plan_missing and kind == "project":
            out.append({"rule": "plan/missing", "sheet": ws.title, "cell": first})
        for rule, key in self.v.get("more", []):
            out.append({"rule": rule, "sheet": ws.title, "cell": first if key == "first" else sh.at[key]})
        out.extend({"rule": rule, "sheet": ws.title, "cell": first if cell == "first" else cell} for rule, cell in extra)
        table = {"sheet": ws.title, "kind": kind, "name": self.name,
                 "range": "%s:%s" % (first, A1(bottom or self.bottom, self.right or sh.width)), "indicators": self.names}
        return table, out


def header_words(v):
    return v.get("h3", "三级指标"), v.get("hv", "指标值")


def label_column_block(sh, t, v, head, l2, name, value, extra=lambda i, k: []):
    """The header (一级 in B, then `head`'s further spec, text pairs) and the indicator rows, with a
    绩 效 指 标 label in column A merged down over them all, as 安徽 and 天津 print it; extra(i, k):
    further spec, value pairs of a row."""
    inds, t.found = planted(v)
    top = sh.r
    sh.row("A", "绩 效 指 标", "B", *head)
    indicator_rows(sh, inds, lambda i, f1, f2, k: (["B", i["l1"]] if f1 else []) + ([l2, i["l2"]] if f2 else []) + [name, i["name"], value, shown(i)] + extra(i, k),
                   v.get("mode", "once"), value_keys(value, "B"))
    sh.ws.merge_cells("%s:%s" % (A1(top, 1 + sh.left), A1(sh.r - 1, 1 + sh.left)))
    t.names, t.bottom = [i["name"] for i in inds], sh.r - 1


def ah_approval(ws, sh, v):
    """安徽 ahpfxmdcmb: 10 columns, 项目资金 （万元） v3 with 年度资金总额 and its parts, 年度 目标,
    绩 效 指 标 | 一级 指标 | 二级 (C:D) | 三级 (E:F) | 指标值 (G:J)."""
    t = Table(sh, ws, v, v.get("name", "农村饮水安全巩固提升"))
    h3, hv = header_words(v)
    sh.row("A+9", v.get("title", "项目支出绩效批复表"))
    sh.row("A+9", "（%s年度）" % YEAR)
    sh.row("A+2", "项目名称", "D+6", t.name)
    sh.row("A+2", "主管部门及代码", "D+2", "[101]县水利局", "G+1", "实施单位", "I+1", "县农村供水站")
    sh.row("A+2", "项目来源", "D+2", "本级安排", "G+1", "项目期", "I+1", "1年")
    total, parts = v.get("money", (120, [100, 20, 0]))
    sh.row("A+2v3", "项目资金 （万元）", "D+2", "年度资金总额：", "G+3", total, keys={"G+3": "total"})
    for label, x in zip(["其中：财政拨款", "上年结转", "其他资金"], parts):
        sh.row("D+2", label, "G+3", x)
    sh.row("A", "年度 目标", "B+8", v.get("goal", "巩固提升农村饮水安全，新建改造供水管网50公里，水质达标率95%以上。"), keys={"B+8": "goal"})
    if v.get("adjust"):
        # 安徽 ahxmmbtzb 调整表: 数据 状态 | 三级 | 指标值 | 调整后指标值 (the value is the one after the change)
        before = clean_indicators()
        label_column_block(sh, t, v, ["一级 指标", "C+1", "二级指标", "E", "数据 状态", "F", "三级指标", "G+1", "指标值", "I+1", "调整后指标值"], "C+1", "F", "I+1",
                           lambda i, k: ["E", "已调整" if i["value"] != before[k]["value"] else "未调整", "G+1", shown(before[k])])
    else:
        label_column_block(sh, t, v, ["一级 指标", "C+1", "二级指标", "E+1", h3, "G+3", hv], "C+1", "E+1", "G+3")
    return t


def ah_declare(ws, sh, v):
    """安徽 ahproindex: 8 columns, 中期资金总额 beside 年度资金总额, 总体目标 | years … | 年度目标 over
    the two goal texts, 绩效指标 | 一级 | 二级 | 三级 | 指标值 ‖ 二级 | 三级 | 指标值."""
    t = Table(sh, ws, v, v.get("name", "城区主干道维护"))
    sh.row("A+7", "部门预算财政支出绩效目标申报表")
    sh.row("A+7", "（  %s  年度）" % YEAR)
    sh.row("A+7", "填报单位（盖章）")
    sh.row("A+1", "项目名称", "C+5", t.name)
    sh.row("A+1", "实施单位", "C+5", "市政设施管理中心")
    sh.row("A+1", "项目属性", "C+5", "延续项目")
    y_total, y_parts = v.get("money", (100, [90, 10]))
    sh.row("A+1v2", "项目资金（万元）", "C+1", "中期资金总额：", "E", 300, "F+1", "年度资金总额：", "H", y_total, keys={"H": "total"})
    sh.row("C+1", "其中：财政拨款", "E", 270, "F+1", "其中：财政拨款", "H", y_parts[0])
    sh.row("C+1", "其他资金", "E", 30, "F+1", "其他资金", "H", y_parts[1])
    sh.row("Av1", "总体目标", "B+3", "%d-%d" % (YEAR, YEAR + 2), "F+2", "年度目标")
    sh.row("B+3", v.get("period_goal", "三年内完成城区主干道维护，道路完好率达到95%。"), "F+2", v.get("goal", "完成年度道路维护任务。"),
           keys={"B+3": "period_goal", "F+2": "goal"})
    inds, t.found = planted(v)
    sh.row("A", "绩效指标", "B", "一级指标", "C", "二级指标", "D", "三级指标", "E", "指标值", "F", "二级指标", "G", "三级指标", "H", "指标值")
    period = [dict(i) for i in clean_indicators()]
    if v.get("no-timeliness"):
        del period[2]
    indicator_rows(sh, inds, lambda i, f1, f2, k: (["B", i["l1"]] if f1 else []) + (["C", i["l2"]] if f2 else []) + ["D", period[k]["name"], "E", shown(period[k])]
                   + (["F", i["l2"]] if f2 else []) + ["G", i["name"], "H", shown(i)], "once", value_keys("H", "B"))
    t.names, t.bottom = [i["name"] for i in inds], sh.r - 1
    return t


def tj_target(ws, sh, v):
    """天津 tjxmjxmbb: 附件2, 政策及项目绩效目标表, 9 columns, 项目资金 （万元） v2 with its amount and
    three parts to the right, 绩效目标, 绩 效 指 标 | 一级 | 二级 | 三级 (D:F) | 指标值 (G:I), a 注 line."""
    t = Table(sh, ws, v, v.get("name", "社区养老服务补贴"))
    h3, hv = header_words(v)
    sh.row("A", "附件2")
    t.top = sh.r
    sh.row("A+8", "政策及项目绩效目标表")
    sh.row("A+8", "（%s年度）" % YEAR)
    sh.row("A+2", "项目名称", "D+5", t.name)
    sh.row("A+2", "主管预算部门", "D+1", "区民政局", "F+1", "项目实施单位", "H+1", "区养老服务中心")
    total, parts = v.get("money", (80, [50, 30, 0]))
    sh.row("A+2v2", "项目资金 （万元）", "D+1v2", total, "F+1", "其中：转移支付资金", "H+1", parts[0], keys={"D+1v2": "total"})
    sh.row("F+1", "区级资金", "H+1", parts[1])
    sh.row("F+1", "其他资金", "H+1", parts[2])
    sh.row("A", "绩效目标", "B+7", v.get("goal", "为辖区2000名老年人提供居家养老服务，提升老年人生活质量。"), keys={"B+7": "goal"})
    label_column_block(sh, t, v, ["一级指标", "C", "二级指标", "D+2", h3, "G+2", hv], "C", "D+2", "G+2")
    sh.row("A+8", "注：跨年度项目在编制年度绩效目标及指标的同时，还要同步编制实施期绩效目标及指标。")
    return t


def hb_declare(ws, sh, v):
    """湖北 hbprogoalandindex: 8 columns, 项目支出绩效目标申报表 v1, 资金来源 v5 with 资金总额(元)：
    and its parts, 年度总体目标 v1, 绩效指标 label | 一级 | 二级 | 三级 | 指标值 (E:G) | 说明."""
    t = Table(sh, ws, v, v.get("name", "职业技能提升补贴"))
    h3, hv = header_words(v)
    sh.row("A+7v1", v.get("title", "项目支出绩效目标申报表"))
    sh.skip()
    sh.row("A+7", "（%s年度）" % YEAR)
    sh.row("A+1", "项目名称", "C+5", t.name)
    sh.row("A+1", "主管部门及代码", "C+1", "[301]市人社局", "E+1", "实施单位", "G+1", "市就业服务中心")
    total, parts = v.get("money", (2000000, [1500000, 500000, 1000000, 500000]))
    sh.row("A+1v5", "资金来源", "C+5", "年度资金情况")
    sh.row("C+1", "资金总额(元)：", "E+3", total, keys={"E+3": "total"})
    for label, x in zip(["财政拨款", "其中：上级补助", "本级安排", "其他资金"], parts):
        sh.row("C+1", label, "E+3", x)
    sh.row("A+1v1", "年度总体目标", "C+5v1", v.get("goal", "完成职业技能培训3000人次，培训合格率95%以上。"), keys={"C+5v1": "goal"})
    sh.skip()
    inds, t.found = planted(v)
    head = sh.r
    sh.row("A", "绩          效                指                 标", "B", "一级指标", "C", "二级指标", "D", h3, "E+2", hv, "H", "说明")
    indicator_rows(sh, inds, lambda i, f1, f2, k: (["B", i["l1"]] if f1 else []) + (["C", i["l2"]] if f2 else []) + ["D", i["name"], "E+2", shown(i), "H", None],
                   v.get("mode", "once"), value_keys("E+2", "B"))
    if v.get("label-merged", True):
        sh.ws.merge_cells("%s:%s" % (A1(head, 1 + sh.left), A1(sh.r - 1, 1 + sh.left)))
    t.names, t.bottom = [i["name"] for i in inds], sh.r - 1
    return t


def info_split(ws, sh, v):
    """湖北 / generic 预算项目绩效信息表 (progoalandindex, hbproyeargoalandindex): 8 columns, 项目名称 |
    项目编码, 绩效目标 v1, 一级 | 二级 | *三级 | 指标值 over *符号 | *值 | 计量单位 | 备注 | 指标值说明,
    a 备注 line under; no money at all (table/missing-field)."""
    t = Table(sh, ws, v, v.get("name", "城乡居民医疗救助"))
    sh.row("A+7", v.get("title", "预算项目绩效信息表（预算编制阶段）"))
    sh.row("A", "项目名称", "B+2", t.name, "E", "项目编码", "F+2", "42010024000001")
    sh.row("Av1", "绩效目标", "B+6v1", v.get("goal", "对城乡困难群众实施医疗救助，救助对象政策范围内住院费用救助比例达到70%。"), keys={"B+6v1": "goal"})
    sh.skip()
    sh.row("Av1", "一级指标", "Bv1", "二级指标", "Cv1", "*三级指标", "D+2", "指标值", "Gv1", "备注（指标解释等）", "Hv1", "指标值说明（评分标准等）")
    sh.row("D", "*符号", "E", "*值", "F", "计量单位")
    inds, t.found = planted(v)
    indicator_rows(sh, inds, lambda i, f1, f2, k: (["A", i["l1"]] if f1 else []) + (["B", i["l2"]] if f2 else [])
                   + ["C", i["name"], "D", i["sign"], "E", i["value"], "F", i["unit"] or None, "G", None, "H", "按完成比例计分"],
                   v.get("mode", "once"), value_keys("E", "A"))
    t.names, t.bottom = [i["name"] for i in inds], sh.r - 1
    sh.row("A+7", "备注： 1.成本指标的三级指标系统已固化“项目或定额成本控制率”指标及指标值（=100%）等，不能删除这项指标。")
    return t


def hb_adjust(ws, sh, v):
    """湖北 hbproadjtotalgoalandindex 预算项目绩效信息表（项目变更阶段）: 9 columns, 调整说明, 调整前 and
    调整后总体绩效目标, 数据状态 | *三级 | 指标值 over *符号 | *调整前值 | 调整后值 | 计量单位 (the value is
    the one after the change); no money (table/missing-field)."""
    t = Table(sh, ws, v, v.get("name", "城乡居民医疗救助"))
    sh.row("A+8", "预算项目绩效信息表（项目变更阶段）")
    sh.row("A", "项目名称", "B+3", t.name, "F", "项目编码", "G+2", "42010024000002")
    sh.row("A", "调整说明", "B+7", "根据年度救助对象变化调整指标值。")
    sh.row("Av1", "调整前总体绩效目标", "B+7v1", "对城乡困难群众实施医疗救助，救助比例达到70%。")
    sh.skip()
    sh.row("A", "调整后总体绩效目标", "B+7", v.get("goal", "对城乡困难群众实施医疗救助，救助比例达到75%。"), keys={"B+7": "goal"})
    sh.row("Av1", "一级指标", "Bv1", "二级指标", "Cv1", "数据状态", "Dv1", "*三级指标", "E+3", "指标值", "Iv1", "指标值说明（评分标准等）")
    sh.row("E", "*符号", "F", "*调整前值", "G", "调整后值", "H", "计量单位")
    inds, t.found = planted(v)
    before = clean_indicators()
    indicator_rows(sh, inds, lambda i, f1, f2, k: (["A", i["l1"]] if f1 else []) + (["B", i["l2"]] if f2 else [])
                   + ["C", "已变更" if i["value"] != before[k]["value"] else "未变更", "D", i["name"], "E", i["sign"], "F", before[k]["value"], "G", i["value"], "H", i["unit"] or None, "I", "按完成比例计分"],
                   v.get("mode", "once"), value_keys("G", "A"))
    t.names, t.bottom = [i["name"] for i in inds], sh.r - 1
    return t


def bdg_year(ws, sh, v):
    """bdgyeargoalindexxls: 5 columns, 项目资金 （万元） v3 | 年度资金总额 | amount (D:E), 年度绩效目标
    as a heading row over the text row, 一级 | 二级 | 三级 (C:D) | 指标值."""
    t = Table(sh, ws, v, v.get("name", "中小学校舍维修改造"))
    h3, hv = header_words(v)
    sh.row("A+4", "项目支出绩效目标表")
    sh.row("A+4", "（%s年度）" % YEAR)
    sh.row("A+1", "项目名称", "C+2", t.name)
    sh.row("A+1", "主管部门及代码", "C", "205-县教育局", "D", "实施单位", "E", "县教育局")
    total, parts = v.get("money", (300, [260, 40, 0]))
    sh.row("A+1v3", "项目资金 （万元）", "C", "年度资金总额", "D+1", total, keys={"D+1": "total"})
    for label, x in zip(["其中：财政拨款", "其他资金", "上年结转"], parts):
        sh.row("C", label, "D+1", x)
    sh.row("A+4", "年度绩效目标")
    sh.row("A+4", v.get("goal", "完成12所中小学校舍维修改造，消除校舍安全隐患。"), keys={"A+4": "goal"})
    inds, t.found = planted(v)
    if v.get("seq"):
        # a 序号 column first, the 三级 one column wide
        sh.row("A", "序号", "B", "一级指标", "C", "二级指标", "D", h3, "E", hv)
        indicator_rows(sh, inds, lambda i, f1, f2, k: (["B", i["l1"]] if f1 else []) + (["C", i["l2"]] if f2 else []) + ["A", k + 1, "D", i["name"], "E", shown(i)],
                       v.get("mode", "once"), value_keys("E", "B"))
    else:
        sh.row("A", "一级指标", "B", "二级指标", "C+1", h3, "E", hv)
        indicator_rows(sh, inds, lambda i, f1, f2, k: (["A", i["l1"]] if f1 else []) + (["B", i["l2"]] if f2 else []) + ["C+1", i["name"], "E", shown(i)],
                       v.get("mode", "once"), value_keys("E", "A"))
    t.names, t.bottom = [i["name"] for i in inds], sh.r - 1
    return t


def program(ws, sh, v):
    """The generic program.txt: 9 columns, 项目资金 （元） v5 with 实施期资金总额 beside 年度资金总额,
    项目概况 … rows, 实施期目标 | 年度目标 over 总体目标, the two indicator blocks side by side, and a
    负责人 | 经办人 | 联系电话 | 填报日期 line."""
    t = Table(sh, ws, v, v.get("name", "农业产业化发展专项"))
    sh.row("A", "某市预算部门（单位）项目支出绩效目标表")
    sh.row("E+1", "（%s年度）" % YEAR)
    sh.row("A+2", "项目名称", "D+5", t.name)
    sh.row("A+2", "主管部门及代码", "D+1", "401-市农业农村局", "F+1", "实施单位", "H+1", "市农业技术推广中心")
    sh.row("A+2", "项目属性", "D+1", "新增项目", "F+1", "项目期", "H+1", "3年")
    y_total, y_parts = v.get("money", (1000000, [600000, 300000, 100000, 0]))
    sh.row("A+2v5", "项目资金 （元）", "D", "实施期资金总额：", "E", 3000000, "F+1", "年度资金总额：", "H+1", y_total, keys={"H+1": "total"})
    for label, p, x in zip(["其中：中央财政资金", "省级财政资金", "市县（区）财政资金", "单位自筹"], [1800000, 900000, 300000, 0], y_parts):
        sh.row("D", label, "E", p, "F+1", label, "H+1", x)
    sh.row("D", "其他资金", "F+1", "其他资金")
    for label, text in [("项目概况", "支持农业龙头企业发展。"), ("立项依据", "市委一号文件。"), ("项目设立必要性", "促进农民增收。"),
                        ("保证项目实施的制度、措施", "专账核算。"), ("项目实施计划", "分三年实施。")]:
        sh.row("A+2", label, "D+5", text)
    sh.row("A+5", "实施期目标", "G+2", "年度目标")
    sh.row("A", "总体目标", "B+4", v.get("period_goal", "三年内扶持龙头企业30家，带动农户增收。"), "G+2", v.get("goal", "年度扶持龙头企业10家。"),
           keys={"B+4": "period_goal", "G+2": "goal"})
    inds, t.found = planted(v)
    sh.row("A", "绩效指标", "B", "一级指标", "C", "二级指标", "D", "三级指标", "E+1", "指标值", "G", "二级指标", "H", "三级指标", "I", "指标值")
    period = clean_indicators()
    if v.get("no-timeliness"):
        del period[2]
    indicator_rows(sh, inds, lambda i, f1, f2, k: (["B", i["l1"]] if f1 else []) + (["C", i["l2"]] if f2 else []) + ["D", period[k]["name"], "E+1", shown(period[k])]
                   + (["G", i["l2"]] if f2 else []) + ["H", i["name"], "I", shown(i)], "once", value_keys("I", "B"))
    t.names, t.bottom = [i["name"] for i in inds], sh.r - 1
    sh.row("A", "负责人：", "B", "张三", "C", "经办人：", "D", "李四", "E+1", "联系电话：", "G", "12345678", "H", "填报日期：", "I", "%d-01-15" % YEAR)
    return t


def hb_grouped(ws, sh, v):
    """湖北 项目申报表 with the 年度绩效目标表 printed per goal: 目标N | its text, then the indicator
    header, then that goal's rows (a repeat of the header for each goal)."""
    t = Table(sh, ws, v, v.get("name", "公共就业服务能力提升"))
    sh.row("A+7", "项目申报表")
    sh.row("A+7", "单位: 万元")
    sh.row("A+2", "项目名称", "D+4", t.name)
    sh.row("A+2", "项目主管部门", "D+1", "市人社局", "F", "项目执行单位", "G+1", "市就业局")
    total, parts = v.get("money", (500, [400, 350, 0, 0, 100, 0]))
    sh.row("A+2v7", "项目资金来源", "D+2", "来源项目", "G+1", "金额")
    sh.row("D+2", "合计", "G+1", total, keys={"G+1": "total"})
    for label, x in zip(["一般公共预算财政拨款", "其中：申请当年预算拨款", "政府性基金预算财政拨款", "财政专户管理资金", "单位资金", "其中：使用上年度财政拨款结转"], parts):
        sh.row("D+2", label, "G+1", x)
    groups = [("目标1", "开展公共就业服务，城镇新增就业5000人。", "A"), ("目标2", v.get("goal2", "提升就业服务信息化水平。"), "B")]
    t.found, t.names = [], []
    base = 0
    for label, text, tag in groups:
        sh.row("A+1", label, "C+5", text, keys={"C+5": ("goal", label)})
        sh.row("A", "一级指标", "B", "二级指标", "C+1", "三级指标", "E+1", "指标值", "G+1", "指标值确定依据")
        inds = [dict(i, name=tag + i["name"]) for i in clean_indicators()]
        for d in v.get("defects", []) if tag == "B" else []:
            k, change, rule = DEFECT[d]
            inds[k].update(change)
            t.found.append((rule, ("value", base + k)))
        indicator_rows(sh, inds, lambda i, f1, f2, k: (["A", i["l1"]] if f1 else []) + (["B", i["l2"]] if f2 else []) + ["C+1", i["name"], "E+1", shown(i), "G+1", i["basis"]],
                       v.get("mode", "once"), lambda k, base=base: {"E+1": ("value", base + k)})
        base += len(inds)
        t.names += [i["name"] for i in inds]
    t.bottom = sh.r - 1
    return t


def actual_of(i):
    """An actual value that meets its target."""
    better = {"≥": 1.05, "≤": 0.95}
    if i["sign"] in better:
        x = i["value"] * better[i["sign"]]
        return "%s%s" % (int(x) if i["unit"] != "%" else min(int(x), 100), i["unit"])
    return i["value"]


SELF_WEIGHTS = [20, 20, 10, 10, 20, 10]   # with the money's 10, 100


def attachment_heading(sh, t, attachment, width, title, name):
    """附件1 over the title (the table starts at its title), the year line, 项目名称 | its name."""
    sh.row(attachment, "附件1")
    t.top = sh.r
    sh.row(width, title)
    sh.row(width, "（%s年度）" % YEAR)
    sh.row("A+2", "项目名称", name, t.name)


def self_scores(t, v, weights=SELF_WEIGHTS):
    """The indicators, their 得分 and 实际完成值 with v's planted 自评 mistakes (keys "score", "actual",
    "rate", "total" for the layout to remember)."""
    inds = clean_indicators()
    scores = list(weights)
    actual = [actual_of(i) for i in inds]
    for d in v.get("defects", []):
        if d == "score-over-weight":
            scores[0] = 25
            t.found.append(("selfeval/score-over-weight", ("score", 0)))
        elif d == "actual-empty":
            actual[5] = None
            t.found.append(("selfeval/actual-empty", ("actual", 5)))
        elif d == "execution-rate":
            t.found.append(("selfeval/execution-rate", "rate"))
        elif d == "total-mismatch":
            t.found.append(("selfeval/total-mismatch", "total"))
    t.names = [i["name"] for i in inds]
    t.kind = "self-evaluation"
    return inds, scores, actual


def self_total(scores, v, money=9.5):
    return money + sum(scores) + (5 if "total-mismatch" in v.get("defects", []) else 0)


def tj_dept_self(ws, sh, v):
    """天津 tjdeptselfevalxls 整体支出绩效自评表 (a self-evaluation named by its 部门名称): 10 columns,
    附件2, 部门预算金额（万元） v4 over 资金分类 | 年初预算数 | 全年预算数（A） | 全年执行数（B） | 分值 |
    得分 | 执行率（B/A） | 偏差原因, 财政拨款 v1 split into 基本支出 / 项目支出, the 年度绩效目标完成情况
    rows, 年度指标完成情况 | 一级 … | 得分 | 偏差原因 (I:J) with the goal's name in A, 总 分, 自评结论."""
    t = Table(sh, ws, v, v.get("name", "区民政局"))
    sh.row("A", "附件2")
    t.top = sh.r
    sh.row("A+9", "整体支出绩效自评表")
    sh.row("A+9", "（%s年度）" % YEAR)
    sh.row("A", "部门名称", "B+8", t.name)
    rate = "98.00%" if "execution-rate" in v.get("defects", []) else "95.00%"
    sh.row("Av4", "部门                     预算                     金额                     （万元）", "B+1", "资金分类", "D", "年初预算数",
           "E", "全年预算数（A）", "F", "全年执行数（B）", "G", "分值", "H", "得分", "I", "执行率                     （B/A）", "J", "偏差原因分析及改进措施")
    sh.row("B+1", "总额", "D", 100, "E", 100, "F", 95, "G", 10, "H", 9.5, "I", rate, "J", "-", keys={"I": "rate"})
    sh.row("Bv1", "财政拨款", "C", "基本支出", "D", 60, "E", 60, "F", 57, "G", "-", "H", "-", "I", "-")
    sh.row("C", "项目支出", "D", 30, "E", 30, "F", 28.5, "G", "-", "H", "-", "I", "-")
    sh.row("B+1", "其他资金", "D", 10, "E", 10, "F", 9.5, "G", "-", "H", "-", "I", "-")
    sh.row("A", "年度                     绩效                     目标                     完成                     情况", "B", "目标                     序号",
           "C+2", "年度绩效目标", "F+3", "实际完成情况", "J", "偏差原因分析及改进措施")
    sh.row("B", 1, "C+2", "提升养老服务能力，保障困难群众基本生活。", "F+3", "服务老年人2100名，救助困难群众500人。")
    sh.row("A", "年度指标完成情况", "B", "一级                     指标", "C", "二级指标", "D", "三级指标", "E", "年度指标值", "F", "实际完成值", "G", "分值",
           "H", "得分", "I+1", "偏差原因分析及                     改进措施")
    inds, scores, actual = self_scores(t, v)
    indicator_rows(sh, inds, lambda i, f1, f2, k: (["A", "目标1"] if k == 0 else []) + (["B", i["l1"]] if f1 else []) + (["C", i["l2"]] if f2 else [])
                   + ["D", i["name"], "E", joined(i), "F", actual[k], "G", SELF_WEIGHTS[k], "H", scores[k], "I+1", None],
                   "once", lambda k: {"H": ("score", k), "F": ("actual", k)})
    sh.row("A+5", "总 分", "G", 100, "H", self_total(scores, v), keys={"H": "total"})
    sh.row("A+2", "整体支出绩效自评结论", "D+6", "优")
    t.bottom = sh.r - 1  # the 结论 is a row of the form (no signature or note line)
    return t


ZJ_WEIGHTS = [20, 20, 20, 10, 20, 10]   # no money score: the indicators' weights make the 100


def zj_dept_self(ws, sh, v):
    """浙江 zjdeptperfself 部门整体绩效自评表 (v["project"]: zjxmperfself 项目支出绩效自评表, 主管部门 |
    预算单位, the three text rows above the indicators): 10 columns, 部门名称, 项目资金 （万元） over 资金来源 |
    年初预算数 | 调整后预算数 (A) | 全年执行数 (B, H:I) | 执行率 (B/A) and no money score, 年度总体目标
    over 预期目标 | 实际完成情况, 一级 and 二级 labels carrying their weights ("产出指标(70分)"), 权重 |
    得分, 总  分, then 自评结论 and three text rows."""
    project = v.get("project")
    t = Table(sh, ws, v, v.get("name", "非遗保护传承专项" if project else "省文化和旅游厅"))
    sh.row("A+9", "项目支出绩效自评表" if project else "部门整体绩效自评表")
    sh.row("A+9", "（ %s 年度）" % YEAR)
    sh.row("A+1", "项目名称" if project else "部门名称", "C+7", t.name)
    if project:
        sh.row("A+1", "主管部门", "C+3", "005-省文化和旅游厅", "G", "预算单位", "H+2", "005001-省非遗保护中心")
    sh.row("A+1v3", "项目资金 （万元）", "C+1v1", "资金来源", "E+1v1", "年初预算数", "G", "调整后预算数", "H", "全年执行数", "I", "全年执行数(其他)", "J", "执行率")
    sh.row("G", "(A)", "H+1", "(B)", "J", "(B/A)")
    sh.row("C+1", "资金总额", "E+1", 500, "G", 500, "H", 450, "I", 0, "J", "90.00%")
    sh.row("C+1", "财政拨款", "E+1", 500, "G", 500, "H", 450, "I", 0, "J", "90.00%")
    sh.row("A+1v1", "年度总体目标", "C+3", "预期目标", "G+3", "实际完成情况")
    sh.row("C+3", "繁荣文化事业，推动文旅融合发展。", "G+3", "全年举办惠民演出200场。")
    texts = ["目标偏离原因分析", "整改措施及建议", "其他需说明的问题"] if project else []
    for label in texts:  # the 项目 form asks for them above its indicators
        sh.row("A+1", label, "C+7", "无")
    sh.row("A", "绩效指标", "B", "一级指标", "C", "二级指标", "D+1", "三级指标", "F", "年度指标值", "G+1", "实际完成值", "I", "权重", "J", "得分")
    inds, scores, actual = self_scores(t, v, ZJ_WEIGHTS)
    l1w = {}
    for i, w in zip(inds, ZJ_WEIGHTS):
        l1w[i["l1"]] = l1w.get(i["l1"], 0) + w
    indicator_rows(sh, inds, lambda i, f1, f2, k: (["B", "%s(%d分)" % (i["l1"], l1w[i["l1"]])] if f1 else []) + (["C", "%s(%d分)" % (i["l2"], ZJ_WEIGHTS[k])] if f2 else [])
                   + ["D+1", i["name"], "F", joined(i), "G+1", actual[k], "I", ZJ_WEIGHTS[k], "J", scores[k]],
                   "once", lambda k: {"J": ("score", k), "G+1": ("actual", k)})
    sh.row("A+7", "总  分", "I", 100, "J", self_total(scores, v, 0), keys={"J": "total"})
    sh.row("A+2", "自评结论", "D+3", "优", "H+2", "总分高于90分（含）的结论为“优”，90～80分（含）为“良”，80～60分（含）为“中”，低于60分为“差”。")
    for label in [] if project else ["绩效目标偏离原因分析", "整改措施及建议", "其他需说明问题"]:
        sh.row("A+2", label, "D+6", "无")
    t.bottom = sh.r - 1
    return t


def hb_self_dc(ws, sh, v):
    """湖北 hbxmzczpdc 项目自评表: 8 columns, the year before the title, 单位名称： | 填报日期：, ticked
    项目类别 / 属性 / 类型 lines, 预算执行情况 （万元） （20分） over 预算数 | 调整预算数（A） | 执行数 （B）
    | 执行率 （B/A）, the goal ("目标1（…）") heading the indicator header's first column, 年初目标值
    （A） | 实际完成值（B） and no scores, then two text rows."""
    dept = v.get("dept")
    t = Table(sh, ws, v, v.get("name", "省民政厅" if dept else "中小企业发展专项"))
    sh.row("A+7v1", "%d年度%s自评表" % (YEAR, "部门整体绩效" if dept else "项目"))
    sh.skip()
    if dept:
        # hbbmztzpdc: the unit named in the letterhead and again, 基本 | 项目支出总额, the goal's
        # weight in its row, 得分 after 实际完成值
        sh.row("A+5", "单位名称：" + t.name, "G", "填报日期：", "H", "%d-03-01" % (YEAR + 1))
        sh.row("A+1", "单位名称", "C+5", t.name)
        sh.row("A+1", "基本支出总额", "C+2", 300, "F", "项目支出总额", "G+1", 200)
    else:
        sh.row("A+1", "单位名称：", "C+3", "省经信厅", "G", "填报日期：", "H", "%d-03-01" % (YEAR + 1))
        sh.row("A+1", "项目名称", "C+5", t.name)
        sh.row("A+1", "主管部门", "C+2", "省经信厅", "F", "项目实施单位", "G+1", "省中小企业服务中心")
        sh.row("A+1", "项目类别", "C+5", "1、部门预算项目 √   2、省直专项   □   3、省对下转移支付项目 □")
        sh.row("A+1", "项目属性", "C+5", "1、持续性项目 √   2、新增性项目 □")
        sh.row("A+1", "项目类型", "C+5", "1、常年性项目   √   2、延续性项目 □        3、一次性项目 □")
    rate = "98.00%" if "execution-rate" in v.get("defects", []) else "95.00%"
    sh.row("A+1v2", "预算执行情况 （万元） （20分）", "D", "预算数", "E", "调整预算数（A）", "F", "执行数 （B）", "G+1", "执行率 （B/A）")
    sh.row("C", "部门整体支出总额" if dept else "年度财政资金总额", "D", 100, "E", 100, "F", 95, "G+1", rate, keys={"G+1": "rate"})
    sh.row("C", "财政拨款", "D", 100, "E", 100, "F", 95, "G+1", "95.00%")
    inds, scores, actual = self_scores(t, v)
    goal = "目标1（扶持中小企业200家）"
    if dept:
        goal = "目标1"
        sh.row("A+1", "目标1： （80分）", "C+5", "保障困难群众基本生活。")
    sh.row("A", goal, "B", "一级 指标", "C", "二级指标", "D+1", "三级指标", "F", "年初目标值 （A）", "G" if dept else "G+1", "实际完成值（B）", *(["H", "得分"] if dept else []))
    indicator_rows(sh, inds, lambda i, f1, f2, k: (["B", i["l1"]] if f1 else []) + (["C", i["l2"]] if f2 else []) + ["D+1", i["name"], "F", joined(i)]
                   + (["G", actual[k], "H", scores[k]] if dept else ["G+1", actual[k]]),
                   "once", lambda k: {"G" if dept else "G+1": ("actual", k)})
    sh.row("A+1", "偏差大或目标未完成原因分析", "C+5", "无")
    sh.row("A+1", "改进措施及结果应用方案", "C+5", "加强项目跟踪管理。")
    t.bottom = sh.r - 1
    return t


def ah_dept_self(ws, sh, v):
    """安徽 ahbmztzpmb 部门（单位）整体支出绩效自评表: 12 columns, the year in the title, 年度 主要 任务
    完成 情况 over 任务名称 | 完成情况 | 全年预算数 （A，万元） and 全年执行数 （B，万元） each with 其中：
    财政拨款 under it | 分值 | 执行率 （B/A) | 得分, a 金额合计 row with the money's 分值 and 得分, 年初设定
    目标 | 年度总体目标完成情况综述, indicators 分值 before 年度指标值 | 全年实际值 | 得分 | 评价得分说明 (J:L)."""
    t = Table(sh, ws, v, v.get("name", "001-省农业农村厅"))
    sh.row("A+11", "部门（单位）整体支出绩效自评表 （%s年度）" % YEAR)
    sh.row("A+1", "部门（单位）名称", "C+9", t.name)
    top = sh.r
    sh.row("A", "年度 主要 任务 完成 情况", "Bv1", "任务名称", "C+2v1", "完成情况", "Fv1", "全年预算数 （A，万元）", "Hv1", "全年执行数 （B，万元）", "Jv1", "分值",
           "Kv1", "执行率 （B/A)", "Lv1", "得分")
    sh.row("G", "其中： 财政拨款", "I", "其中： 财政拨款")
    for task, a, a1, b, b1 in [("高标准农田建设", 600, 600, 570, 570), ("农业技术推广", 400, 300, 380, 285)]:
        sh.row("B", task, "C+2", "已完成", "F", a, "G", a1, "H", b, "I", b1, "J", "-", "L", "-")
    rate = "98.00%" if "execution-rate" in v.get("defects", []) else "95.00%"
    sh.row("B+3", "金额合计", "F", 1000, "G", 900, "H", 950, "I", 855, "J", 10, "K", rate, "L", 9.5, keys={"K": "rate"})
    sh.ws.merge_cells("%s:%s" % (A1(top, 1 + sh.left), A1(sh.r - 1, 1 + sh.left)))
    sh.row("Av2", "年度 总体 目标 完成 情况", "B+5", "年初设定目标", "H+4", "年度总体目标完成情况综述")
    sh.row("B+5v1", "推进农业现代化，保障粮食安全。", "H+4", "全年完成高标准农田建设10万亩。")
    sh.row("H+4", "整改的措施与建议:无")
    inds, scores, actual = self_scores(t, v)
    sh.row("A", "年度 绩效 指标 完成 情况", "B", "一级指标", "C+1", "二级指标", "E", "三级指标", "F", "分值", "G", "年度指标值", "H", "全年实际值", "I", "得分", "J+2", "评价得分说明")
    indicator_rows(sh, inds, lambda i, f1, f2, k: (["B", i["l1"]] if f1 else []) + (["C+1", i["l2"]] if f2 else [])
                   + ["E", i["name"], "F", SELF_WEIGHTS[k], "G", joined(i), "H", actual[k], "I", scores[k], "J+2", None],
                   "once", lambda k: {"I": ("score", k), "H": ("actual", k)})
    sh.row("A+4", "总分", "F", 100)
    t.bottom = sh.r - 1
    return t


def tj_self(ws, sh, v):
    """天津 tjhfxmjxmbsbb 项目支出绩效自评表: 11 columns, money rows 年初预算数 | 全年预算数 | 全年执行数
    | 分值 | 得分 | 执行率 | 偏差原因, 年度总体目标 over 预期目标 | 实际完成情况, indicators 年度指标值 |
    实际完成值 | 分值 | 得分 | 偏差原因 (J:K), a 总分 row."""
    t = Table(sh, ws, v, v.get("name", "社区养老服务补贴"))
    attachment_heading(sh, t, "A+1", "A+10", "项目支出绩效自评表", "D+7")
    sh.row("A+2", "主管部门", "D+1", "区民政局", "F", "项目实施单位", "G+4", "区养老服务中心")
    rate = v.get("rate", "95.00%")
    sh.row("A+2v4", "项目资金 （万元）", "E", "年初预算数", "F", "全年预算数", "G", "全年执行数", "H", "分值", "I", "得分", "J", "执行率", "K", "偏差原因分析及改进措施")
    sh.row("D", "年度资金总额：", "E", 100, "F", 100, "G", 95, "H", 10, "I", 9.5, "J", rate, "Kv3", None, keys={"J": "rate"})
    for label, a, b, c, r in [("其中：转移支付资金", 60, 60, 57, "95.00%"), ("区级资金", 40, 40, 38, "95.00%"), ("其他资金", 0, 0, 0, None)]:
        sh.row("D", label, "E", a, "F", b, "G", c, "H", "—", "I", "—", "J", r)
    sh.row("Av1", "年度总体目标", "B+4", "预期目标", "G+4", "实际完成情况")
    sh.row("B+4", "为辖区2000名老年人提供居家养老服务。", "G+4", "服务老年人2100名。")
    sh.row("A", "绩效指标", "B", "一级 指标", "C", "二级指标", "D+1", "三级指标", "F", "年度指标值", "G", "实际完成值", "H", "分值", "I", "得分", "J+1", "偏差原因分析及改进措施")
    inds, scores, actual = self_scores(t, v)
    head = sh.r - 1
    indicator_rows(sh, inds, lambda i, f1, f2, k: (["B", i["l1"]] if f1 else []) + (["C", i["l2"]] if f2 else [])
                   + ["D+1", i["name"], "F", joined(i), "G", actual[k], "H", SELF_WEIGHTS[k], "I", scores[k], "J+1", None],
                   "once", lambda k: {"I": ("score", k), "G": ("actual", k)})
    sh.ws.merge_cells("%s:%s" % (A1(head, 1 + sh.left), A1(sh.r - 1, 1 + sh.left)))
    sh.row("A+6", "总分", "H", 100, "I", self_total(scores, v), keys={"I": "total"})
    t.bottom = sh.r - 1
    return t


def tj_monitor(ws, sh, v):
    """天津 tjprogoalmoni 项目支出绩效目标执行监控表: 17 columns, money 年初预算数 | 调整预算数 | 1-6月
    执行数 | 1-6月执行率 | 全年预计执行数, indicators with ticked 偏差原因 and 完成目标可能性 under a
    two-row header, then 填报人员信息 and 注 lines."""
    t = Table(sh, ws, v, v.get("name", "老旧小区改造"))
    attachment_heading(sh, t, "A+16", "A+16", "项目支出绩效目标执行监控表", "D+13")
    sh.row("A+2", "主管预算部门", "D+2", "[301]区住建委", "G", "项目实施单位", "H+9", "区房屋管理中心")
    sh.row("A+2v4", "项目资金（万元）", "F+1", "年初预算数", "H+2", "调整预算数", "K+2", "1-6月执行数", "N+1", "1-6月执行率", "P+1", "全年预计执行数")
    forecast = 210 if "forecast-over-budget" in v.get("defects", []) else 200
    rate = "65.00%" if "execution-rate" in v.get("defects", []) else "60.00%"
    sh.row("D+1", "年度资金总额：", "F+1", 200, "H+2", 200, "K+2", 120, "N+1", rate, "P+1", forecast, keys={"N+1": "rate", "P+1": "forecast"})
    for label, a, b, c, r, f in [("其中：转移支付资金", 120, 120, 72, "60.00%", 120), ("区级资金", 80, 80, 48, "60.00%", 80), ("其他资金", 0, 0, 0, None, 0)]:
        sh.row("D+1", label, "F+1", a, "H+2", b, "K+2", c, "N+1", r, "P+1", f)
    if "execution-rate" in v.get("defects", []):
        t.found.append(("monitor/execution-rate", "rate"))
    if "forecast-over-budget" in v.get("defects", []):
        t.found.append(("monitor/forecast-over-budget", "forecast"))
    sh.row("A", "年度总体目标", "B+15", "完成老旧小区改造12个，惠及居民3000户。")
    head = sh.r
    sh.row("A", "绩效指标", "Bv1", "一级指标", "Cv1", "二级指标", "Dv1", "三级指标", "Ev1", "年度指标值", "Fv1", "1-6月执行情况", "Gv1", "全年预计完成情况",
           "H+5", "偏差原因分析", "N+2", "完成目标可能性", "Qv1", "备注")
    sh.row("H", "经费 保障", "I", "制度 保障", "J", "人员 保障", "K", "硬件条 件保障", "L", "其他", "M", "原因 说明", "N", "确定能", "O", "有可能", "P", "完全不可能")
    inds = clean_indicators()
    unsure = 1 if "deviation-reason-missing" in v.get("defects", []) else None
    if unsure is not None:
        t.found.append(("monitor/deviation-reason-missing", ("reason", unsure)))
    indicator_rows(sh, inds, lambda i, f1, f2, k: (["B", i["l1"]] if f1 else []) + (["C", i["l2"]] if f2 else [])
                   + ["D", i["name"], "E", joined(i), "F", "按进度推进", "G", actual_of(i), "M", None, "O" if k == unsure else "N", "√"],
                   v.get("mode", "once"), lambda k: {"M": ("reason", k)})
    sh.ws.merge_cells("%s:%s" % (A1(head, 1 + sh.left), A1(sh.r - 1, 1 + sh.left)))
    t.names, t.bottom = [i["name"] for i in inds], sh.r - 1
    sh.row("A", "填报人员信息", "B+1", "姓名", "D+1", "职务", "F+11", "工作单位及部门")
    sh.row("B+1", "王某", "D+1", "科员", "F+11", "区房屋管理中心")
    sh.row("A", "注：1．偏差原因分析：针对与预期目标产生偏差的指标值，分别从经费保障、制度保障、人员保障、硬件条件保障等方面进行判断和分析。")
    t.kind = "monitoring"
    return t


def dept_indicators(sh, t, v, cells, mode="once", value="E", l1="B"):
    """The planted indicator rows of a 部门 table under its header (cells as indicator_rows')."""
    inds, t.found = planted(v)
    indicator_rows(sh, inds, cells, mode, value_keys(value, l1))
    t.names, t.bottom = [i["name"] for i in inds], sh.r - 1
    t.kind = "department"


def hb_dept(ws, sh, v):
    """湖北 hbdeptgoalandindex 部门整体支出绩效目标申报表: 7 columns, 部门（单位）及代码, 总体资金情况(元)
    v4 with 资金总额 and four classes, 职能概述, 年度 总体目标, 绩效指标 | 一级 | 二级 | 三级 | 指标值 |
    备注 | 说明 under a two-row header, a 联系人 line (no 年度主要任务 block)."""
    t = Table(sh, ws, v, v.get("name", "[101]县水利局"))
    sh.row("A+6", v.get("title", "部门整体支出绩效目标申报表"))
    sh.row("A+6", "（%s年度）" % YEAR)
    sh.row("A", "单位（盖章）：", "E", "填报日期：", "F+1", "%d-01-10" % YEAR)
    sh.row("A+1", "部门（单位）及代码", "C+4", t.name)
    total, parts = v.get("money", (5000000, [3000000, 800000, 200000, 1000000]))
    sh.row("A+1v4", "部门（单位）总体资金情况(元)：", "C+2", "资金总额(元)：", "F+1", total, keys={"F+1": "total"})
    for label, x in zip(["人员类项目", "运转类公用经费项目", "其他运转类项目", "特定目标类项目"], parts):
        sh.row("C+2", label, "F+1", x)
    sh.row("A+1", "部门（单位）职能概述", "C+4", "负责全县水利工程建设与管理。")
    sh.row("A+1", "部门（单位）年度 总体目标", "C+4", v.get("goal", "完成水利工程建设任务，保障防汛安全。"), keys={"C+4": "goal"})
    sh.row("A", "绩          效                指                 标", "Bv1", "一级指标", "Cv1", "二级指标", "Dv1", "三级指标", "Ev1", "指标值",
           "Fv1", "备注（指标解释等）", "Gv1", "指标值说明（评分标准等）")
    sh.skip()
    dept_indicators(sh, t, v, lambda i, f1, f2, k: (["B", i["l1"]] if f1 else []) + (["C", i["l2"]] if f2 else [])
                    + ["D", i["name"], "E", shown(i), "F", None, "G", "按完成比例计分"], v.get("mode", "once"))
    sh.row("B", "联系人：", "C+1", "赵某", "E", "联系电话：", "F+1", "12345678")
    return t


def tj_dept(ws, sh, v):
    """天津 tjdeptyeargoalindexxls: 9 columns, 部门 名称 v1 | code-name, 预算资金（万元） over 总额 |
    一般公共预算资金 (基本支出 | 项目支出) | 其他资金, the 合 计 row above the tasks, 序号 | 年度绩效目标 |
    对应工作任务 rows, then 绩效目标 v2 | 年度绩效指标 with split 符号 | 值 | 单位 columns."""
    t = Table(sh, ws, v, v.get("name", "301-区民政局"))
    sh.row("A+8", "部门整体绩效目标表")
    sh.row("A+8", "（%s年度）" % YEAR)
    sh.row("Av1", "部门                         名称", "B+3v1", t.name, "F+3", "预算资金（万元）")
    sh.row("Fv1", "总额", "G+1", "一般公共预算资金", "Iv1", "其他资金")
    sh.row("Av1", "序号", "B+3", "主要工作任务", "G", "基本支出", "H", "项目支出")
    tasks = [("养老服务体系建设", 500, 200, 280, 20), ("社会救助", 300, 100, 200, 0)]
    sums = [sum(x[k] for x in tasks) for k in range(1, 5)]
    sums[0] += v.get("sum-off", 0)
    sh.row("B+3", "合 计", "F", sums[0], "G", sums[1], "H", sums[2], "I", sums[3], keys={"F": "sum"})
    for k, (task, total, basic, project, other) in enumerate(tasks):
        sh.row("A", k + 1, "B+3", task, "F", total, "G", basic, "H", project, "I", other)
    sh.row("A", "序号", "B+5", "年度绩效目标", "H+1", "对应工作                         任务")
    sh.row("A", 1, "B+5", v.get("goal", "提升养老服务能力，保障困难群众基本生活。"), "H+1", "1,2", keys={"B+5": "goal"})
    sh.row("Av2", "绩效                         目标", "B+7", "年度绩效指标")
    sh.row("Bv1", "一级指标", "Cv1", "二级指标", "D+2v1", "三级指标", "G+2", "指标值")
    sh.row("G", "符号", "H", "值", "I", "单位（文字描述）")
    dept_indicators(sh, t, v, lambda i, f1, f2, k: (["A", "目标1"] if k == 0 else []) + (["B", i["l1"]] if f1 else []) + (["C", i["l2"]] if f2 else [])
                    + ["D+2", i["name"], "G", i["sign"], "H", i["value"], "I", i["unit"] or None], v.get("mode", "once"), "H")
    return t


def zj_dept(ws, sh, v):
    """浙江 zjdeptperf 部门整体绩效目标表: 15 columns, 部门名称及代码, 年度总体目标, then one header row
    部门职责 | 一级 | 二级 | 三级 | 重要性 | 内容 | 分值 | 赋分原则 | 计算符号 | 计量单位 | 年度指标值 (the
    value after its sign and unit) | 历史指标值 (L:N) | 是否与预算挂钩, every label on every row."""
    t = Table(sh, ws, v, v.get("name", "005001-省文化和旅游厅"))
    sh.row("A+14", "部门整体绩效目标表")
    sh.row("A+14", "（%s年度）" % YEAR)
    sh.row("A", "部门名称及代码", "B+13", t.name)
    sh.row("A", "年度总体目标", "B+13", v.get("goal", "繁荣文化事业，推动文旅融合发展。"), keys={"B+13": "goal"})
    sh.row("A", "部门职责", "B", "一级指标", "C", "二级指标", "D", "三级指标", "E", "指标重要性", "F", "指标内容", "G", "分值", "H", "赋分原则",
           "I", "计算符号", "J", "计量单位", "K", "年度指标值", "L+2", "历史指标值", "O", "是否与预算挂钩")
    dept_indicators(sh, t, v, lambda i, f1, f2, k: ["A", "公共文化服务", "B", i["l1"], "C", i["l2"], "D", i["name"], "E", "重要", "F", None, "G", 10,
                                                    "H", "完成得满分", "I", i["sign"], "J", i["unit"] or None, "K", i["value"], "O", "是"], "repeat", "K")
    return t


def hb_trace(ws, sh, v):
    """湖北 hbpmkpigoaltrace 项目支出绩效目标运行监控表 (the stage before the title: "1-6月项目…"): 16
    columns, 项目名称 | 主管部门及代码 on one row, money 年初预算数（A） | 调整后预算数（A1） | 1-6月执行数（B）
    | 1-6月执行率 | 全年预计执行数, indicators with 1-6月执行情况, 偏差原因分析 (G:I) and 原因说明 (J:L)
    as texts under a two-row header, 完成目标可能性 (M:O) written out, 备注, then three 注 lines.
    v["text-numbers"]: every amount and rate stored as text."""
    t = Table(sh, ws, v, v.get("name", "农村公路养护"))
    sh.row("A+15", "1-6月项目支出绩效目标运行监控表")
    sh.row("A+15", "（%s年度）" % YEAR)
    sh.row("A+2", "项目名称", "D+2", t.name, "G+3", "主管部门及代码", "K+5", "301-市交通运输局")
    forecast = 210 if "forecast-over-budget" in v.get("defects", []) else 200
    rate = 0.65 if "execution-rate" in v.get("defects", []) else 0.6
    num = (lambda x: None if x is None else "%.2f" % x) if v.get("text-numbers") else (lambda x: x)
    sh.row("A+2v3", "项目资金 (万元）", "G+1", "年初预算数（A）", "I+1", "调整后预算数（A1）", "K+1", "1-6月执行数（B）", "M+1", "1-6月执行率", "O+1", "全年预计执行数")
    for label, a, b, c, r, f in [("年度资金总额", 200, 200, 120, rate, forecast), ("其中：财政拨款", 150, 150, 90, 0.6, 150), ("其他资金", 50, 50, 30, 0.6, 50)]:
        sh.row("D+2", label, "G+1", num(a), "I+1", num(b), "K+1", num(c), "M+1", ("%.2f%%" % (r * 100)) if v.get("text-numbers") else r, "O+1", num(f),
               keys={"M+1": "rate", "O+1": "forecast"} if label == "年度资金总额" else None, fmt={"M+1": "0.00%"})
    for d, key in [("execution-rate", "rate"), ("forecast-over-budget", "forecast")]:
        if d in v.get("defects", []):
            t.found.append(("monitor/" + d, key))
    sh.row("A", "年度总体目标", "B+14", "完成农村公路养护500公里，优良路率达到85%。")
    sh.row("A", "绩效指标", "Bv1", "一级指标", "Cv1", "二级指标", "Dv1", "三级指标", "Ev1", "年度指标值", "Fv1", "1-6月执行情况", "G+5", "偏差原因分析",
           "M+2v1", "完成目标可能性", "Pv1", "备注")
    sh.row("G+2", "偏差原因分析", "J+2", "原因说明")
    inds = clean_indicators()
    indicator_rows(sh, inds, lambda i, f1, f2, k: (["B", i["l1"]] if f1 else []) + (["C", i["l2"]] if f2 else [])
                   + ["D", i["name"], "E", joined(i), "F", "按进度推进", "G+2", None, "J+2", None, "M+2", "确定能", "P", None], "once")
    t.names, t.bottom = [i["name"] for i in inds], sh.r - 1
    t.kind = "monitoring"
    sh.row("A", "注：1．偏差原因分析：针对与预期目标产生偏差的指标值，分别从经费保障、制度保障、人员保障、硬件条件保障等方面进行判断和分析，并说明原因。")
    sh.row("A", "2．完成目标可能性：对应所设定的实现绩效目标的路径，分确定能、有可能、完全不可能三级综合判断完成的可能性。")
    sh.row("A", "3．备注：说明预计到年底不能完成目标的原因及拟采取的措施。")
    return t


def ah_dept_monitor(ws, sh, v):
    """安徽 ahbmztjxjkbg 部门整体支出绩效监控表 (a monitoring table named by its 填报部门（单位）): 19
    columns, 金额单位：万元 beside the name, 基本情况 with 监控时点, 预算执行情况 v3 over 年初预算数 |
    追加预算数 | 1-6月执行数 | 1-6月执行率 | 全年预计执行数 | 预计结转结余数, 目标完成情况, indicators
    with ticked 偏差原因 (H:M), 原因说明 (N:O), ticked 完成目标可能性 (P:R), 备注."""
    t = Table(sh, ws, v, v.get("name", "101-县水利局"))
    sh.row("A", "附件1")
    t.top = sh.r
    sh.row("A+18", "部门整体支出绩效监控表")
    sh.row("A+18", "（%s年度）" % YEAR)
    sh.row("A+2", "填报部门（单位）：", "D+13", t.name, "R+1", "金额单位：万元")
    sh.row("A+2", "基本情况", "D", "部门单位名称", "E+6", t.name, "L+3", "监控时点", "P+3", "1-6月")
    defects = v.get("defects", [])
    rate = "65.00%" if "execution-rate" in defects else "60.00%"
    forecast = 520 if "forecast-over-budget" in defects else 500
    sh.row("A+2v3", "预算执行情况", "F+1", "年初预算数", "H+1", "追加预算数", "J+3", "1-6月执行数", "N+2", "1-6月执行率", "Q", "全年预计执行数", "R+1", "预计结转 结余数")
    sh.row("D+1", "年度资金总额：", "F+1", 500, "H+1", 0, "J+3", 300, "N+2", rate, "Q", forecast, "R+1", 0, keys={"N+2": "rate", "Q": "forecast"})
    sh.row("D+1", "其中：本年一般公共预算拨款", "F+1", 400, "H+1", 0, "J+3", 240, "Q", 400, "R+1", 0)
    sh.row("D+1", "其他资金", "F+1", 100, "H+1", 0, "J+3", 60, "Q", 100, "R+1", 0)
    for d, key in [("execution-rate", "rate"), ("forecast-over-budget", "forecast")]:
        if d in defects:
            t.found.append(("monitor/" + d, key))
    sh.row("A+2v1", "目标完成情况", "D+5", "年度预期目标", "J+9", "具体完成情况")
    sh.row("D+5", "完成水利工程建设任务，保障防汛安全。", "J+9", "上半年完成工程建设60%。")
    sh.row("A", "绩效指标", "Bv1", "一级指标", "Cv1", "二级指标", "Dv1", "三级指标", "Ev1", "年度指标值", "Fv1", "1-6月执行情况", "Gv1", "全年预计完成情况",
           "H+7", "偏差原因分析", "P+2", "完成目标可能性", "Sv1", "备注")
    sh.row("H", "经费 保障", "I", "制度 保障", "J", "人员 保障", "K", "硬件条 件保障", "L+1", "其他", "N+1", "原因 说明", "P", "确定能", "Q", "有可能", "R", "完全 不可能")
    unsure = 1 if "deviation-reason-missing" in defects else None
    if unsure is not None:
        t.found.append(("monitor/deviation-reason-missing", ("reason", unsure)))
    inds = clean_indicators()
    indicator_rows(sh, inds, lambda i, f1, f2, k: (["B", i["l1"]] if f1 else []) + (["C", i["l2"]] if f2 else [])
                   + ["D", i["name"], "E", joined(i), "F", "按进度推进", "G", actual_of(i), "N+1", None, "Q" if k == unsure else "P", "√"],
                   v.get("mode", "once"), lambda k: {"N+1": ("reason", k)})
    t.names, t.bottom = [i["name"] for i in inds], sh.r - 1
    t.kind = "monitoring"
    return t


# ---- workbooks -------------------------------------------------------------------------------

PROJECT_LIST = [["序号", "项目名称", "预算数（万元）", "备注"], [1, "道路维护", 100, None], [2, "路灯改造", 80, None], [3, "绿化养护", 50, None]]


def list_beside(ws, row, col):
    """A project list (序号 | 项目名称 | 预算数 | 备注) from (row, col)."""
    w = Writer(ws)
    for dr, line in enumerate(PROJECT_LIST):
        for dc, x in enumerate(line):
            if x is not None:
                w.put(row + dr, col + dc, x)


def notes_under(sh):
    """说明 rows under a table (a blank row between)."""
    sh.skip()
    sh.row("A", "说明：1.指标值请按系统口径填写。")
    sh.row("A", "2.本表由项目单位填报，主管部门审核。")


def book(out, name, sheets):
    """sheets: [(sheet title, [(layout, variation, gap rows before)…], extras)]; writes the workbook."""
    wb = Workbook()
    wb.remove(wb.active)
    tables, findings = [], []
    for title, items, extras in sheets:
        ws = wb.create_sheet(title)
        sh = Sheet(ws, extras.get("left", 0))
        if extras.get("left"):
            list_beside(ws, 1, 1)
        for layout, v, gap in items:
            sh.skip(gap)
            sh.width = 0
            top = sh.r
            t = layout(ws, sh, v)
            table, f = t.expect(kind=t.kind, extra=v.get("extra", ()))
            tables.append(table)
            findings += f
            if v.get("list-beside"):
                list_beside(ws, top, sh.width + 2)
            if v.get("notes"):
                notes_under(sh)
    for ws in wb.worksheets:
        for line in ws.iter_rows():
            for cell in line:
                if isinstance(cell.value, datetime.date):
                    cell.number_format = 'yyyy"年"m"月"d"日"'
    wb.save(os.path.join(out, name + ".xlsx"))
    with open(os.path.join(out, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump({"tables": tables, "findings": findings}, f, ensure_ascii=False, indent=1)


def main(out):
    os.makedirs(out, exist_ok=True)
    syn = {"h3": "指标名称", "hv": "年度指标值"}
    B = book
    # 安徽 批复表 / 调整表
    B(out, "ah_pf_clean", [("项目支出绩效批复表", [(ah_approval, {}, 0)], {})])
    B(out, "ah_pf_defects", [("批复表", [(ah_approval, {"defects": ["satisfaction-low", "unit-missing"], "money": (120, [100, 10, 0]),
                                                   "more": [("budget/sum-mismatch", "total")]}, 0)], {})])
    B(out, "ah_pf_variant", [("Sheet1", [(ah_approval, dict(syn, mode="repeat", defects=["placeholder"]), 0)], {})])
    B(out, "ah_pf_merged", [("Sheet1", [(ah_approval, {"mode": "merge", "no-timeliness": True, "notes": True}, 0)], {})])
    # 安徽 申报表: 中期 beside 年度
    B(out, "ah_sb_clean", [("Sheet1", [(ah_declare, {}, 0)], {})])
    B(out, "ah_sb_defects", [("Sheet1", [(ah_declare, {"defects": ["percent-out-of-range"], "period_goal": None,
                                                   "more": [("goal/empty", "period_goal")]}, 0)], {})])
    # 天津 目标表
    B(out, "tj_mb_clean", [("目标表", [(tj_target, {}, 0)], {})])
    B(out, "tj_mb_defects", [("目标表", [(tj_target, {"defects": ["cost-lower-bound", "value-empty"], "goal": None,
                                                  "more": [("goal/empty", "goal")]}, 0)], {})])
    B(out, "tj_mb_variant", [("目标表", [(tj_target, dict(syn, mode="merge", defects=["satisfaction-low"]), 0)], {"left": 6})])
    # 湖北 申报表 / 批复表
    B(out, "hb_sb_clean", [("Sheet1", [(hb_declare, {}, 0)], {})])
    B(out, "hb_sb_defects", [("Sheet1", [(hb_declare, {"defects": ["placeholder", "satisfaction-low"], "money": (2000000, [1500000, 500000, 1000000, 400000]),
                                                   "more": [("budget/sum-mismatch", "total")]}, 0)], {})])
    B(out, "hb_pf_variant", [("Sheet1", [(hb_declare, dict(syn, title="项目支出绩效目标批复表", mode="repeat", **{"label-merged": False}), 0)], {})])
    # 信息表 (预算编制阶段 / 项目入库阶段)
    B(out, "info_clean", [("Sheet1", [(info_split, {"extra": [("table/missing-field", "first")]}, 0)], {})])
    B(out, "info_defects", [("Sheet1", [(info_split, {"title": "预算项目绩效信息表（项目入库阶段）", "defects": ["percent-out-of-range", "unit-missing"],
                                                  "extra": [("table/missing-field", "first")]}, 0)], {})])
    B(out, "hb_adjust", [("Sheet1", [(hb_adjust, {"defects": ["satisfaction-low"], "extra": [("table/missing-field", "first")]}, 0)], {})])
    # 5 columns
    B(out, "bdg_clean", [("项目支出绩效目标申报表", [(bdg_year, {}, 0)], {})])
    B(out, "bdg_defects", [("项目支出绩效目标申报表", [(bdg_year, dict(syn, defects=["cost-lower-bound"], **{"no-timeliness": True}), 0)], {})])
    B(out, "bdg_seq_dates", [("Sheet1", [(bdg_year, {"seq": True, "date": YEAR - 1, "hv": "目标值"}, 0)], {})])
    B(out, "tj_mb_dates", [("目标表", [(tj_target, {"date": YEAR, "mode": "repeat"}, 0)], {})])
    # generic program: 元, 实施期 beside 年度, a signature line
    B(out, "program_clean", [("Sheet1", [(program, {}, 0)], {})])
    B(out, "program_defects", [("Sheet1", [(program, {"defects": ["satisfaction-low"], "goal": None, "more": [("goal/empty", "goal")]}, 0)], {})])
    # 湖北, the header repeated per goal
    B(out, "hb_grouped_clean", [("Sheet1", [(hb_grouped, {}, 0)], {})])
    B(out, "hb_grouped_defects", [("Sheet1", [(hb_grouped, {"defects": ["satisfaction-low", "placeholder"]}, 0)], {})])
    # several tables per sheet: stacked one or two blank rows apart, a list beside one of them
    B(out, "stack_tj_ah", [("Sheet1", [(ah_approval, {"name": "农田水利设施维修"}, 0), (tj_target, {"name": "社区养老服务补贴", "list-beside": True}, 1)], {})])
    B(out, "stack_bdg_hb", [("Sheet1", [(hb_declare, {"name": "就业见习补贴", "defects": ["satisfaction-low"]}, 0),
                                        (bdg_year, {"name": "校舍维修改造", "list-beside": True}, 2)], {})])
    B(out, "stack_tj_tj", [("Sheet1", [(tj_target, {"name": "养老服务补贴", "list-beside": True}, 0), (ah_approval, {"name": "饮水安全巩固"}, 2)], {})])
    # several sheets, one table each
    # 天津 自评表 and 监控表
    B(out, "tj_self_clean", [("项目绩效自评表（模板）", [(tj_self, {}, 0)], {})])
    B(out, "tj_self_defects", [("自评表", [(tj_self, {"defects": ["score-over-weight", "actual-empty", "total-mismatch"]}, 0)], {})])
    B(out, "tj_moni_clean", [("Sheet1", [(tj_monitor, {}, 0)], {})])
    B(out, "tj_moni_defects", [("Sheet1", [(tj_monitor, {"defects": ["execution-rate", "forecast-over-budget", "deviation-reason-missing"]}, 0)], {})])
    B(out, "sheets_mixed", [("项目1", [(tj_target, {"name": "老年助餐服务"}, 0)], {}), ("项目2", [(bdg_year, {"name": "教师培训", "defects": ["unit-missing"]}, 0)], {}),
                            ("项目3", [(ah_approval, {"name": "河道清淤", "mode": "repeat"}, 0)], {})])
    # 部门整体 目标表: 资金 by class / 任务 with 合计 above them / one header row, split 符号 | 值 | 单位
    B(out, "hb_dept_clean", [("Sheet1", [(hb_dept, {}, 0)], {})])
    B(out, "hb_dept_defects", [("Sheet1", [(hb_dept, {"defects": ["satisfaction-low", "placeholder"], "goal": None, "more": [("dept/goal-empty", "goal")]}, 0)], {})])
    B(out, "tj_dept_clean", [("Sheet1", [(tj_dept, {}, 0)], {})])
    B(out, "tj_dept_defects", [("Sheet1", [(tj_dept, {"defects": ["percent-out-of-range", "unit-missing"], "sum-off": 10,
                                                    "more": [("dept/total-sum-mismatch", "sum")]}, 0)], {})])
    # 部门整体 自评表: kind self-evaluation (its 实际完成值 | 分值 | 得分 columns), named by its 部门名称
    B(out, "tj_dept_self_clean", [("整体支出绩效自评表", [(tj_dept_self, {}, 0)], {})])
    B(out, "tj_dept_self_defects", [("整体支出绩效自评表", [(tj_dept_self, {"defects": ["score-over-weight", "actual-empty", "execution-rate", "total-mismatch"]}, 0)], {})])
    B(out, "zj_dept_self_clean", [("Sheet1", [(zj_dept_self, {}, 0)], {})])
    B(out, "zj_dept_self_defects", [("Sheet1", [(zj_dept_self, {"defects": ["score-over-weight", "actual-empty", "total-mismatch"]}, 0)], {})])
    # 湖北 运行监控表: texts for 偏差原因 and 完成目标可能性, a 1-6月 stage; amounts stored as text
    B(out, "hb_trace_clean", [("Sheet1", [(hb_trace, {}, 0)], {})])
    B(out, "hb_trace_defects", [("Sheet1", [(hb_trace, {"defects": ["execution-rate", "forecast-over-budget"]}, 0)], {})])
    B(out, "hb_trace_text_numbers", [("Sheet1", [(hb_trace, {"text-numbers": True, "defects": ["execution-rate", "forecast-over-budget"]}, 0)], {})])
    B(out, "ah_tz_defects", [("项目支出绩效目标表", [(ah_approval, {"title": "项目支出绩效目标表", "adjust": True, "defects": ["satisfaction-low", "placeholder"]}, 0)], {})])
    B(out, "zj_self_defects", [("Sheet1", [(zj_dept_self, {"project": True, "defects": ["score-over-weight", "total-mismatch"]}, 0)], {})])
    B(out, "hb_self_dc_clean", [("Sheet1", [(hb_self_dc, {}, 0)], {})])
    B(out, "hb_self_dc_defects", [("Sheet1", [(hb_self_dc, {"defects": ["execution-rate", "actual-empty"]}, 0)], {})])
    B(out, "hb_dept_self_defects", [("Sheet1", [(hb_self_dc, {"dept": True, "defects": ["execution-rate", "actual-empty"]}, 0)], {})])
    B(out, "hb_dept_pf_variant", [("Sheet1", [(hb_dept, {"title": "部门整体支出绩效目标批复表", "mode": "repeat", "defects": ["unit-missing"]}, 0)], {})])
    # 安徽 ahjxxmjk: the 天津 监控表 with its 一级 labels merged down their groups
    B(out, "ah_moni_merged", [("监控表", [(tj_monitor, {"mode": "merge", "defects": ["deviation-reason-missing"]}, 0)], {})])
    B(out, "ah_dept_moni_clean", [("监控表", [(ah_dept_monitor, {}, 0)], {})])
    B(out, "ah_dept_moni_defects", [("监控表", [(ah_dept_monitor, {"defects": ["execution-rate", "forecast-over-budget", "deviation-reason-missing"]}, 0)], {})])
    B(out, "ah_dept_self_clean", [("Sheet1", [(ah_dept_self, {}, 0)], {})])
    B(out, "ah_dept_self_defects", [("Sheet1", [(ah_dept_self, {"defects": ["execution-rate", "score-over-weight", "actual-empty"]}, 0)], {})])
    B(out, "zj_dept_clean", [("Sheet1", [(zj_dept, {}, 0)], {})])
    B(out, "zj_dept_defects", [("Sheet1", [(zj_dept, {"defects": ["satisfaction-low", "cost-lower-bound"]}, 0)], {})])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".corpus-layouts")
