"""Checks that output built from hostile input is safe, shared by the hostile and property tests.

An HTML document or fragment is unsafe if it carries anything that can run code or leave the
page: script/iframe/object/embed/form/base tags, `on*` attributes, style from content, or links
whose scheme is not http, https, mailto or relative.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

from bs4 import BeautifulSoup

FORBIDDEN_TAGS = {"script", "iframe", "object", "embed", "form", "base", "frame", "frameset", "applet", "svg", "math"}
URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "poster", "background", "srcset", "data"}
SAFE_SCHEMES = {"http", "https", "mailto"}
_CONTROL = re.compile(r"[\x00-\x20\x7f]+")


def url_scheme(value: str) -> str | None:
    """The scheme a browser would see, after it drops whitespace and control characters."""
    cleaned = _CONTROL.sub("", value).lower()
    match = re.match(r"^([a-z][a-z0-9+.\-]*):", cleaned)
    return match.group(1) if match else None


def html_problems(markup: str, where: str, *, allow_style_tag: bool = False) -> list[str]:
    """Every unsafe construct in an HTML document or fragment."""
    soup = BeautifulSoup(markup, "html.parser")
    problems = []
    for tag in soup.find_all(True):
        if tag.name in FORBIDDEN_TAGS:
            problems.append(f"{where}: <{tag.name}> element")
        if tag.name == "style" and not allow_style_tag:
            problems.append(f"{where}: <style> element")
        if tag.name == "meta" and (tag.get("http-equiv") or "").lower() == "refresh":
            problems.append(f"{where}: meta refresh")
        for attr, value in tag.attrs.items():
            text = " ".join(value) if isinstance(value, list) else str(value)
            if attr.lower().startswith("on"):
                problems.append(f"{where}: {attr}= on <{tag.name}>")
            if attr.lower() in URL_ATTRS:
                scheme = url_scheme(text)
                if scheme is not None and scheme not in SAFE_SCHEMES:
                    problems.append(f"{where}: {scheme}: URL in <{tag.name} {attr}>")
                if tag.name == "a" and scheme in {"http", "https"} and attr == "href":
                    rel = set(tag.get("rel") or [])
                    if not _is_own_link(text) and not {"nofollow", "noopener"} <= rel:
                        problems.append(f"{where}: external link without rel=nofollow noopener: {text[:60]}")
    return problems


def _is_own_link(url: str) -> bool:
    """Links to the published site itself (feeds, canonical) need no nofollow."""
    return url.startswith("https://example.github.io/")


def page_problems(markup: str, where: str) -> list[str]:
    """A whole page: safe content and a restrictive Content-Security-Policy."""
    problems = html_problems(markup, where)
    soup = BeautifulSoup(markup, "html.parser")
    csp = soup.find("meta", attrs={"http-equiv": re.compile("^content-security-policy$", re.I)})
    if csp is None:
        problems.append(f"{where}: no Content-Security-Policy")
    else:
        policy = csp.get("content", "")
        if "default-src 'none'" not in policy and "default-src 'self'" not in policy:
            problems.append(f"{where}: CSP without a restrictive default-src: {policy}")
        if "unsafe-inline" in policy or "unsafe-eval" in policy:
            problems.append(f"{where}: CSP allows unsafe-inline/unsafe-eval")
    return problems


def feed_problems(xml_bytes: bytes, where: str) -> list[str]:
    """An Atom/XML file: well-formed, and any text it declares as HTML is safe HTML."""
    try:
        root = ET.fromstring(xml_bytes)
    except ET.ParseError as exc:
        return [f"{where}: not well-formed XML ({exc})"]
    problems = []
    for element in root.iter():
        if element.tag.rsplit("}", 1)[-1] == "script":
            problems.append(f"{where}: <script> element")
        if element.get("type") in {"html", "xhtml"}:
            inner = (element.text or "") + "".join(ET.tostring(c, encoding="unicode") for c in element)
            problems += html_problems(inner, f"{where} <{element.tag}>")
        for attr in ("href", "src"):
            value = element.get(attr)
            if value and url_scheme(value) not in (None, *SAFE_SCHEMES):
                problems.append(f"{where}: unsafe {attr} {value[:40]}")
    return problems


def site_problems(files: dict[str, bytes]) -> list[str]:
    """Check every rendered file by its kind."""
    problems = []
    for path, data in sorted(files.items()):
        if path.endswith(".html"):
            problems += page_problems(data.decode("utf-8"), path)
        elif path.endswith((".xml", ".atom")):
            problems += feed_problems(data, path)
        elif path.endswith(".json"):
            try:
                json.loads(data)
            except ValueError as exc:
                problems.append(f"{path}: invalid JSON ({exc})")
    return problems
