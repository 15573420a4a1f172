"""A blank 一体化 项目支出绩效目标表 as a provincial system exports it, written with openpyxl:
money in 元, weights in the 一级 labels and a 分值 column, a two-row indicator header
(指标值 over 计算符号 | 值 | 单位), no 资金支出计划, a dropdown on the sign column, a print area.

    python3 make_integrated_blank.py OUT.xlsx
"""
import sys
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

wb = Workbook()
ws = wb.active
ws.title = "项目支出绩效目标表"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
rows = [
    ["项目支出绩效目标表"],
    ["（2023年度）"],
    ["项目名称", None, None, None, "实施单位", None, None, None],
    ["项目资金（元）", "年度资金总额", None, "其中：财政拨款", None, "其他资金", None, None],
    ["资金用途", None],
    ["年度目标", "目标1", None],
    [None, "目标2", None],
    ["一级指标", "二级指标", "三级指标", "指标值", None, None, "分值", "指标值确定依据"],
    [None, None, None, "计算符号", "值", "单位", None, None],
    ["产出指标(50分)", "数量指标"],
    [None, "质量指标"],
    [None, "时效指标"],
    [None, "成本指标"],
    ["效益指标(30分)", "经济效益指标"],
    ["满意度指标(20分)", "服务对象满意度指标"],
]
for r, row in enumerate(rows, start=1):
    for c in range(1, 9):
        v = row[c - 1] if c - 1 < len(row) else None
        cell = ws.cell(row=r, column=c, value=v)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.font = Font(name="宋体", size=11 if r > 1 else 16, bold=r == 1)
        if r > 2:
            cell.border = box
    if r > 2:
        ws.row_dimensions[r].height = 24
for r in (8, 9):
    for c in range(1, 9):
        ws.cell(row=r, column=c).fill = PatternFill("solid", fgColor="DDEBF7")
for m in ["A1:H1", "A2:H2", "B3:D3", "F3:H3", "G4:H4", "B5:H5", "A6:A7", "C6:H6", "C7:H7",
          "A8:A9", "B8:B9", "C8:C9", "D8:F8", "G8:G9", "H8:H9", "A10:A13"]:
    ws.merge_cells(m)
for col, w in zip("ABCDEFGH", [14, 16, 22, 10, 10, 10, 8, 16]):
    ws.column_dimensions[col].width = w
dv = DataValidation(type="list", formula1='"≥,≤,＝,＞,＜,定性"', allow_blank=True)
dv.add("D10:D15")
ws.add_data_validation(dv)
ws.print_area = "A1:H15"
wb.save(sys.argv[1])
