"""The command as a real process: `python -m cli`, the console script, pipes, exit statuses."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cleaners import Options, __version__, clean
from tests.cli.conftest import DATA, TEXTS, files_under

REPO = Path(__file__).resolve().parents[2]


def boilerstrip(*args, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "cli", *map(str, args)],
        input=stdin,
        capture_output=True,
        cwd=REPO,
        timeout=60,
    )


def test_python_m_cli_version():
    result = boilerstrip("--version")
    assert (result.returncode, result.stdout) == (0, f"boilerstrip {__version__}\n".encode())


def test_console_script_is_installed():
    script = shutil.which("boilerstrip", path=str(Path(sys.executable).parent))
    if script is None:
        pytest.skip("boilerstrip is not installed in this environment")
    result = subprocess.run([script, "--version"], capture_output=True, timeout=60)
    assert result.stdout == f"boilerstrip {__version__}\n".encode()


def test_pipe_gives_only_the_clean_text_on_stdout():
    raw = (DATA / TEXTS[0]).read_bytes()
    result = boilerstrip("clean", "-", stdin=raw)
    assert result.returncode == 0, result.stderr
    assert result.stdout == clean(raw, Options()).text.encode("utf-8")
    assert result.stderr == b""  # a pipe wants no summary table on stderr


def test_missing_input_is_exit_2_with_one_line(tmp_path):
    result = boilerstrip("clean", tmp_path / "nope.html", "-o", tmp_path / "out")
    assert result.returncode == 2
    assert result.stderr.decode() == f"error: {tmp_path}/nope.html: no such file or directory\n"
    assert not (tmp_path / "out").exists()


def test_help_does_not_import_the_library():
    code = (
        "import sys\n"
        "from cli.app import main\n"
        "sys.argv = ['boilerstrip', 'clean', '--help']\n"
        "try:\n    main()\n"
        "except SystemExit:\n    pass\n"
        "heavy = [m for m in ('cleaners', 'trafilatura', 'concurrent.futures') if m in sys.modules]\n"
        "print(heavy, file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=REPO, timeout=60)
    assert result.stderr.decode().strip() == "[]"
    assert b"Exit codes" in result.stdout


def session_processes(session: int) -> list[int]:
    """Live processes of a session (Linux /proc), zombies aside."""
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if os.getsid(int(entry.name)) == session and " Z " not in (entry / "stat").read_text():
                    pids.append(int(entry.name))
            except (OSError, ProcessLookupError):
                continue
    return pids


def long_dump() -> str:
    """Some 10 MB of sentences: several seconds of cleaning, however fast the machine."""
    sentence = "the council said on monday that ferry services would resume after the strike ended"
    words = sentence.split()
    return "\n\n".join(" ".join(words[i % 7 :] + words[: i % 7]).capitalize() + "." for i in range(120_000))


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize(
    ("signum", "to_group", "code"),
    [(signal.SIGINT, True, 130), (signal.SIGTERM, False, 128 + signal.SIGTERM)],
)
def test_a_signal_stops_the_run_at_once(signum, to_group, code, tmp_path):
    """A worker busy with a long document must not hold up Ctrl-C or SIGTERM, nor outlive the
    run, nor leave temporary files behind."""
    slow, out = tmp_path / "slow.txt", tmp_path / "out"
    slow.write_text(long_dump(), encoding="utf-8")
    args = ["clean", DATA / TEXTS[0], slow, "-o", out, "--jobs", "2", "--quiet"]
    process = subprocess.Popen(
        [sys.executable, "-m", "cli", *map(str, args)], cwd=REPO, start_new_session=True
    )
    try:
        deadline = time.monotonic() + 30
        while not (out / "harbour_ferry_strike.meta.json").exists():
            assert time.monotonic() < deadline and process.poll() is None
            time.sleep(0.05)
        if to_group:
            os.killpg(process.pid, signum)  # as a terminal sends Ctrl-C
        else:
            os.kill(process.pid, signum)
        assert process.wait(timeout=10) == code
    finally:
        leftovers = session_processes(process.pid)
        for pid in leftovers:  # only this test's processes: its own session
            os.kill(pid, signal.SIGKILL)
    assert leftovers == []
    assert files_under(out) == [
        "boilerstrip-report.json",
        "harbour_ferry_strike.meta.json",
        "harbour_ferry_strike.txt",
    ]
    report = json.loads((out / "boilerstrip-report.json").read_text(encoding="utf-8"))
    assert report["stopped"] and [d["source"] for d in report["documents"]] == [str(DATA / TEXTS[0])]
