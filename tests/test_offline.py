"""When nearly every source fails for want of a network, the computer seems to be offline:
one rule in :mod:`monitor.health`, said in the analyst's language."""

from __future__ import annotations

import ssl
from collections.abc import Iterator

import pytest

from monitor import fetch, health
from monitor.health import Health, SourceHealth
from monitor.i18n import use_language

DNS = "cannot connect: [Errno -2] Name or service not known"
NO_RESOLVER = "cannot connect: [Errno -3] Temporary failure in name resolution"
ANYIO = "cannot connect: All connection attempts failed ([Errno 101] Network is unreachable)"
ANYIO_NL = "geen verbinding: Alle verbindingspogingen zijn mislukt ([Errno 113] No route to host)"
# glibc in a Dutch locale: the words translated, the number kept
DNS_NL_LIBC = "geen verbinding: [Errno -2] Naam of dienst is niet bekend"
UNREACHABLE = "cannot connect: [Errno 101] Network is unreachable"
WINDOWS = "cannot connect: [Errno 11001] getaddrinfo failed"


@pytest.fixture
def english() -> Iterator[None]:
    use_language("en")
    yield
    use_language("en")


@pytest.mark.parametrize(
    "error", [DNS, NO_RESOLVER, ANYIO, ANYIO_NL, DNS_NL_LIBC, UNREACHABLE, WINDOWS]
)
def test_errors_that_say_there_is_no_network(error: str) -> None:
    assert health.no_network(error)


@pytest.mark.parametrize(
    "error",
    [
        "HTTP 500 Internal Server Error",
        "HTTP 404 Not Found",
        "cannot connect: [Errno 111] Connection refused",  # someone answered
        "cannot connect: All connection attempts failed ([Errno 111] Connection refused)",
        "no complete answer within 20s",
        "not a feed, or too broken to read",
        "",
    ],
)
def test_errors_of_a_source_itself_are_not_a_missing_network(error: str) -> None:
    assert not health.no_network(error)


def test_nearly_all_sources_unreachable_is_offline(english: None) -> None:
    failing = {f"s{n}": DNS if n % 2 else ANYIO for n in range(37)}
    found = health.offline(failing, 40)
    assert found == health.Offline(37)
    assert found.message == (
        "No network: the computer seems to be offline — 37 sources could not be reached"
    )
    assert health.Offline(1).detail == "1 source could not be reached"


def test_some_sources_unreachable_is_not_offline() -> None:
    # half of them: their hosts may be gone, the network is not
    assert health.offline({f"s{n}": DNS for n in range(20)}, 40) is None
    # all failing, but for the servers' own reasons
    assert health.offline({f"s{n}": "HTTP 503" for n in range(40)}, 40) is None
    # one source cannot tell a mistyped host from a missing network
    assert health.offline({"only": DNS}, 1) is None
    assert health.offline({}, 0) is None
    assert health.offline({"a": DNS, "b": NO_RESOLVER}, 2) == health.Offline(2)


def test_offline_in_dutch() -> None:
    try:
        assert use_language("nl") == "nl"
        assert health.Offline(37).message == (
            "Geen netwerk: de computer lijkt offline te zijn — "
            "37 bronnen konden niet worden bereikt"
        )
        assert health.Offline(1).detail == "1 bron kon niet worden bereikt"
    finally:
        use_language("en")


def test_offline_from_the_sources_health_leaves_switched_off_ones_out() -> None:
    def failing(source: str) -> SourceHealth:
        return SourceHealth(source=source, status=Health.FAILING, failures=3, error=DNS)

    healths = {f"s{n}": failing(f"s{n}") for n in range(4)}
    healths["works"] = SourceHealth(source="works", status=Health.OK)
    # 4 of the 5 heard from are unreachable: offline
    assert health.offline_in(healths) == health.Offline(4)
    healths["works2"] = SourceHealth(source="works2", status=Health.OK)
    assert health.offline_in(healths) is None  # 4 of 6
    # neither the switched off nor those not polled yet change anything
    healths.update({f"off{n}": SourceHealth(source=f"off{n}", status=Health.OFF) for n in range(9)})
    healths.update(
        {f"new{n}": SourceHealth(source=f"new{n}", status=Health.NEVER) for n in range(9)}
    )
    assert health.offline_in(healths) is None
    del healths["works2"]
    assert health.offline_in(healths) == health.Offline(4)


def test_the_engine_names_the_systems_error_behind_a_failed_connection() -> None:
    """Refused or unreachable is told by the operating system's number; a certificate
    error's number is OpenSSL's and is not given as the system's."""
    refused = OSError("All connection attempts failed")
    refused.__cause__ = ConnectionRefusedError(111, "Connect call failed")
    certificate = OSError("All connection attempts failed")
    certificate.__cause__ = ssl.SSLCertVerificationError(1, "certificate verify failed")
    assert fetch._root_errno(refused) == 111
    assert fetch._root_errno(certificate) is None
