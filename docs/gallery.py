#!/usr/bin/env python3
"""Regenerates the guide's gallery: builds the repository's sample with page previews
and keeps one page of each kind of document as docs/src/gallery/KIND.png, then writes
docs/src/gallery.md. Run it after a change to how a document looks:

    cargo build --release && python3 docs/gallery.py

THIDUA names another binary. Nothing here is drawn by hand.
"""

import glob
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
THIDUA = os.environ.get("THIDUA", os.path.join(ROOT, "target", "release", "thidua"))
GALLERY = os.path.join(ROOT, "docs", "src", "gallery")

# Each kind: its name in Vietnamese, the file it is written to, and the preview kept
# (a glob under the sample's output, the first match in name order).
KINDS = [
    ("report", "Báo cáo", "bao-cao-N.pdf", "*/*/bao-cao-*-1.png"),
    ("minutes", "Biên bản họp Hội đồng", "bien-ban-N.pdf", "*/*/bien-ban-*-1.png"),
    ("proposal", "Tờ trình", "to-trinh-N.pdf", "*/*/to-trinh-*-1.png"),
    ("achievement-report", "Báo cáo thành tích", "bao-cao-thanh-tich-N/NN-name.pdf", "*/*/bao-cao-thanh-tich-*/01-*-1.png"),
    ("decision", "Quyết định", "quyet-dinh-N.pdf", "*/*/quyet-dinh-*-1.png"),
    ("annex", "Danh sách kèm theo Quyết định", "quyet-dinh-N.pdf, after the signature", "*/*/quyet-dinh-*-3.png"),
    ("certificates", "Giấy khen, Bằng khen", "FORM-N.pdf, FORM-N/NN-name.pdf", "*/*/giay-khen-*/01-*.png"),
    ("payment", "Danh sách chi tiền thưởng", "danh-sach-chi-tien-N.pdf", "*/*/danh-sach-chi-tien-*-1.png"),
    ("invitations", "Giấy mời", "giay-moi-N.pdf, giay-moi-N/NN-name.pdf", "*/*/giay-moi-*/01-*.png"),
    ("programme", "Chương trình hội nghị", "chuong-trinh.pdf", "*/*/chuong-trinh*.png"),
    ("script", "Kịch bản", "kich-ban.pdf", "*/*/kich-ban*.png"),
    ("slides", "Trình chiếu", "trinh-chieu.pdf", "*/*/trinh-chieu-2.png"),
]


def main():
    out = tempfile.mkdtemp(prefix="thidua-gallery-")
    try:
        subprocess.run(
            [THIDUA, "build", "-q", "--format", "png", "--ppi", "50", "--out", out],
            cwd=ROOT,
            check=True,
        )
        os.makedirs(GALLERY, exist_ok=True)
        page = [
            "# Gallery of every document",
            "",
            "One page of each kind of document, as `thidua build --format png` makes it from",
            "the repository's sample (`content/`). `docs/gallery.py` writes this page and its",
            "pictures again; nothing here is drawn by hand. The calibration page of overlay",
            "certificates (`certificate.mode: overlay`) is not in the sample.",
        ]
        for kind, name, file, pattern in KINDS:
            found = sorted(glob.glob(os.path.join(out, pattern)))
            if not found:
                sys.exit(f"no page of {kind} in the sample's output ({pattern})")
            shutil.copyfile(found[0], os.path.join(GALLERY, f"{kind}.png"))
            page += ["", f"## {name} (`{kind}`)", "", f"`{file}`", "", f"![{name}](gallery/{kind}.png)"]
        with open(os.path.join(ROOT, "docs", "src", "gallery.md"), "w", encoding="utf-8") as f:
            f.write("\n".join(page) + "\n")
    finally:
        shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
