#!/usr/bin/env python3
"""Writes the damaged and awkward inputs of the reader tests (see README.md): truncated, broken or re-encoded
copies of real exports in ../shared/data and of the golden inputs, and a few small hostile files. Run from
this directory:
    python3 make_broken.py /work/shared/data
Every file is written from its source by the steps named beside it, so the damage is exactly what it says."""
import re
import sys
from pathlib import Path

DATA = Path(sys.argv[1] if len(sys.argv) > 1 else "../../../../../../shared/data")
GOLDEN = Path("../golden")


def write(name, data):
    Path(name).write_bytes(data)


def records_then_cut(data, end, n, keep):
    """The bytes of the first n records (a record ends at a line matching `end`), then the first `keep`
    fraction of the next record's bytes: a file cut in the middle of record n + 1."""
    ends = [m.end() for m in re.finditer(rb"[^\r\n]*(?:\r\n|\r|\n)", data) if re.match(end, m.group())]
    start, stop = ends[n - 1], ends[n]
    return data[: start + int((stop - start) * keep)]


def xml_records(data, n):
    """The XML declaration and opening tags, then n records, one per line."""
    first = data.index(b"<record>")
    out, pos = [data[:first]], first
    for _ in range(n):
        stop = data.index(b"</record>", pos) + len(b"</record>")
        out.append(b"\n" + data[pos:stop])
        pos = stop
    return b"".join(out)


