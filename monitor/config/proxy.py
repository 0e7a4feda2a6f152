"""A source's ``proxy`` in feeds.yaml, with its password kept in the system keyring.

``proxy: "http://alice@proxy.example.org:3128"`` with ``proxy_keyring: corp-proxy`` means:
the password of user ``alice`` is stored in the keyring under the service ``corp-proxy``
(``keyring set corp-proxy alice``). It is looked up when feeds.yaml is read and only
ever held in memory; whatever shows or stores an address redacts it (``urls.redact``).
"""

from __future__ import annotations

from urllib.parse import SplitResult, quote, unquote, urlsplit

from monitor.config.reader import Reader
from monitor.i18n import _
from monitor.urls import redact

SCHEMES = ("http", "https", "socks5", "socks5h")
_EXAMPLE = "http://alice@proxy.example.org:3128"


def read_proxy(reader: Reader) -> str | None:
    """The proxy address to connect through, with the keyring's password in it, or
    ``None``; each fault is recorded on ``reader`` with the field it concerns."""
    proxy: str | None = reader.text("proxy")
    service: str | None = reader.text("proxy_keyring")
    if proxy is None:
        if service is not None:
            reader.error(
                "proxy_keyring",
                _("needs 'proxy', the address with the user ({example})").format(example=_EXAMPLE),
            )
        return None
    parts = urlsplit(proxy)
    problem = _problem(parts, service)
    if problem is not None:
        reader.error("proxy", problem)
        return None
    if service is None or parts.username is None:
        return proxy
    try:
        password = keyring_password(service, unquote(parts.username))
    except LookupError as exc:
        reader.error("proxy_keyring", str(exc))
        return None
    userinfo, _at, host = parts.netloc.rpartition("@")
    return parts._replace(netloc=f"{userinfo}:{quote(password, safe='')}@{host}").geturl()


def _problem(parts: SplitResult, service: str | None) -> str | None:
    if parts.scheme not in SCHEMES:
        schemes = ", ".join(f"{s}://" for s in SCHEMES)
        return _("{address} must start with one of {schemes}").format(
            address=repr(redact(parts.geturl())), schemes=schemes
        )
    if service is not None and not parts.username:
        return _("must name the user whose password is in the keyring ({example})").format(
            example=_EXAMPLE
        )
    if service is not None and parts.password is not None:
        return _("holds a password, and proxy_keyring names one: keep it in the keyring only")
    return None


def keyring_password(service: str, user: str) -> str:
    """The password of ``user`` under ``service`` in the system keyring; ``LookupError``
    with what to do when there is none or the keyring cannot be read."""
    import keyring  # noqa: PLC0415 - only sources that use the keyring load it
    from keyring.errors import KeyringError  # noqa: PLC0415

    try:
        password = keyring.get_password(service, user)
    except KeyringError as exc:
        raise LookupError(
            _("the system keyring cannot be read ({error})").format(error=exc)
        ) from exc
    if password is None:
        message = _(
            "no password for user {user} under {service} in the system keyring; "
            "store it with: {command}"
        )
        command = f"keyring set {service} {user}"
        raise LookupError(message.format(user=repr(user), service=repr(service), command=command))
    return str(password)
