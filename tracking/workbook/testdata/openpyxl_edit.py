"""Reads a workbook the nmirf workbook package exported, with openpyxl, as a
spreadsheet program would, and edits it as a person would.

usage: openpyxl_edit.py IN.xlsx OUT.xlsx NAMES.json

NAMES.json gives the names of the sheets and headers it uses in the
workbook's language, and the title of the status it sets.

It prints, as JSON, what it found: the sheets and their visibility, the
headers, the frozen panes, the direction, the drop-downs and some values.
Then it edits the workbook and saves it to OUT.xlsx: it changes the status
of action A-01, adds an action in a row without an ID, sorts the
Recommendations sheet by its Ref column from Z to A, and links the new
action to a recommendation by its ref. In a workbook not in English it
then writes one header and one sheet name in English, as a person who
pastes from an older workbook would, so that the result is mixed.
"""
import json
import sys

import openpyxl

src, dst = sys.argv[1], sys.argv[2]
with open(sys.argv[3], encoding="utf-8") as f:
    n = json.load(f)
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

actions = wb[n["Actions"]]
head = {c.value: c.column for c in actions[1]}
rows = {actions.cell(row=r, column=head[n["Ref"]]).value: r for r in range(2, actions.max_row + 1)}
a01 = rows["A-01"]
out["values"]["A-01 status"] = actions.cell(row=a01, column=head[n["Status"]]).value
out["values"]["A-01 lead"] = actions.cell(row=a01, column=head[n["Lead entity"]]).value
out["values"]["A-01 title"] = actions.cell(row=a01, column=head[n["Title"] + " (en)"]).value
lists = wb[n["Lists"]]
out["values"]["Lists A"] = [c.value for c in lists["A"]][:3]
print(json.dumps(out, ensure_ascii=False))

# A person's edits.
actions.cell(row=a01, column=head[n["Status"]]).value = n["completed"]
new = actions.max_row + 1
actions.cell(row=new, column=head[n["Ref"]]).value = "A-NEW"
actions.cell(row=new, column=head[n["Title"] + " (en)"]).value = "Train the police on the new complaints procedure"
actions.cell(row=new, column=head[n["Recommendations"]]).value = "UPR-01\nUPR-02"
actions.cell(row=new, column=head[n["Lead entity"]]).value = "MOI"
actions.cell(row=new, column=head[n["Status"]]).value = "in_preparation"
actions.cell(row=new, column=head[n["Start"]]).value = "2026-09"

recs = wb[n["Recommendations"]]
data = [[c.value for c in row] for row in recs.iter_rows(min_row=2)]
ref = [c.value for c in recs[1]].index(n["Ref"])
data.sort(key=lambda r: r[ref] or "", reverse=True)
for i, row in enumerate(data):
    for j, v in enumerate(row):
        recs.cell(row=i + 2, column=j + 1).value = v

if n["Start"] != "Start":
    actions.cell(row=1, column=head[n["Start"]]).value = "Start"
    recs.title = "Recommendations"
wb.save(dst)
