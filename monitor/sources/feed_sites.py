"""Sites that publish feeds at addresses one can work out from their pages' addresses:
YouTube channels and playlists, subreddits and Reddit users."""

from __future__ import annotations

from monitor.sources.kind import WebAddress

YOUTUBE_FEED = "https://www.youtube.com/feeds/videos.xml"
YOUTUBE_HOSTS = frozenset({"youtube.com", "www.youtube.com", "m.youtube.com"})
REDDIT_HOSTS = frozenset({"reddit.com", "www.reddit.com", "old.reddit.com", "new.reddit.com"})
HOSTS = YOUTUBE_HOSTS | REDDIT_HOSTS


def _youtube(address: WebAddress) -> str | None:
    path, query = address.path, address.query
    if path[:1] == ("channel",) and len(path) > 1:
        return f"{YOUTUBE_FEED}?channel_id={path[1]}"
    if path[:1] == ("playlist",) and query.get("list"):
        return f"{YOUTUBE_FEED}?playlist_id={query['list'][0]}"
    if path[:2] == ("feeds", "videos.xml"):
        return address.url
    return None  # @handle, /c/ and /user/ pages: the channel id is only on the page itself


def _reddit(address: WebAddress) -> str | None:
    path = address.path
    if len(path) < 2 or path[0] not in ("r", "u", "user"):
        return None
    prefix = "r" if path[0] == "r" else "user"
    return f"https://www.reddit.com/{prefix}/{path[1]}/.rss"


def site_feed(address: WebAddress) -> tuple[str, str] | None:
    """The feed behind a page of one of these sites, with the site's name as a tag, when
    the page's address tells."""
    if address.host in YOUTUBE_HOSTS:
        feed = _youtube(address)
        return (feed, "youtube") if feed else None
    feed = _reddit(address)
    return (feed, "reddit") if feed else None
