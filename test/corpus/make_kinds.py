#!/usr/bin/python3
"""Workbooks of the other table kinds (自评表, 监控表, 部门整体目标表) written by openpyxl, in the
layouts of real 一体化 exports (shared/research/export-layouts: 安徽, 天津, 湖北), each with planted
defects and the complete list of findings a correct checker reports (table-kinds.md), as
NAME.expected.json: {"tables": [{"sheet", "kind"}], "findings": [{"rule", "sheet", "cell"}]}.

    /usr/bin/python3 test/corpus/make_kinds.py OUTDIR
"""
import json
import os
import sys

from openpyxl import Workbook


def put(ws, rng, value, fmt=None):
    first = rng.split(":")[0]
    ws[first] = value
    if fmt:
        ws[first].number_format = fmt
    if ":" in rng:
        ws.merge_cells(rng)


def save(out, name, wb, tables, findings):
    wb.save(os.path.join(out, name + ".xlsx"))
    with open(os.path.join(out, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump({"tables": tables, "findings": findings}, f, ensure_ascii=False, indent=1)


def self_eval_ah(out):
    """安徽 ahxmzczpmb: 11 columns, money 分值 | 执行率 | 得分; a missed target without reason, a score above its weight."""
    wb = Workbook()
    ws = wb.active
    ws.title = "自评表"
    put(ws, "A1:K1", "项目支出绩效自评表")
    put(ws, "A2:K2", "（2023年度）")
    put(ws, "A3:C3", "项目名称"); put(ws, "D3:K3", "农村饮水安全巩固提升")
    put(ws, "A4:C4", "主管部门"); put(ws, "D4:G4", "101-县水利局"); put(ws, "H4", "实施单位"); put(ws, "I4:K4", "101001-县农村供水站")
    put(ws, "A5:C9", "项目资金                    （万元）")
    for c, h in zip("FGHIJK", ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
        put(ws, c + "5", h)
    put(ws, "D6:E6", "年度资金总额：")
    for c, v in zip("FGHI", [100, 120, 108, 10]):
        put(ws, c + "6", v)
    put(ws, "J6", 0.9, "0.00%"); put(ws, "K6", 9)
    for r, (label, a, b, e) in enumerate([("其中：本年财政拨款", 80, 100, 90), ("上年结转资金", 20, 20, 18), ("其他资金", 0, 0, 0)], start=7):
        put(ws, f"D{r}:E{r}", label)
        put(ws, f"F{r}", a); put(ws, f"G{r}", b); put(ws, f"H{r}", e)
        put(ws, f"I{r}", "—"); put(ws, f"K{r}", "—")
    put(ws, "A10:A11", "年度总体目标"); put(ws, "B10:G10", "预期目标"); put(ws, "H10:K10", "实际完成情况")
    put(ws, "B11:G11", "巩固提升农村饮水安全，新建改造供水管网50公里。"); put(ws, "H11:K11", "新建改造管网52公里。")
    put(ws, "A12:A17", "绩效指标")
    for c, h in zip("BCDGHIJK", ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]):
        put(ws, {"D": "D12:F12"}.get(c, c + "12"), h)
    rows = [
        ("产出指标", "数量指标", "新建改造供水管网", "≥50公里", "45公里", 20, 18),
        ("", "质量指标", "水质达标率", "≥95%", "97%", 20, 20),
        ("", "时效指标", "完工时间", "2023年12月31日前", "2023年11月", 10, 10),
        ("效益指标", "社会效益指标", "受益人口", "≥2万人", "2.1万人", 20, 20),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", 20, 25),
    ]
    for r, (l1, l2, n, t, a, w, s) in enumerate(rows, start=13):
        if l1:
            put(ws, f"B{r}", l1)
        put(ws, f"C{r}", l2); put(ws, f"D{r}:F{r}", n); put(ws, f"G{r}", t); put(ws, f"H{r}", a); put(ws, f"I{r}", w); put(ws, f"J{r}", s)
    put(ws, "A18:G18", "总分"); put(ws, "I18", 100); put(ws, "J18", 102)
    save(out, "se_ah", wb, [{"sheet": "自评表", "kind": "self-evaluation"}], [
        {"rule": "selfeval/deviation-reason-missing", "sheet": "自评表", "cell": "K13"},
        {"rule": "selfeval/score-over-weight", "sheet": "自评表", "cell": "J17"},
    ])


def self_eval_tj(out):
    """天津 tjproselfevalxls: 分值 | 得分 | 执行率（B/A) | 偏差原因; a wrong rate, an empty actual, a wrong 总分."""
    wb = Workbook()
    ws = wb.active
    ws.title = "自评"
    put(ws, "A1:K1", "项目支出绩效自评表"); put(ws, "A2:K2", "（2023年度）")
    put(ws, "A3:B3", "项目名称"); put(ws, "C3:K3", "社区养老服务补贴")
    put(ws, "A4:B4", "主管预算部门"); put(ws, "C4:D4", "[205]区民政局"); put(ws, "E4", "项目实施单位"); put(ws, "F4:K4", "[205001]区养老服务中心")
    put(ws, "A5:B5", "年度总体目标"); put(ws, "C5:E5", "年初预期目标"); put(ws, "F5:K5", "年度实际完成情况")
    put(ws, "C6:E6", "为2000名老人提供居家养老服务。"); put(ws, "F6:K6", "服务老人2100名。")
    put(ws, "A6:B6", None)
    put(ws, "A7:B9", "项目资金                         （万元）")
    for c, h in [("D7", "年初预算数"), ("E7", "全年预算数（A）"), ("F7:G7", "全年执行数（B）"), ("H7", "分值"), ("I7", "得分"), ("J7", "执行率（B/A)"), ("K7", "偏差原因分析及改进措施")]:
        put(ws, c, h)
    put(ws, "C8", "年度资金总额"); put(ws, "D8", 50); put(ws, "E8", 50); put(ws, "F8:G8", 40); put(ws, "H8", 10); put(ws, "I8", 8); put(ws, "J8", "85%")
    put(ws, "C9", "财政拨款"); put(ws, "D9", 50); put(ws, "E9", 50); put(ws, "F9:G9", 40); put(ws, "H9", "—"); put(ws, "I9", "—"); put(ws, "J9", "—")
    for c, h in [("A10", "绩效指标"), ("B10", "一级指标"), ("C10", "二级指标"), ("D10", "三级指标"), ("E10", "年度指标值(A)"), ("F10:G10", "实际完成值(B)"), ("H10", "分值"), ("I10", "得分"), ("J10:K10", "偏差原因分析及改进措施")]:
        put(ws, c, h)
    rows = [
        ("产出指标", "数量指标", "服务老人数", "≥2000人", "2100人", 30, 30),
        ("", "质量指标", "服务合格率", "≥95%", "98%", 30, 30),
        ("效益指标", "社会效益指标", "老人生活质量", "有所提高", "有所提高", 20, 20),
        ("满意度指标", "服务对象满意度指标", "老人满意度", "≥90%", None, 10, 10),
    ]
    for r, (l1, l2, n, t, a, w, s) in enumerate(rows, start=11):
        if l1:
            put(ws, f"B{r}", l1)
        put(ws, f"C{r}", l2); put(ws, f"D{r}", n); put(ws, f"E{r}", t); put(ws, f"F{r}:G{r}", a); put(ws, f"H{r}", w); put(ws, f"I{r}", s)
    put(ws, "A15:G15", "总分"); put(ws, "H15", 100); put(ws, "I15", 90)
    save(out, "se_tj", wb, [{"sheet": "自评", "kind": "self-evaluation"}], [
        {"rule": "selfeval/execution-rate", "sheet": "自评", "cell": "J8"},
        {"rule": "selfeval/actual-empty", "sheet": "自评", "cell": "F14"},
        {"rule": "selfeval/total-mismatch", "sheet": "自评", "cell": "I15"},
    ])


def monitor_ah(out):
    """安徽 ahxmjxjkbg: ticked reasons and likelihood; red light, forecast over budget, 有可能 without reason."""
    wb = Workbook()
    ws = wb.active
    ws.title = "监控表"
    put(ws, "A1", "附件2")
    put(ws, "A2:Q2", "项目支出绩效目标执行监控表"); put(ws, "A3:Q3", "（2023年度）")
    put(ws, "A4:C4", "项目名称"); put(ws, "D4:Q4", "农村饮水安全巩固提升")
    put(ws, "A5:C5", "主管部门及代码"); put(ws, "D5:F5", "101-县水利局"); put(ws, "G5", "实施单位"); put(ws, "H5:Q5", "县农村供水站")
    put(ws, "A6:C8", "项目资金                    （万元）")
    put(ws, "F6:G6", "年初预算数"); put(ws, "H6:K6", "1-6月执行数"); put(ws, "L6:O6", "1-6月执行率"); put(ws, "P6:Q6", "全年预计执行数")
    put(ws, "D7:E7", "年度资金总额："); put(ws, "F7:G7", 200); put(ws, "H7:K7", 50); put(ws, "L7:O7", 0.25, "0.00%"); put(ws, "P7:Q7", 210)
    put(ws, "D8:E8", "其中：本年一般公共预算拨款"); put(ws, "F8:G8", 200); put(ws, "H8:K8", 50); put(ws, "P8:Q8", 200)
    put(ws, "A9", "年度总体目标"); put(ws, "B9:Q9", "巩固提升农村饮水安全，新建改造供水管网50公里。")
    put(ws, "A10:A14", "绩效指标")
    for c, h in [("B10:B11", "一级指标"), ("C10:C11", "二级指标"), ("D10:D11", "三级指标"), ("E10:E11", "年度指标值"), ("F10:F11", "1-6月执行情况"), ("G10:G11", "全年预计完成情况"), ("H10:M10", "偏差原因分析"), ("N10:P10", "完成目标可能性"), ("Q10:Q11", "备注")]:
        put(ws, c, h)
    for c, h in zip("HIJKLMNOP", ["经费 保障", "制度 保障", "人员 保障", "硬件条 件保障", "其他", "原因 说明", "确定能", "有可能", "完全 不可能"]):
        put(ws, c + "11", h)
    rows = [
        ("产出指标", "数量指标", "新建改造供水管网", "≥50公里", "30公里", "50公里", "N"),
        ("", "质量指标", "水质达标率", "≥95%", "96%", "96%", "N"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "88%", "90%", "O"),
    ]
    for r, (l1, l2, n, t, p, f, tick) in enumerate(rows, start=12):
        if l1:
            put(ws, f"B{r}", l1)
        put(ws, f"C{r}", l2); put(ws, f"D{r}", n); put(ws, f"E{r}", t); put(ws, f"F{r}", p); put(ws, f"G{r}", f); put(ws, f"{tick}{r}", "√")
    save(out, "mo_ah", wb, [{"sheet": "监控表", "kind": "monitoring"}], [
        {"rule": "monitor/behind-schedule", "sheet": "监控表", "cell": "L7"},
        {"rule": "monitor/forecast-over-budget", "sheet": "监控表", "cell": "P7"},
        {"rule": "monitor/deviation-reason-missing", "sheet": "监控表", "cell": "M14"},
    ])


def monitor_hb(out):
    """湖北 hbpromonitorxls: one 完成目标可能性 column, no 偏差原因 column, a closing 偏差… row; a wrong rate."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    put(ws, "A1:H3", "项目支出绩效运行监控表                （2023年度）")
    put(ws, "A4:G4", "项目单位（盖章）："); put(ws, "H4", "单位：万元")
    put(ws, "A5:B5", "项目名称"); put(ws, "C5:H5", "职业技能提升补贴")
    put(ws, "A6:B6", "主管部门"); put(ws, "C6:E6", "市人社局"); put(ws, "F6", "项目执行单位"); put(ws, "G6:H6", "市就业局")
    put(ws, "A7:B9", "项目资金 （万元）"); put(ws, "E7", "年初 预算数"); put(ws, "F7", "1-6月执行数"); put(ws, "G7", "1-6月执行率"); put(ws, "H7", "全年预计执行数")
    put(ws, "C8:D8", "年度资金总额"); put(ws, "E8", 100); put(ws, "F8", 60); put(ws, "G8", "65%"); put(ws, "H8", 100)
    put(ws, "C9:D9", "财政拨款"); put(ws, "E9", 100); put(ws, "F9", 60); put(ws, "G9", "60%"); put(ws, "H9", 100)
    for c, h in zip("BCDEFGH", ["一级 指标", "二级指标", "三级指标", "指标值", "1-6月  指标执行情况", "完成目标可能性（确定能、有可能、  不可能）", "备注"]):
        put(ws, c + "10", h)
    put(ws, "A11:A13", "提升劳动者技能")
    rows = [("产出指标", "数量指标", "补贴人数", "≥3000人", "1800人", "确定能"), ("", "时效指标", "补贴发放时间", "2023年12月31日前", "按进度发放", "确定能"), ("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥90%", "92%", "确定能")]
    for r, (l1, l2, n, t, p, lk) in enumerate(rows, start=11):
        if l1:
            put(ws, f"B{r}", l1)
        put(ws, f"C{r}", l2); put(ws, f"D{r}", n); put(ws, f"E{r}", t); put(ws, f"F{r}", p); put(ws, f"G{r}", lk)
    put(ws, "A14", "偏差或不能完成目标原因分析"); put(ws, "B14:H14", "无")
    put(ws, "A15", "相关建议或举措"); put(ws, "B15:H15", "按计划推进")
    save(out, "mo_hb", wb, [{"sheet": "Sheet1", "kind": "monitoring"}], [
        {"rule": "monitor/execution-rate", "sheet": "Sheet1", "cell": "G8"},
    ])


def dept_tasks(out):
    """The common core: 部门（单位）名称, 年度主要任务 with 金额合计, 年度总体目标; a task and the 合计 off."""
    wb = Workbook()
    ws = wb.active
    ws.title = "部门目标"
    put(ws, "A1:G1", "2023年度部门整体支出绩效目标表"); put(ws, "A2:G2", "金额单位：万元")
    put(ws, "A3", "部门（单位）名称"); put(ws, "B3:G3", "县教育局")
    put(ws, "A4:A9", "年度主要任务"); put(ws, "B4:B5", "任务名称"); put(ws, "C4:D5", "主要内容"); put(ws, "E4:G4", "预算金额")
    put(ws, "E5", "总额"); put(ws, "F5", "财政拨款"); put(ws, "G5", "其他资金")
    tasks = [("义务教育保障", "落实义务教育经费保障机制", 500, 450, 50), ("学前教育发展", "扩大普惠性学前教育资源", 200, 150, 40), ("教师培训", "开展教师全员培训", 80, 80, 0)]
    for r, (n, c, t, f, o) in enumerate(tasks, start=6):
        put(ws, f"B{r}", n); put(ws, f"C{r}:D{r}", c); put(ws, f"E{r}", t); put(ws, f"F{r}", f); put(ws, f"G{r}", o)
    put(ws, "B9:D9", "金额合计"); put(ws, "E9", 780); put(ws, "F9", 680); put(ws, "G9", 100)
    put(ws, "A10", "年度总体目标"); put(ws, "B10:G10", "巩固义务教育基本均衡，学前教育毛入园率达到92%。")
    put(ws, "A11:A14", "绩效指标")
    for c, h in zip("BCDE", ["一级指标", "二级指标", "三级指标", "指标值"]):
        put(ws, c + "11" if c != "E" else "E11:G11", h)
    rows = [("产出指标", "数量指标", "培训教师人数", "≥1200人"), ("", "质量指标", "学前教育毛入园率", "≥92%"), ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%")]
    for r, (l1, l2, n, v) in enumerate(rows, start=12):
        if l1:
            put(ws, f"B{r}", l1)
        put(ws, f"C{r}", l2); put(ws, f"D{r}", n); put(ws, f"E{r}:G{r}", v)
    save(out, "de_tasks", wb, [{"sheet": "部门目标", "kind": "department"}], [
        {"rule": "dept/task-sum-mismatch", "sheet": "部门目标", "cell": "E7"},
        {"rule": "dept/total-sum-mismatch", "sheet": "部门目标", "cell": "G9"},
    ])


def dept_hb(out):
    """湖北 hbdeptgoalandindex: 部门（单位）及代码, the funds as label | amount pairs, no tasks; the goal left blank."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    put(ws, "A1:G1", "部门整体支出绩效目标申报表"); put(ws, "A2:G2", "（2023年度）")
    put(ws, "A3", "单位（盖章）："); put(ws, "E3", "填报日期："); put(ws, "F3:G3", "2023-01-10")
    put(ws, "A4:B4", "部门（单位）及代码"); put(ws, "C4:G4", "[301]市卫生健康委员会")
    put(ws, "A5:B9", "部门（单位）总体资金情况(元)：")
    for r, (label, v) in enumerate([("资金总额(元)：", 5000000), ("人员类项目", 2000000), ("运转类公用经费项目", 1000000), ("其他运转类项目", 500000), ("特定目标类项目", 1500000)], start=5):
        put(ws, f"C{r}:E{r}", label); put(ws, f"F{r}:G{r}", v)
    put(ws, "A10:B10", "部门（单位）职能概述"); put(ws, "C10:G10", "负责全市卫生健康事业发展。")
    put(ws, "A11:B11", "部门（单位）年度 总体目标"); put(ws, "C11:G11", None)
    put(ws, "A12:A15", "绩          效                指                 标")
    for c, h in [("B12:B13", "一级指标"), ("C12:C13", "二级指标"), ("D12:D13", "三级指标"), ("E12:E13", "指标值"), ("F12:F13", "备注（指标解释等）"), ("G12:G13", "指标值说明（评分标准等）")]:
        put(ws, c, h)
    rows = [("产出指标", "数量指标", "家庭医生签约人数", "≥30万人"), ("效益指标", "社会效益指标", "居民健康素养水平", "≥30%")]
    for r, (l1, l2, n, v) in enumerate(rows, start=14):
        put(ws, f"B{r}", l1); put(ws, f"C{r}", l2); put(ws, f"D{r}", n); put(ws, f"E{r}", v)
    put(ws, "B17", "联系人："); put(ws, "C17:D17", "王某"); put(ws, "E17", "联系电话："); put(ws, "F17:G17", "12345678")
    save(out, "de_hb", wb, [{"sheet": "Sheet1", "kind": "department"}], [
        {"rule": "dept/goal-empty", "sheet": "Sheet1", "cell": "C11"},
    ])


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else ".corpus-kinds"
    os.makedirs(out, exist_ok=True)
    for make in (self_eval_ah, self_eval_tj, monitor_ah, monitor_hb, dept_tasks, dept_hb):
        make(out)
