#!/usr/bin/env python3
"""Copies the golden-test inputs from ../shared/data/formats (and dedup, screening): whole files when small,
the first N records otherwise, byte for byte up to the cut. Run from this directory:
    python3 make_inputs.py /work/shared/data
The expected JSON beside each input is written by GoldenFileTest with -Dgolden.update=true and then checked
by eye against the input."""
import re
import sys
from pathlib import Path

DATA = Path(sys.argv[1] if len(sys.argv) > 1 else "../../../../../../shared/data")


def whole(src, name):
    Path(name).write_bytes((DATA / src).read_bytes())


def first_records(src, name, n, end):
    """Bytes up to and including the line of the n-th record end marker (a regex on lines)."""
    data = (DATA / src).read_bytes()
    count = 0
    for m in re.finditer(rb"[^\r\n]*(?:\r\n|\r|\n|$)", data):
        if re.match(end, m.group()):
            count += 1
            if count == n:
                Path(name).write_bytes(data[: m.end()])
                return
    raise SystemExit(f"{src}: fewer than {n} records")


def first_xml_records(src, name, n):
    data = (DATA / src).read_bytes()
    pos = 0
    for _ in range(n):
        pos = data.index(b"</record>", pos) + len(b"</record>")
    Path(name).write_bytes(data[:pos] + b"</records></xml>\n")


def first_bib_entries(src, name, n):
    data = (DATA / src).read_bytes()
    starts = [m.start() for m in re.finditer(rb"(?m)^@", data)]
    Path(name).write_bytes(data[: starts[n]] if len(starts) > n else data)


def first_csv_rows(src, name, n):
    """Header and n rows; rows end at a line break outside quotes."""
    data = (DATA / src).read_bytes()
    quoted, rows, i = False, 0, 0
    while i < len(data):
        c = data[i:i + 1]
        if c == b'"':
            quoted = not quoted
        elif c == b"\n" and not quoted:
            rows += 1
            if rows == n + 1:
                Path(name).write_bytes(data[: i + 1])
                return
        i += 1
    Path(name).write_bytes(data)


whole("formats/asreview-demo/embase.ris", "embase.ris")
whole("formats/asreview-demo/ovid_psycinfo.ris", "ovid-psycinfo.ris")
whole("formats/synthesisr/Ovid_ris_example.ris", "ovid-cab.ris")
whole("formats/synthesisr/Scopus_ris_example.ris", "scopus.ris")
whole("formats/asreview-demo/proquest.ris", "proquest.ris")
whole("formats/asreview-demo/pubmed_endnote.txt", "pubmed-endnote.ris")
whole("formats/asreview-demo/pubmed_zotero.ris", "pubmed-zotero.ris")
whole("formats/asreview-demo/ris_issue_1099.txt", "ris-issue-1099.txt")
whole("formats/asreview-demo/ris_issue_992.txt", "ris-issue-992.txt")
whole("formats/synthesisr/ASP_ris_example.ris", "ebsco-asp.ris")
first_records("formats/asreview-demo/web_of_science.txt", "wos-flavour.ris", 3, rb"^ER  -")
first_records("formats/asysd/wos_test.ris", "wos-cr-lines.ris", 3, rb"^ER  -")
first_records("formats/asysd/ris_export.txt", "endnote.ris", 4, rb"^ER  -")
whole("formats/synthesisr/PubMed_example.txt", "pubmed.txt")
first_records("formats/revtools/restoration_pubmed.nbib", "pubmed.nbib", 3, rb"^\s*$")
whole("formats/synthesisr/WoS_ciw_example.ciw", "wos.ciw")
first_records("formats/synthesisr/extdata_zoorec.txt", "zoological-record.txt", 2, rb"^ER\s*$")
first_xml_records("dedup/copper-endnote.xml", "endnote.xml", 4)
first_xml_records("formats/asysd/mendeley_export.xml", "mendeley.xml", 3)
first_xml_records("formats/asysd/zotero_export.xml", "zotero.xml", 3)
whole("formats/synthesisr/Scopus_bib_example.bib", "scopus.bib")
first_bib_entries("formats/asysd/zotero_export.bib", "zotero.bib", 3)
whole("formats/asreview-demo/embase.csv", "embase.csv")
first_csv_rows("formats/asysd/zotero_export.csv", "zotero.csv", 3)
first_csv_rows("screening/UrinaryIncontinence.csv", "screening.csv", 4)
first_csv_rows("dedup/asysd-diabetes-labelled.csv", "asysd-latin1.csv", 6)
whole("formats/asysd/test_export.txt", "endnote-tab.txt")
