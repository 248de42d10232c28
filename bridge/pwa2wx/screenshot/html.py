"""A rendered page (the preview's composed render tree) + wcsc's CSS → one HTML document, as WeChat shows it.

Elements become the custom elements WeChat's WebView renderer uses (``wx-view`` …, which wcsc's CSS
targets), built-in components get a drawing close to WeChat's, and the page sits in an iframe (so
``page``/``body``, fixed and sticky behave as in a page) between drawings of the navigation bar and the
tab bar, taken from app.json and the page's JSON.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

STATUS_BAR = 20  # as DevTools draws an iPhone 6/7/8
NAV_HEIGHT = STATUS_BAR + 44  # + WeChat's navigation bar
TAB_HEIGHT = 50

# html{overflow:hidden}: the picture is the page's first screen, and Chromium leaves unpainted the fixed elements
# (a custom tab bar, a fab) at the bottom of a scrolling iframe that reaches the window's bottom edge.
WECHAT_CSS = """html{overflow:hidden}
body{margin:0;font-family:-apple-system-font,"Helvetica Neue",sans-serif;font-size:16px}
wx-view,wx-scroll-view,wx-swiper,wx-swiper-item,wx-navigator,wx-form,wx-picker,wx-rich-text,wx-movable-area,
wx-movable-view,wx-cover-view,wx-checkbox-group,wx-radio-group,wx-page-container{display:block}
wx-text,wx-label{display:inline}[hidden]{display:none!important}wx-scroll-view{overflow:auto}
wx-swiper{position:relative;height:150px;overflow:hidden}wx-swiper-item{display:none;width:100%;height:100%}
wx-swiper-item:first-child{display:block}
wx-image{display:inline-block;position:relative;width:320px;height:240px;overflow:hidden}
wx-image.fix{height:auto}wx-image>img{display:block;width:100%;height:100%}wx-image.fix>img{height:auto}
wx-button{position:relative;display:block;margin:0 auto;padding:0 14px;box-sizing:border-box;font-size:18px;
text-align:center;line-height:2.55555556;border-radius:5px;overflow:hidden;color:#000;background:#f8f8f8}
wx-button[type=primary]{color:#fff;background:#07c160}wx-button[type=warn]{color:#fff;background:#fa5151}
wx-button[size=mini]{display:inline-block;font-size:13px;line-height:2.3;padding:0 1.34em}
wx-input{display:block;height:1.4rem;min-height:1.4rem;overflow:hidden;white-space:nowrap}
wx-textarea{display:block;width:300px;height:150px}
wx-input>span,wx-textarea>span{display:block;overflow:hidden}wx-input>span.ph,wx-textarea>span.ph{color:#808080}
wx-switch{display:inline-block;vertical-align:middle}wx-switch>i{display:block;position:relative;width:52px;
height:32px;border-radius:16px;background:#dfdfdf}wx-switch>i::after{content:"";position:absolute;top:2px;left:2px;
width:28px;height:28px;border-radius:50%;background:#fff;box-shadow:0 1px 3px rgba(0,0,0,.4)}
wx-switch>i.on::after{left:22px}
wx-checkbox,wx-radio{display:inline-block;vertical-align:middle}wx-checkbox>i,wx-radio>i{display:inline-block;
width:22px;height:22px;margin-right:5px;border:1px solid #d1d1d1;border-radius:3px;background:#fff;
vertical-align:middle;box-sizing:border-box}wx-radio>i{border-radius:50%}
wx-slider{display:block;margin:10px 18px}wx-slider>i{display:block;height:2px;margin:14px 0;background:#e9e9e9}
wx-progress{display:flex;align-items:center}wx-progress>i{display:block;flex:1;height:6px;background:#ebebeb}
wx-progress>i>b{display:block;height:100%;background:#09bb07}"""

CHROME_CSS = """body{position:relative;margin:0;overflow:hidden;font-family:-apple-system-font,
"Helvetica Neue",sans-serif;background:#fff}
iframe{display:block;border:0}.nav{position:relative;padding-top:20px}
.nav b{display:block;height:44px;line-height:44px;text-align:center;font-size:17px;font-weight:500}
.cap{position:absolute;z-index:1;right:7px;top:24px;width:87px;height:32px;box-sizing:border-box;border-radius:16px;
border:1px solid rgba(128,128,128,.3);background:rgba(255,255,255,.6)}
.tab{display:flex;height:50px;box-sizing:border-box;border-top:1px solid}
.tab div{flex:1;display:flex;flex-direction:column;align-items:center;justify-content:center;font-size:10px}
.tab img{width:24px;height:24px;margin-bottom:2px}"""

IMAGE_FIT = {"aspectFit": "contain", "aspectFill": "cover", "scaleToFill": "fill"}
KEPT_ATTRIBUTES = ("id", "style", "type", "size", "mode", "slot")


def device(width: int, height: int) -> dict[str, Any]:
    """What the preview's ``wx`` says of the screen drawn here (its capsule follows from it)."""
    return {"windowWidth": width, "windowHeight": height, "screenWidth": width, "screenHeight": height,
            "statusBarHeight": STATUS_BAR, "safeArea": {"top": STATUS_BAR, "left": 0, "right": width,
                                                         "bottom": height, "width": width,
                                                         "height": height - STATUS_BAR}}


def document(root: Path, page: str, tree: list[Any], css: str, app: dict, page_json: dict, width: int,
             height: int, hidden_top: int = 0) -> str:
    """The whole screen: navigation bar, the page (in an iframe) and the tab bar; ``hidden_top`` px at the top
    (the status bar) are left out of the picture."""
    window = {**(app.get("window") or {}), **page_json}
    custom = window.get("navigationStyle") == "custom"
    tab_bar = app.get("tabBar") or {}
    tabs = tab_bar if any(t.get("pagePath") == page for t in tab_bar.get("list") or []) else None
    if tab_bar.get("custom"):  # custom-tab-bar/index: in the page's tree (the preview), drawn with the page
        tabs = None
    frame = height - (0 if custom else NAV_HEIGHT) - (TAB_HEIGHT if tabs else 0)
    inner = (f'<!doctype html><html><head><meta charset="utf-8"><style>{WECHAT_CSS}\n{css}</style></head>'
             f"<body>{_nodes(tree, root, page)}</body></html>")
    out = [f'<!doctype html><html><head><meta charset="utf-8"><style>{CHROME_CSS}'
           f"body{{width:{width}px;height:{height}px;margin-top:-{hidden_top}px}}</style></head><body>"]
    if not custom:
        color = "#000" if window.get("navigationBarTextStyle") == "black" else "#fff"
        out.append(f'<div class="nav" style="background:{escape(window.get("navigationBarBackgroundColor", "#000"))};'
                   f'color:{color}"><b>{escape(window.get("navigationBarTitleText", ""))}</b></div>')
    out.append('<i class="cap"></i>')  # WeChat's capsule, over the page's own bar too (preview/wx.js's geometry)
    out.append(f'<iframe style="width:{width}px;height:{frame}px" srcdoc="{escape(inner)}"></iframe>')
    if tabs:
        out.append(_tab_bar(root, page, tabs))
    out.append("</body></html>")
    return "".join(out)


def _tab_bar(root: Path, page: str, tabs: dict) -> str:
    border = "#fff" if tabs.get("borderStyle") == "white" else "rgba(0,0,0,.33)"
    out = [f'<div class="tab" style="background:{escape(tabs.get("backgroundColor", "#fff"))};border-color:{border}">']
    for item in tabs.get("list") or []:
        selected = item.get("pagePath") == page
        icon = item.get("selectedIconPath") if selected and item.get("selectedIconPath") else item.get("iconPath")
        color = tabs.get("selectedColor", "#000") if selected else tabs.get("color", "#7a7e83")
        img = f'<img src="{escape(_url(root, "/" + icon, ""))}">' if icon else ""
        out.append(f'<div style="color:{escape(color)}">{img}{escape(item.get("text", ""))}</div>')
    return "".join(out) + "</div>"


def _nodes(nodes: list[Any], root: Path, base: str) -> str:
    return "".join(_node(n, root, base) for n in nodes)


def _node(node: Any, root: Path, base: str) -> str:
    if not isinstance(node, dict):
        return escape(str(node), quote=False)
    tag, attr = node.get("tag", "view"), node.get("attr") or {}
    if tag in ("block", "slot"):
        return _nodes(node.get("children") or [], root, base)
    component = node.get("is")
    if component:
        return (f"<{tag}{_attributes(attr)} is=\"{escape(component)}\">"
                f"{_nodes(node.get('children') or [], root, component)}</{tag}>")
    extra_class, inner = _builtin(tag, attr, root, base)
    if inner is None:
        inner = _nodes(node.get("children") or [], root, base)
    return f"<wx-{tag}{_attributes(attr, extra_class)}>{inner}</wx-{tag}>"


def _attributes(attr: dict, extra_class: str = "") -> str:
    out = ""
    classes = " ".join(c for c in (str(attr.get("class") or ""), extra_class) if c)
    if classes:
        out += f' class="{escape(classes)}"'
    for name in KEPT_ATTRIBUTES:
        value = attr.get(name)
        if value not in (None, "", False):
            out += f' {name}="{escape(str(value))}"'
    if attr.get("hidden") in (True, "true"):
        out += " hidden"
    return out


def _builtin(tag: str, attr: dict, root: Path, base: str) -> tuple[str, str | None]:
    """(extra class, inner HTML) drawing a WeChat built-in component; inner None: render the children."""
    color = escape(str(attr.get("color") or "#07c160"))
    if tag == "image":
        src = escape(_url(root, str(attr.get("src") or ""), base))
        mode = attr.get("mode") or "scaleToFill"
        if mode in ("widthFix", "heightFix"):
            return "fix", f'<img src="{src}">'
        return "", f'<img src="{src}" style="object-fit:{IMAGE_FIT.get(mode, "none")}">'
    if tag in ("input", "textarea"):
        value = attr.get("value")
        empty = value in (None, "")
        shown = attr.get("placeholder") or "" if empty else ("•" * len(str(value)) if attr.get("password") else value)
        return "", f'<span class="{"ph" if empty else ""}">{escape(str(shown))}</span>'
    if tag == "switch":
        on = attr.get("checked") in (True, "true")
        return "", f'<i class="{"on" if on else ""}" style="{"background:" + color if on else ""}"></i>'
    if tag in ("checkbox", "radio"):
        on = attr.get("checked") in (True, "true")
        return "", f'<i style="{f"background:{color};border-color:{color}" if on else ""}"></i>'
    if tag == "slider":
        return "", "<i></i>"
    if tag == "progress":
        return "", f'<i><b style="width:{float(attr.get("percent") or 0)}%"></b></i>'
    if tag == "rich-text" and isinstance(attr.get("nodes"), str):
        return "", attr["nodes"]
    return "", None


def _url(root: Path, src: str, base: str) -> str:
    """A package path (absolute, or relative to the page/component ``base``) as a file: URL."""
    if not src or src.startswith(("http:", "https:", "data:", "wxfile:")):
        return src
    path = root / src.lstrip("/") if src.startswith("/") else root / Path(base).parent / src
    return path.resolve().as_uri()
