#!/usr/bin/env python3
"""Opens peilstok's report.html in headless Chromium (Debian's, through Playwright) and prints what it saw, as JSON.

    browser_check.py REPORT.html SCREENSHOT.png

Every request the page makes is recorded (only the file itself is allowed through), and every console message
and page error of the error kind. It counts the pilot sections and, per timeline row, the period bars and the
peildatum and rename marks; types a name in the search box to see the filter work; and saves a screenshot.
"""
import json
import os
import shutil
import sys

from playwright.sync_api import sync_playwright


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    sys.exit("browser_check: no chromium on PATH (apt install chromium)")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    report, screenshot = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    url = "file://" + report
    requests, errors = [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium(), args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1100, "height": 1400})

        def route(handle):
            if handle.request.url != url:
                requests.append(handle.request.url)
                handle.abort()
            else:
                handle.continue_()

        page.route("**/*", route)
        page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(url, wait_until="load")
        pilots = page.eval_on_selector_all("article.pilot", "nodes => nodes.map(n => n.dataset.pilot)")
        rows = page.eval_on_selector_all("g.timeline-row", """rows => rows.map(r => ({
            pilot: r.dataset.pilot,
            bars: r.querySelectorAll('rect.looptijd').length,
            marks: r.querySelectorAll('circle.peildatum').length,
            renames: r.querySelectorAll('path.hernoemd').length}))""")
        headings = page.eval_on_selector_all("article.pilot h3", "nodes => nodes.map(n => n.textContent)")
        search_visible = page.is_visible("#zoek")
        page.screenshot(path=screenshot)
        page.fill("#zoek", "legalguard")
        shown = page.eval_on_selector_all("article.pilot", "nodes => nodes.filter(n => !n.hidden).length")
        browser.close()
    print(json.dumps({"pilots": pilots, "headings": headings, "rows": rows, "requests": requests, "errors": errors,
                      "search_visible": search_visible, "shown_after_search": shown}, ensure_ascii=False))


if __name__ == "__main__":
    main()
