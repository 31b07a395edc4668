"""Fills a questionnaire as a person would, with openpyxl: an independent
writer of XLSX files. Usage: fill.py IN.xlsx OUT.xlsx EDITS.json, where
EDITS.json is a list of {"sheet": ..., "cell": ..., "value": ...}; a sheet
of null is the questionnaire's sheet, named in the hidden sheet's B7."""
import json
import sys

import openpyxl


def main():
    src, dst, edits = sys.argv[1], sys.argv[2], sys.argv[3]
    wb = openpyxl.load_workbook(src)
    questionnaire = wb["nmirf"]["B7"].value
    with open(edits, encoding="utf-8") as f:
        for e in json.load(f):
            wb[e["sheet"] or questionnaire][e["cell"]] = e["value"]
    wb.save(dst)


if __name__ == "__main__":
    main()