# EndNote XML that breaks half-way: the first 40 copper records, one per line (line k + 1 holds record k), with
# the closing </title> of record 22 deleted, so the file stops being well formed on line 23.
copper = (DATA / "dedup/copper-endnote.xml").read_bytes()
forty = xml_records(copper, 40).split(b"\n")
forty[22] = forty[22].replace(b"</title>", b"", 1)
write("copper-40-broken.xml", b"\n".join(forty) + b"\n</records></xml>\n")
# The first 10 copper records, then half of the 11th: a download cut short.
eleven = xml_records(copper, 11)
write("copper-cut.xml", eleven[: len(eleven) - (len(eleven) - len(xml_records(copper, 10))) // 2])

golden_xml = (GOLDEN / "endnote.xml").read_bytes()
declaration, body = golden_xml.split(b"?>", 1)
# 10 KB of comment between the declaration and the root element: the first record starts after 8 KB.
write("endnote-long-prolog.xml", declaration + b"?>\n<!-- " + b"exported from the team library; " * 320
      + b"-->\n" + b" \n" * 200 + body)

# Hostile XML: an external entity (XXE), entity expansion (billion laughs) and an external DTD.
RECORD = b"<xml><records><record><titles><title>%s</title></titles></record></records></xml>\n"
write("xxe.xml", b'<?xml version="1.0"?>\n<!DOCTYPE xml [\n  <!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n'
      + RECORD % b"&xxe;")
laughs = b"".join(b'  <!ENTITY lol%d "%s">\n' % (i, (b"&lol%d;" % (i - 1)) * 10) for i in range(1, 10))
write("billion-laughs.xml", b'<?xml version="1.0"?>\n<!DOCTYPE xml [\n  <!ENTITY lol0 "lol">\n' + laughs
      + b"]>\n" + RECORD % b"&lol9;")
write("external-dtd.xml", b'<?xml version="1.0"?>\n<!DOCTYPE xml SYSTEM "http://127.0.0.1:9/endnote.dtd">\n'
      + RECORD % b"A title")

# Tagged formats cut in the middle of their fourth record.
# (The PubMed export starts with a blank line, so its fourth record follows the fourth blank line.)
write("pubmed-cut.nbib", records_then_cut((DATA / "formats/revtools/restoration_pubmed.nbib").read_bytes(),
                                          rb"^\s*$", 4, 0.5))
write("scopus-cut.ris", records_then_cut((DATA / "formats/revtools/restoration_scopus.ris").read_bytes(),
                                         rb"^ER  -", 3, 0.5))
wos = (DATA / "formats/revtools/restoration_WoS.ciw").read_bytes()
write("wos-cut.ciw", records_then_cut(wos, rb"^ER\s*$", 3, 0.5))
# Web of Science cut just after the third record's ER (no EF), and cut inside its two-line header.
write("wos-cut-after-record.ciw", records_then_cut(wos, rb"^ER\s*$", 3, 0.0))
write("wos-header-cut.ciw", wos[: wos.index(b"VR 1.0") + 4])

# CSV: Triptans header and three rows, then the fourth row cut inside its quoted abstract; and a file cut
# inside its header row.
triptans = (DATA / "screening/Triptans.csv").read_bytes()
rows = [m.end() for m in re.finditer(rb'\n', triptans)][:5]
write("triptans-cut.csv", triptans[: rows[3] + (rows[4] - rows[3]) // 2])
write("triptans-header-cut.csv", triptans[:30])

# BibTeX: test_export.bib with one closing brace too many after the first title; Zotero's BibTeX cut in the
# middle of its third entry.
bib = (DATA / "formats/asysd/test_export.bib").read_bytes()
write("unbalanced-brace.bib", bib.replace(b"title={Title 1},", b"title={Title 1}}},", 1))
zbib = (DATA / "formats/asysd/zotero_export.bib").read_bytes()
starts = [m.start() for m in re.finditer(rb"(?m)^\s*@", zbib)]
write("zotero-cut.bib", zbib[: starts[2] + (starts[3] - starts[2]) // 2])

# Encodings: EBSCO's RIS (UTF-8: "Rodríguez-Pastor", "François") with only line 37 ("£330,000 ...") written in
# windows-1252; EndNote's tab-delimited export as EndNote's "Unicode" option writes it (UTF-16LE with BOM);
# the EBSCO RIS in UTF-16BE with BOM; MEDLINE text in UTF-16LE without a BOM.
asp = (GOLDEN / "ebsco-asp.ris").read_bytes().split(b"\n")
asp[36] = asp[36].decode("utf-8").encode("windows-1252")
write("mixed-encoding.ris", b"\n".join(asp))
write("endnote-tab-utf16le.txt", b"\xff\xfe" + (GOLDEN / "endnote-tab.txt").read_bytes().decode("utf-8")
      .encode("utf-16-le"))
write("ebsco-utf16be.ris", b"\xfe\xff" + (GOLDEN / "ebsco-asp.ris").read_bytes().decode("utf-8")
      .encode("utf-16-be"))
write("pubmed-utf16le-nobom.txt", (GOLDEN / "pubmed.txt").read_bytes().decode("utf-8").encode("utf-16-le"))

# Control characters, one small file per format: a NUL inside a title, a terminal escape that sets the window
# title (ESC ] 0 ; ... BEL) and one that clears the screen (ESC [ 2 J), a vertical tab, and a C1 control
# (U+009B, the one-character CSI) written as UTF-8.
NUL, OSC, CLEAR, VT, CSI = b"\x00", b"\x1b]0;pwned\x07", b"\x1b[2J", b"\x0b", "\u009b".encode("utf-8")
write("control-chars.ris", b"TY  - JOUR\nTI  - Copper" + NUL + b" surfaces\nAU  - Smith, John\nAB  - First"
      + VT + b"second " + OSC + b"\n  wrapped " + CLEAR + b"line\nPY  - 2001\nER  - \n")
write("control-chars.nbib", b"PMID- 1\nTI  - Copper" + NUL + b" surfaces\nAB  - Abstract " + OSC
      + b"\n      continued " + CSI + b"1m\nFAU - Smith, John\nSO  - J Test. 2001.\n")
write("control-chars.ciw", b"FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU Smith, J\nTI Copper" + NUL
      + b" surfaces\nSO J" + CLEAR + b"TEST\nPY 2001\nER\n\nEF\n")
write("control-chars.bib", b"@article{smith" + NUL + b"2001,\n  title = {Copper" + NUL
      + b" surfaces},\n  author = {Smith, John},\n  journal = {J " + OSC + b"Test}, year = {2001" + CLEAR
      + b"}\n}\n")
write("control-chars.csv", b"Title,Authors,Year,Abstract\n\"Copper" + NUL + b" surfaces\",\"Smith, John\",2001,"
      + b"\"Abstract " + OSC + b"\nsecond line " + CSI + b"\"\n")
write("control-chars.xml", b'<?xml version="1.0" encoding="UTF-8"?>\n<xml><records><record>\n'
      + b"<titles><title>Copper" + NUL + b" surfaces</title></titles>\n"
      + b"<contributors><authors><author>Smith, John</author></authors></contributors>\n"
      + b"<abstract>Abstract " + CSI + b"1m and &#x85;next</abstract>\n</record></records></xml>\n")
