"""The wheel a borrower would install: built from this checkout, installed into a
fresh virtual environment, and run from outside the checkout.

Slow (a build and a `pip install`, a minute or two at most), and deliberately
never skipped: a wheel that forgets its data files works in every other test.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from debthelp import __version__
from debthelp.guidance import load_guidance
from tests.util import ISSUE_RATE, ROOT, SHIPPED

# Real processes, terminals or builds: run by the README command and CI, not by -m "not slow".
pytestmark = pytest.mark.slow


def clean_env(venv: Path) -> dict[str, str]:
    """The environment of someone who has only the new venv: no checkout on any path."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME", "DEBTHELP_GUIDANCE")
    }
    dev_bin = str(Path(sys.executable).parent)
    path = [p for p in env.get("PATH", "").split(os.pathsep) if p and p != dev_bin]
    env["PATH"] = os.pathsep.join([str(venv / "bin"), *path])
    return env


def check(done: subprocess.CompletedProcess[str], what: str) -> subprocess.CompletedProcess[str]:
    assert done.returncode == 0, f"{what} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    for stream in (done.stdout, done.stderr):
        assert "Traceback" not in stream, (what, stream[-3000:])
    return done


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes, bytes]:
    """The wheel, and the data files as they were in the checkout when it was built."""
    outdir = tmp_path_factory.mktemp("dist")
    command = [sys.executable, "-m", "build", "--wheel", "--outdir", str(outdir)]
    if importlib.util.find_spec("hatchling") is not None:
        command.append("--no-isolation")  # fast and offline when the backend is at hand
    guidance = (ROOT / "data" / "guidance.yaml").read_bytes()
    lpr = (ROOT / "data" / "lpr.yaml").read_bytes()
    done = subprocess.run(
        [*command, str(ROOT)], check=False, capture_output=True, text=True, timeout=900, cwd=outdir
    )
    check(done, "python -m build --wheel")
    wheels = sorted(outdir.glob("*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0], guidance, lpr


@pytest.fixture(scope="module")
def venv(built: tuple[Path, bytes, bytes], tmp_path_factory: pytest.TempPathFactory) -> Path:
    wheel = built[0]
    where = tmp_path_factory.mktemp("venv") / "env"
    check(
        subprocess.run(
            [sys.executable, "-m", "venv", str(where)],
            check=False,
            capture_output=True,
            text=True,
            timeout=300,
        ),
        "python -m venv",
    )
    cfg = (where / "pyvenv.cfg").read_text(encoding="utf-8")
    assert "include-system-site-packages = false" in cfg
    check(
        subprocess.run(
            [str(where / "bin" / "python"), "-m", "pip", "install", str(wheel)],
            check=False,
            capture_output=True,
            text=True,
            timeout=900,
            env=clean_env(where),
        ),
        "pip install the wheel",
    )
    return where


def test_wheel_carries_the_data_files(built: tuple[Path, bytes, bytes]) -> None:
    wheel, guidance, lpr = built
    assert wheel.name.startswith(f"debthelp-{__version__}-")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        assert "debthelp/data/guidance.yaml" in names
        assert "debthelp/data/lpr.yaml" in names
        assert archive.read("debthelp/data/guidance.yaml") == guidance
        assert archive.read("debthelp/data/lpr.yaml") == lpr
        assert archive.read("debthelp/data/rate.yaml") == (ROOT / "data" / "rate.yaml").read_bytes()
        patterns = (ROOT / "data" / "patterns.yaml").read_bytes()
        assert archive.read("debthelp/data/patterns.yaml") == patterns
        assert "debthelp/cli/root.py" in names and "debthelp/__main__.py" in names
        assert not any(name.startswith(("tests/", "data/", "src/")) for name in names)
        entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
        assert "debthelp = debthelp.cli.launch:main" in archive.read(entry_points).decode()
        metadata = archive.read(next(n for n in names if n.endswith(".dist-info/METADATA")))
        for dependency in ("typer", "rich", "questionary", "pyyaml"):
            assert f"Requires-Dist: {dependency}".lower() in metadata.decode().lower()


def run(venv: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(venv / "bin" / "debthelp"), *args],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        env=clean_env(venv),
        stdin=subprocess.DEVNULL,
    )
    return check(done, f"debthelp {' '.join(args)}")


def test_installed_package_is_the_one_in_the_venv(venv: Path, tmp_path: Path) -> None:
    done = check(
        subprocess.run(
            [str(venv / "bin" / "python"), "-c", "import debthelp; print(debthelp.__file__)"],
            check=False,
            capture_output=True,
            text=True,
            timeout=60,
            cwd=tmp_path,
            env=clean_env(venv),
        ),
        "import debthelp",
    )
    location = Path(done.stdout.strip()).resolve()
    assert venv.resolve() in location.parents
    assert ROOT.resolve() not in location.parents


def test_tips_from_the_wheel_outside_the_checkout(venv: Path, tmp_path: Path) -> None:
    done = run(venv, tmp_path, "tips", "--lang", "en", "--format", "text")
    title = load_guidance(SHIPPED).tip("stay-calm").title("en")
    assert title in " ".join(done.stdout.split())
    assert done.stderr == ""
    assert "\x1b" not in done.stdout


def test_validate_passes_on_the_packaged_file(venv: Path, tmp_path: Path) -> None:
    done = run(venv, tmp_path, "validate", "--lang", "en")
    assert done.stdout.count("\n") == 1
    assert " is valid: " in done.stdout
    packaged = done.stdout.split(" is valid: ")[0]
    assert Path(packaged).name == "guidance.yaml"
    assert venv.resolve() in Path(packaged).resolve().parents


def test_rate_uses_the_packaged_lpr_table(venv: Path, tmp_path: Path) -> None:
    data = json.loads(run(venv, tmp_path, *ISSUE_RATE, "--format", "json").stdout)
    assert data["apr_percent"] == pytest.approx(82.38, abs=0.01)
    assert data["upfront_deduction"] == pytest.approx(2000)
    assert data["lpr_percent"] == pytest.approx(3.0)  # looked up in lpr.yaml for 2025-06-01
    lines = {line["id"]: line for line in data["lines"]}
    assert lines["private-4lpr"]["percent"] == pytest.approx(12.0)
    assert lines["private-4lpr"]["exceeded"] is True


def test_rate_report_uses_the_packaged_sentences(venv: Path, tmp_path: Path) -> None:
    # The sentences that state the law come from debthelp/data/rate.yaml in the wheel.
    out = run(venv, tmp_path, *ISSUE_RATE, "--lang", "en", "--format", "text").stdout
    assert "12348" in out and "4 × LPR" in out
    assert "rate.line-" not in out and "rate.next-" not in out


def test_version_and_python_dash_m_from_the_wheel(venv: Path, tmp_path: Path) -> None:
    assert run(venv, tmp_path, "--version").stdout == f"debthelp {__version__}\n"
    done = check(
        subprocess.run(
            [str(venv / "bin" / "python"), "-m", "debthelp", "--version"],
            check=False,
            capture_output=True,
            text=True,
            timeout=60,
            cwd=tmp_path,
            env=clean_env(venv),
        ),
        "python -m debthelp",
    )
    assert done.stdout == f"debthelp {__version__}\n"


def test_check_uses_the_packaged_patterns(venv: Path, tmp_path: Path) -> None:
    done = run(venv, tmp_path, "check", "您已被起诉，请点击 https://t.cn/x 查看", "-f", "json")
    data = json.loads(done.stdout)
    assert data["reading"]["id"] == "verify"
    assert [claim["id"] for claim in data["claims"]] == ["lawsuit", "link"]


def test_check_reads_the_packaged_model(
    built: tuple[Path, bytes, bytes], venv: Path, tmp_path: Path
) -> None:
    """A long Chinese message is scored by the learned reading, from the wheel's copy."""
    with zipfile.ZipFile(built[0]) as archive:
        assert "debthelp/data/check_model.json" in archive.namelist()
    text = (
        "老同学，好久不见了，最近工作怎么样？周末我们几个打算一起去爬山，顺便吃个饭，"
        "你有空就来吧，地点回头群里说，到时候别忘了带上孩子一起来玩。"
    )
    done = run(venv, tmp_path, "check", text, "-f", "json")
    reading = json.loads(done.stdout)["reading"]
    assert reading["id"] == "none" and reading["learned"] is False and reading["rules"] == "none"
    validate = run(venv, tmp_path, "validate", "--lang", "en")  # reads the model whole
    assert "is valid" in validate.stdout


def test_budget_uses_the_packaged_sentences(venv: Path, tmp_path: Path) -> None:
    # The budget's negotiation notes come from debthelp/data/budget.yaml in the wheel.
    debts = tmp_path / "debts.csv"
    debts.write_text("name,lender,balance,rate,minimum\nA,platform,1000,24,100\n", encoding="utf-8")
    args = ("budget", "--debts", str(debts), "--income", "6000", "--expenses", "5000")
    out = run(venv, tmp_path, *args, "--lang", "en", "--format", "text").stdout
    assert "[6-3]" in out and "[4-3]" in out and "Left for lenders: ￥1,000.00" in out


def test_page_from_the_wheel_outside_the_checkout(
    built: tuple[Path, bytes, bytes], venv: Path, tmp_path: Path
) -> None:
    """debthelp page reads its template and scripts from the installed package."""
    with zipfile.ZipFile(built[0]) as archive:
        names = set(archive.namelist())
    for asset in ("engine.js", "ui.js", "page.html", "page.css"):
        assert f"debthelp/page/{asset}" in names, asset
    run(venv, tmp_path, "page", "-o", "p.html", "--lang", "en")
    page = (tmp_path / "p.html").read_text(encoding="utf-8")
    assert "var DebtEngine" in page and "default-src 'none'" in page
    assert load_guidance(SHIPPED).reviewed.isoformat() in page
