# One-off helper (already applied): removes diacritics from every 5th eligible hand-written line so that about 40%
# of the set is written without diacritics. Kept for provenance; running it again would strip more lines.
import pathlib, unicodedata, re
raise SystemExit("already applied on 2026-12-07; see README")
def strip(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
VI = set("àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ")
n = 0
for f in sorted(pathlib.Path("data").glob("*.txt")):
    out, k = [], 0
    for line in f.read_text(encoding="utf-8").splitlines():
        parts = line.split("|", 4)
        if len(parts) == 5 and any(c in VI for c in parts[4].lower()) and "tiếng Anh" not in parts[3] \
                and "dấu" not in parts[3] and "in hoa" not in parts[3] and "toàn chiều rộng" not in parts[3]:
            k += 1
            if k % 5 == 0:
                parts[4] = strip(parts[4]); n += 1
                line = "|".join(parts)
        out.append(line)
    f.write_text("\n".join(out) + "\n", encoding="utf-8")
print("stripped", n)
