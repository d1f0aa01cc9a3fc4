"""Write the country names the program shows, from CLDR, to ``resources/names/``.

``python packaging/make_names.py`` reads every two-letter CLDR territory name
in English, Russian and Kazakh from the ``babel`` package (a development
dependency) and writes ``resources/names/territories.json``, which
:mod:`planner.names` reads at run time. The program thereby starts without
loading babel's whole locale data (about 20 ms and 6 MB for one language) and
the installed program does not carry babel at all.

The generated file is committed; ``tests/test_i18n.py`` fails, naming this
script, when it no longer matches the installed babel (after a babel upgrade
with new CLDR data), so run this again then.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from planner.i18n import LANGS  # noqa: E402

OUT = ROOT / "resources" / "names" / "territories.json"


def cldr_names() -> dict[str, object]:
    """The content of ``territories.json`` as babel's CLDR data gives it now."""
    import babel
    from babel import Locale

    names = {lang: {code: name for code, name in sorted(Locale.parse(lang).territories.items())
                    if len(code) == 2 and code.isalpha()}
             for lang in LANGS}
    return {"source": f"Unicode CLDR territory names, via babel {babel.__version__}",
            "names": names}


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(cldr_names(), ensure_ascii=False, indent=1) + "\n",
                   encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
