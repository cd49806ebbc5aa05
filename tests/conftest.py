"""Shared fixtures and the ``--update-golden`` switch.

``pytest --update-golden`` rewrites the ``expected.jsonl`` of every golden page (tests/pages/*/) that still meets
its floors, instead of comparing against it. Review the diff before committing it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
PAGES = TESTS / "pages"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite tests/pages/*/expected.jsonl from the current output instead of comparing with it",
    )


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def seed_page() -> Path:
    """The input.txt of the seed page (a real front page, as pdftotext extracted it)."""
    return PAGES / "lvliang-2020-04-11-p1" / "input.txt"
