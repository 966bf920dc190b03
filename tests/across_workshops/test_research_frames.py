"""Research loaders: typed DataFrames of several workshops (from session files or a corpus),
and the README's same analysis in pandas, DuckDB SQL and R, each run where the tool is."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from rescored_sessions import demo, rescored_copy  # noqa: E402  (tests/across_workshops)

pd = pytest.importorskip("pandas")

from workshop_app.domain import vocabulary as voc  # noqa: E402
from workshop_app.research import frames  # noqa: E402

# The README's example, one analysis three ways: per workshop and phase, the relations, how
# many of them the room scored, and how many it classes as collaboration.
PANDAS = '''
from workshop_app.research import frames
f = frames("corpus.db")          # or frames(["a.workshop", "b.workshop"]) or a folder
c = f["consensus"]
summary = (c.assign(scored=c["trust_median"].notna(),
                    collaboration=c["threec"].eq("collaboration"))
             .groupby(["workshop", "phase_number"], observed=True)
             .agg(relations=("relation_id", "size"), scored=("scored", "sum"),
                  collaboration=("collaboration", "sum"))
             .reset_index())
'''
SQL = '''
SELECT workshop, phase_number,
       COUNT(*) AS relations,
       COUNT(trust_median) AS scored,
       SUM(CASE WHEN threec = 'collaboration' THEN 1 ELSE 0 END) AS collaboration
FROM consensus
GROUP BY workshop, phase_number
ORDER BY workshop, phase_number
'''
R = '''
library(DBI)
con <- dbConnect(RSQLite::SQLite(), "corpus.db", flags = RSQLite::SQLITE_RO)
summary <- dbGetQuery(con, "
  SELECT workshop, phase_number, COUNT(*) AS relations, COUNT(trust_median) AS scored,
         SUM(CASE WHEN threec = 'collaboration' THEN 1 ELSE 0 END) AS collaboration
  FROM consensus GROUP BY workshop, phase_number ORDER BY workshop, phase_number")
dbDisconnect(con)
write.csv(summary, "summary.csv", row.names = FALSE)
'''


@pytest.fixture
def sessions(tmp_path: Path) -> list[Path]:
    plain = tmp_path / "antwerp.workshop"
    shutil.copyfile(demo("antwerp"), plain)
    voted = rescored_copy("darmstadt", tmp_path / "darmstadt-voted.workshop",
                          [(4, 4, 4), (5, 4, 5)])
    return [plain, voted]


def test_frames_have_typed_columns_and_vocabularies(sessions: list[Path]) -> None:
    f = frames(sessions)
    actors = f["actors"]
    assert list(actors.columns[:3]) == ["workshop", "actor_id", "name"]
    assert list(actors["workshop"].cat.categories) == ["antwerp", "darmstadt-voted"]
    assert list(actors["type"].cat.categories) == list(voc.ACTOR_TYPES)
    assert list(actors["scale"].cat.categories) == list(voc.SCALES)
    assert actors["scale"].cat.ordered and not actors["type"].cat.ordered
    assert str(actors["actor_id"].dtype) == "Int64" and str(actors["name"].dtype) == "string"
    assert str(actors["abilities"].dtype) == "string"  # a ';'-list stays text
    scores = f["scores"]
    assert all(str(scores[d].dtype) == "Int64" for d in voc.SCORE_DIMENSIONS)
    assert str(scores["counted"].dtype) == "boolean"
    # an unscored vote is missing, not 0 and not a float
    assert scores["interdependence_back"].isna().all()
    assert list(f["presence"]["state"].cat.categories) == list(voc.PRESENCE_STATES)
    assert list(f["relations"]["kind"].cat.categories)[: len(voc.RELATION_KINDS)] == list(voc.RELATION_KINDS)
    assert list(f["consensus"]["threec"].cat.categories) == list(voc.THREE_C)
    roles = f["roles"]["role"].cat.categories
    assert list(roles[: len(voc.ROLES)]) == list(voc.ROLES)
    agreement = f["agreement"]
    voted = agreement[(agreement.workshop == "darmstadt-voted") & (agreement.scope == "session")]
    assert voted["alpha"].notna().any() and str(agreement["alpha"].dtype) == "Float64"


def test_a_custom_role_is_kept_after_the_vocabulary(tmp_path: Path) -> None:
    from workshop_app import Session

    path = tmp_path / "custom.workshop"
    with Session.create(path) as s:
        a = s.add_actor("Harbour board", present_in=["design"])
        s.set_presence(a, "design", roles=["funder", "ferry broker"])
    cats = list(frames(path)["roles"]["role"].cat.categories)
    assert cats[-1] == "ferry broker" and cats[: len(voc.ROLES)] == list(voc.ROLES)


def _corpus(sessions: list[Path], folder: Path) -> Path:
    pytest.importorskip("sqlite_utils")
    pytest.importorskip("rapidfuzz")
    from workshop_app.research.corpus import build_corpus

    build_corpus(sessions, folder / "corpus.db")
    return folder / "corpus.db"


def _expected(sessions: list[Path]) -> list[tuple[str, int, int, int, int]]:
    c = frames(sessions)["consensus"]
    out = []
    for (w, n), g in c.groupby(["workshop", "phase_number"], observed=True):
        out.append((str(w), int(n), len(g), int(g["trust_median"].notna().sum()),
                    int((g["threec"] == "collaboration").sum())))
    return out


def test_readme_pandas_example(sessions: list[Path], tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    _corpus(sessions, tmp_path)
    monkeypatch.chdir(tmp_path)
    scope: dict = {}
    exec(PANDAS, scope)
    got = [tuple(r) for r in scope["summary"].itertuples(index=False)]
    got = [(str(w), int(n), int(r), int(s), int(c)) for w, n, r, s, c in got]
    assert got == _expected(sessions)
    assert any(s > 0 for _, _, _, s, _ in got)  # the voted copy is scored


def test_readme_duckdb_example(sessions: list[Path], tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    expected = _expected(sessions)
    con = duckdb.connect()
    consensus = frames(sessions)["consensus"]  # noqa: F841 (DuckDB reads the frame by name)
    con.register("consensus", consensus)
    assert [tuple(r) for r in con.sql(SQL).fetchall()] == expected
    corpus = _corpus(sessions, tmp_path)
    try:  # the README's way: the corpus file itself, through DuckDB's sqlite extension
        con.sql(f"ATTACH '{corpus}' AS corpus (TYPE sqlite, READ_ONLY)")
    except duckdb.Error as exc:
        pytest.skip(f"DuckDB's sqlite extension is not available here ({type(exc).__name__})")
    con.sql("USE corpus")
    assert [tuple(r) for r in con.sql(SQL).fetchall()] == expected


def test_readme_r_example(sessions: list[Path], tmp_path: Path) -> None:
    rscript = shutil.which("Rscript")
    if rscript is None:
        pytest.skip("R is not installed (Rscript not found)")
    probe = subprocess.run([rscript, "-e", "library(RSQLite)"], capture_output=True, timeout=120)
    if probe.returncode != 0:
        pytest.skip("R has no RSQLite package")
    _corpus(sessions, tmp_path)
    script = tmp_path / "example.R"
    script.write_text(R, encoding="utf-8")
    done = subprocess.run([rscript, str(script)], cwd=tmp_path, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    got = pd.read_csv(tmp_path / "summary.csv")
    rows = [(str(w), int(n), int(r), int(s), int(c)) for w, n, r, s, c in got.itertuples(index=False)]
    assert rows == _expected(sessions)
