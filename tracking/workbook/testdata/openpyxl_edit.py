"""Reads a workbook the nmirf workbook package exported, with openpyxl, as a
spreadsheet program would, and edits it as a person would.

usage: openpyxl_edit.py IN.xlsx OUT.xlsx

It prints, as JSON, what it found: the sheets and their visibility, the
headers, the frozen panes, the direction, the drop-downs and some values.
Then it edits the workbook and saves it to OUT.xlsx: it changes the status
of action A-01, adds an action in a row without an ID, sorts the
Recommendations sheet by its Ref column from Z to A, and links the new
action to a recommendation by its ref.
"""
import json
import sys

import openpyxl

src, dst = sys.argv[1], sys.argv[2]
wb = openpyxl.load_workbook(src)
out = {"sheets": [], "hidden": {}, "headers": {}, "frozen": {}, "rtl": {}, "validations": {}, "values": {}}
for ws in wb.worksheets:
    out["sheets"].append(ws.title)
    out["hidden"][ws.title] = ws.sheet_state
    out["headers"][ws.title] = [c.value for c in ws[1]]
    out["frozen"][ws.title] = ws.freeze_panes
    out["rtl"][ws.title] = bool(ws.sheet_view.rightToLeft)
    out["validations"][ws.title] = sorted(
        "%s %s %s" % (str(dv.sqref).split(":")[0], dv.type, dv.formula1) for dv in ws.data_validations.dataValidation
    )

actions = wb["Actions"]
head = {c.value: c.column for c in actions[1]}
rows = {actions.cell(row=r, column=head["Ref"]).value: r for r in range(2, actions.max_row + 1)}
a01 = rows["A-01"]
out["values"]["A-01 status"] = actions.cell(row=a01, column=head["Status"]).value
out["values"]["A-01 lead"] = actions.cell(row=a01, column=head["Lead entity"]).value
out["values"]["A-01 title"] = actions.cell(row=a01, column=head["Title (en)"]).value
lists = wb["Lists"]
out["values"]["Lists A"] = [c.value for c in lists["A"]][:3]
print(json.dumps(out, ensure_ascii=False))

# A person's edits.
actions.cell(row=a01, column=head["Status"]).value = "Completed"
new = actions.max_row + 1
actions.cell(row=new, column=head["Ref"]).value = "A-NEW"
actions.cell(row=new, column=head["Title (en)"]).value = "Train the police on the new complaints procedure"
actions.cell(row=new, column=head["Recommendations"]).value = "UPR-01\nUPR-02"
actions.cell(row=new, column=head["Lead entity"]).value = "MOI"
actions.cell(row=new, column=head["Status"]).value = "in_preparation"
actions.cell(row=new, column=head["Start"]).value = "2026-09"

recs = wb["Recommendations"]
data = [[c.value for c in row] for row in recs.iter_rows(min_row=2)]
ref = [c.value for c in recs[1]].index("Ref")
data.sort(key=lambda r: r[ref] or "", reverse=True)
for i, row in enumerate(data):
    for j, v in enumerate(row):
        recs.cell(row=i + 2, column=j + 1).value = v
wb.save(dst)
