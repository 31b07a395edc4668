"""Fills questionnaires as people would, with openpyxl: an independent
writer of XLSX files. Usage: fill.py JOBS.json, where JOBS.json is a list
of {"in": IN.xlsx, "out": OUT.xlsx, "edits": [{"sheet": ..., "cell": ...,
"value": ...}]}; a sheet of null is the questionnaire's sheet, which the
hidden sheet names in B7."""
import json
import sys

import openpyxl


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        jobs = json.load(f)
    for job in jobs:
        wb = openpyxl.load_workbook(job["in"])
        questionnaire = wb["nmirf"]["B7"].value
        for e in job["edits"]:
            wb[e["sheet"] or questionnaire][e["cell"]] = e["value"]
        wb.save(job["out"])


if __name__ == "__main__":
    main()
